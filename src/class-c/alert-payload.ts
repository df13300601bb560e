// The Slack-compatible message for a security failure (incoming webhooks: `{ text, blocks }`).
// `text` is the notification fallback; blocks carry the details. Every text is redacted.
import { redactText } from '../redact/index.js';
import { clip, firstLine } from './markdown.js';
import { humanTime, safeRunId } from './markers.js';

/** What a security alert says. */
export interface SecurityAlert {
  fingerprint: string;
  /** One line, e.g. the first line of the error. */
  title: string;
  /** The error message (clipped in the alert). */
  message: string;
  /** Affected tests (titlePath keys). */
  tests: readonly string[];
  runId: string;
  /** ISO time of the run. */
  seenAt: string;
  runUrl?: string;
  issueUrl?: string;
}

export type SlackTextObject = { type: 'plain_text' | 'mrkdwn'; text: string };
export type SlackBlock =
  | { type: 'header'; text: SlackTextObject }
  | { type: 'section'; text: SlackTextObject }
  | { type: 'context'; elements: SlackTextObject[] };

export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
}

// Slack's own limits: header 150, section text 3000 characters.
const HEADER_MAX = 150;
const SECTION_MAX = 3000;

/** Slack mrkdwn needs &, < and > escaped; it is the only escaping it knows. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(url: string | undefined, label: string): string | undefined {
  if (!url || !/^https?:\/\/[^\s|<>]+$/.test(url)) return undefined;
  return `<${redactText(url)}|${label}>`;
}

export function buildSlackPayload(alert: SecurityAlert): SlackPayload {
  const r = (s: string) => redactText(s);
  const title = firstLine(r(alert.title), 120) || 'a security test failed';
  const tests = alert.tests.slice(0, 5).map((t) => `• ${esc(clip(r(t), 200))}`);
  if (alert.tests.length > 5) tests.push(`• … and ${alert.tests.length - 5} more`);
  const message = clip(r(alert.message).replace(/```/g, "'''"), 1500);
  const links = [link(alert.issueUrl, 'Open the issue'), link(alert.runUrl, 'Open the run')].filter(Boolean);
  const details = [`*${esc(title)}*`, '', `*Tests* (${alert.tests.length}):`, ...tests, '', '```' + esc(message) + '```'].join('\n');
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip('Security test failure', HEADER_MAX) } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(details, SECTION_MAX) } },
  ];
  if (links.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: links.join('  ·  ') } });
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `healwright · run \`${safeRunId(alert.runId)}\` · ${humanTime(alert.seenAt)} · fingerprint \`${esc(alert.fingerprint)}\`` }],
  });
  return { text: `healwright: security test failure: ${esc(clip(title, 200))}`, blocks };
}
