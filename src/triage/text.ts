// Text helpers shared by triage, fingerprints and the failure formatter.

// CSI / OSC escape sequences (what Playwright's colours and hyperlinks use); bounded, linear.
const ANSI = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,2048}(?:\u0007|\u001b\\)|\u009b[0-9;?]{0,32}[@-~]/g;

/** Removes ANSI colour and control sequences. */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ANSI, '') : text;
}

/** The locator an error talks about: `Locator: getByRole(...)`, `waiting for locator('x')`, strict-mode lines. */
export function extractLocator(text: string): string | undefined {
  const line = /^\s*Locator:\s*(.{1,400})$/m.exec(text);
  if (line?.[1]) return line[1].trim();
  const waiting = /waiting for ((?:getBy\w{2,20}|locator|frameLocator)\(.{1,400}?\))(?:\s|$)/m.exec(text);
  if (waiting?.[1]) return waiting[1].trim();
  const strict = /strict mode violation: (.{1,400}?) resolved to \d+ elements/.exec(text);
  if (strict?.[1]) return strict[1].trim();
  const older = /waiting for (?:expect\()?((?:getBy\w{2,20}|locator)\(.{1,400}?\))/.exec(text);
  return older?.[1]?.trim();
}

/** HTTP statuses quoted in call logs (`← 500 Internal Server Error`) and toBeOK messages. */
export function extractHttpStatuses(text: string): number[] {
  const out: number[] = [];
  const re = /(?:←|<-)\s{0,4}(\d{3})\b|Response status:\s{0,4}(\d{3})\b|status(?: code)?[=: ]{1,3}(\d{3})\b/gi;
  for (const m of text.matchAll(re)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (n >= 100 && n <= 599) out.push(n);
  }
  return out;
}

/** URLs requested in call logs (`→ GET http://...`). */
export function extractRequests(text: string): { method: string; url: string }[] {
  const out: { method: string; url: string }[] = [];
  for (const m of text.matchAll(/(?:→|->)\s{0,4}([A-Z]{3,7})\s{1,4}(\S{1,2048})/g)) {
    if (m[1] && m[2]) out.push({ method: m[1], url: m[2] });
  }
  return out;
}

/** `Expected: x` / `Received: y` (and the `- Expected / + Received` diff form) when the error has them. */
export function extractExpectedReceived(text: string): { expected?: string; received?: string } {
  const expected = /^\s*Expected(?: [a-z]{1,12}){0,2}:\s{0,8}(.{0,400})$/m.exec(text)?.[1]?.trim();
  const received = /^\s*Received(?: [a-z]{1,12}){0,2}:\s{0,8}(.{0,400})$/m.exec(text)?.[1]?.trim();
  if (expected !== undefined || received !== undefined) return { expected, received };
  if (/^- Expected\b/m.test(text) && /^\+ Received\b/m.test(text)) return { expected: '(diff)', received: '(diff)' };
  return {};
}

/** The matcher name in `expect(...).toHaveText() failed` or `expect(received).toBe(expected)`. */
export function extractMatcher(text: string): string | undefined {
  return /expect(?:\.soft|\.poll)?\([^)\n]{0,40}\)\.(?:not\.)?(to[A-Z]\w{1,40})\(/.exec(text)?.[1];
}
