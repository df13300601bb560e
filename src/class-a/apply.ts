// Runs the Class A playbook a failed attempt's triage asks for, inside the run's guardrails, and records
// the decision under <runDir>/fixes/. Never throws: a bug here must not fail the user's retry.
import { redactText } from '../redact/index.js';
import { sleep } from '../common/time.js';
import { reserveFix, runTimeLeft } from './guardrails.js';
import { clearSession } from './clear-session.js';
import { refreshTokens } from './refresh-tokens.js';
import { restartBackend } from './restart-backend.js';
import { CLASS_A_CATEGORIES, writeClassAFix, type ClassACategory, type ClassAFixFile } from './records.js';
import type { ClassARequest, PlaybookContext, PlaybookResult } from './types.js';
import { describeThrown } from '../common/errors.js';

const PLAYBOOKS: Record<ClassACategory, (ctx: PlaybookContext) => Promise<PlaybookResult>> = {
  'restart-backend': restartBackend,
  'clear-session': clearSession,
  'refresh-tokens': refreshTokens,
};

export function isClassACategory(category: string): category is ClassACategory {
  return (CLASS_A_CATEGORIES as readonly string[]).includes(category);
}

/**
 * Applies the fix for `req.handover` (a Class A category) and writes its record. Returns the record,
 * also when nothing was applied (skipped, dry-run, failed).
 */
export async function applyClassAFix(req: ClassARequest): Promise<ClassAFixFile> {
  const start = Date.now();
  const { runDir, settings, handover } = req;
  const category = handover.category as ClassACategory;
  const log = req.log ?? (() => {});
  let result: PlaybookResult;
  try {
    if (!isClassACategory(handover.category)) throw new Error(`${handover.category} is not a Class A category`);
    const attempt = await reserveFix(runDir, settings, { key: req.testId, kind: 'attempt' });
    if (!attempt.granted) {
      result = { status: 'skipped', detail: attempt.reason };
    } else {
      const ctx: PlaybookContext = {
        ...req,
        dryRun: settings.dryRun,
        log,
        timeLeft: () => runTimeLeft(settings),
        takeFixSlot: async () => {
          const slot = await reserveFix(runDir, settings, { key: req.testId, kind: 'fix', dryRun: settings.dryRun });
          if (!slot.granted) return slot.reason;
          if (slot.waitMs > 0) {
            log(`${category}: waiting ${slot.waitMs} ms (cooldownBetweenFixes)`);
            await sleep(slot.waitMs);
          }
          return undefined;
        },
      };
      result = await PLAYBOOKS[category](ctx);
    }
  } catch (err) {
    result = { status: 'failed', detail: `healwright could not apply ${category}: ${describeThrown(err)}` };
  }
  const record: ClassAFixFile = {
    version: 1,
    testId: req.testId,
    retry: req.retry,
    category,
    status: result.status,
    detail: redactText(result.detail),
    at: new Date().toISOString(),
    durationMs: Date.now() - start,
    ...(result.actionId ? { actionId: result.actionId } : {}),
    ...(result.performed !== undefined ? { performed: result.performed } : {}),
    ...(result.provider ? { provider: result.provider } : {}),
    triage: { rule: handover.rule, confidence: handover.confidence, fingerprint: handover.fingerprint },
  };
  try {
    writeClassAFix(runDir, record);
  } catch (err) {
    log(`could not write the fix record: ${describeThrown(err)}`);
  }
  return record;
}
