// restart-backend: probe the API health; when it is down, or the failed attempt saw a 5xx, redeploy through
// the restart provider ONCE per run (all workers share that one redeploy) and wait until health answers.
import { createRestartProvider, waitForHealthy, type HealthResult } from '../restart/index.js';
import { redactText } from '../redact/index.js';
import { runOncePerRun, type ActionOutcome } from './shared-action.js';
import type { PlaybookContext, PlaybookResult } from './types.js';

/** Triage rules that mean the failed attempt really saw a server error. */
const SERVER_ERROR_RULES = new Set(['server-error', 'upstream-timeout', 'error-page']);
const ACTION_KEY = 'restart-backend';
/**
 * Most a redeploy (restart + health wait) may take here: the fixtures run the fix under a 15-minute
 * fixture timeout, and waiting workers need a little longer than the worker doing it.
 */
const REDEPLOY_BUDGET_MS = 13 * 60 * 1000;

function describeHealth(url: string, h: HealthResult): string {
  if (h.ok) return `health ${url} answered ${h.status ?? '2xx'}`;
  return `health ${url} is down (${h.lastError ?? (h.status ? `HTTP ${h.status}` : 'no answer')})`;
}

async function probe(url: string | undefined, timeoutMs: number): Promise<HealthResult | undefined> {
  if (!url) return undefined;
  return waitForHealthy(url, { timeoutMs, intervalMs: 250, requestTimeoutMs: Math.min(timeoutMs, 2_000) });
}

/** The redeploy itself, run by exactly one worker. */
async function redeploy(ctx: PlaybookContext, why: string): Promise<ActionOutcome> {
  const { inputs } = ctx;
  const config = inputs.restart;
  if (!config) return { status: 'skipped', detail: 'no restart provider configured' };
  const refusal = await ctx.takeFixSlot();
  if (refusal) return { status: 'skipped', detail: refusal, provider: config.type };
  const waitNote = inputs.healthUrl ? `, then wait up to ${inputs.healthTimeoutMs} ms for ${inputs.healthUrl}` : '';
  if (ctx.dryRun) {
    return { status: 'dry-run', detail: `dry run: would redeploy the backend through the ${config.type} restart provider (${why})${waitNote}; nothing was done`, provider: config.type };
  }
  const provider = createRestartProvider(config, inputs.env);
  ctx.log(`restart-backend: redeploying through ${provider.name} (${why})`);
  const deadline = Date.now() + Math.max(1_000, Math.min(ctx.timeLeft(), REDEPLOY_BUDGET_MS));
  const signal = AbortSignal.timeout(deadline - Date.now());
  const restarted = await provider.restart({ signal, log: (line) => ctx.log(redactText(line)) });
  if (!restarted.ok) {
    return { status: 'failed', detail: `the ${provider.name} restart failed after ${restarted.durationMs} ms: ${redactText(restarted.detail)}`, provider: provider.name };
  }
  const deployment = restarted.deploymentId ? ` (deployment ${restarted.deploymentId})` : '';
  if (!inputs.healthUrl) {
    return { status: 'applied', detail: `redeployed through ${provider.name}${deployment} in ${restarted.durationMs} ms (${why}); no health URL to confirm it`, provider: provider.name };
  }
  const health = await waitForHealthy(inputs.healthUrl, { timeoutMs: Math.min(inputs.healthTimeoutMs, Math.max(1_000, deadline - Date.now())), intervalMs: 250 });
  if (!health.ok) {
    return {
      status: 'failed',
      detail: `redeployed through ${provider.name}${deployment}, but ${describeHealth(inputs.healthUrl, health)} after waiting ${health.durationMs} ms. Check the backend's logs, or raise healHealthTimeout if it starts slowly.`,
      provider: provider.name,
    };
  }
  return {
    status: 'applied',
    detail: `redeployed through ${provider.name}${deployment} in ${restarted.durationMs} ms (${why}); ${describeHealth(inputs.healthUrl, health)} after ${health.durationMs} ms`,
    provider: provider.name,
  };
}

export async function restartBackend(ctx: PlaybookContext): Promise<PlaybookResult> {
  const { inputs, handover } = ctx;
  const probeTimeout = inputs.probeTimeoutMs ?? 3_000;
  const before = await probe(inputs.healthUrl, probeTimeout);
  const sawServerError = SERVER_ERROR_RULES.has(handover.rule);
  const healthText = before && inputs.healthUrl ? describeHealth(inputs.healthUrl, before) : 'no health URL configured (set healApiHealthUrl or API_URL)';
  if (before?.ok && !sawServerError) {
    return { status: 'skipped', detail: `the backend looks healthy (${healthText}) and the failed attempt saw no 5xx (rule ${handover.rule}): nothing to restart` };
  }
  if (inputs.restartConfigError) {
    return { status: 'failed', detail: `the restart provider config is invalid, so the backend was not redeployed: ${inputs.restartConfigError}` };
  }
  if (!inputs.restart) {
    return {
      status: 'skipped',
      detail: `the backend needs a restart (${healthText}; rule ${handover.rule}) but no restart provider is configured: set the healRestart fixture option, HEAL_RESTART_COMMAND, or RAILWAY_TOKEN + RAILWAY_SERVICE_ID + RAILWAY_ENVIRONMENT_ID`,
    };
  }
  const why = sawServerError ? `the failed attempt saw a server error; ${healthText}` : healthText;
  // Waiters wait for the whole redeploy (restart and health), a little longer than its budget.
  const waitTimeoutMs = Math.max(1_000, Math.min(ctx.timeLeft(), REDEPLOY_BUDGET_MS)) + 30_000;
  const shared = await runOncePerRun(ctx.runDir, ACTION_KEY, () => redeploy(ctx, why), { waitTimeoutMs });
  const { outcome } = shared;
  const base = { actionId: shared.actionId, performed: shared.role === 'performed', ...(outcome.provider ? { provider: outcome.provider } : {}) };
  if (shared.role === 'performed') return { ...base, status: outcome.status, detail: outcome.detail };

  // Another worker ran (or is running) the one redeploy of this run: reuse its outcome.
  const origin = `another worker's redeploy (finished ${shared.finishedAt})`;
  if (outcome.status !== 'applied') return { ...base, status: outcome.status, detail: `${origin}: ${outcome.detail}` };
  const after = await probe(inputs.healthUrl, probeTimeout);
  if (!after || after.ok) {
    return { ...base, status: 'applied', detail: `reused ${origin}: ${outcome.detail}${after && inputs.healthUrl ? `; now ${describeHealth(inputs.healthUrl, after)}` : ''}` };
  }
  const unhealthy = describeHealth(inputs.healthUrl as string, after);
  return shared.alreadyDone
    ? { ...base, status: 'skipped', detail: `the backend was already redeployed once in this run (${outcome.detail}) and is unhealthy again (${unhealthy}); healwright redeploys at most once per run` }
    : { ...base, status: 'failed', detail: `${origin} finished, but ${unhealthy}` };
}
