import { looksRandom } from '../checksums.js';
import type { RedactionPattern } from '../types.js';

/**
 * Vendor key formats, matched by their documented prefixes, in one alternation so the text is
 * scanned once for all of them. Earlier entries win where two could match (`sk-ant-` before `sk-`).
 * Variable-length bodies take the whole run (a right boundary would let a key longer than the
 * bound escape entirely); fixed-length ones must end there.
 */
const VENDOR_KEYS: ReadonlyArray<{ what: string; source: string }> = [
  { what: 'Anthropic: sk-ant-api03-..., sk-ant-admin01-...', source: String.raw`sk-ant-[A-Za-z0-9_-]{20,250}` },
  // Mixed case and digits are required (see accept) so CSS class names like sk-spinner-large stay.
  { what: 'OpenAI: sk-..., sk-proj-..., sk-svcacct-...', source: String.raw`(?<openai>sk-[A-Za-z0-9_-]{20,250})` },
  { what: 'GitHub: ghp_ gho_ ghu_ ghs_ ghr_ + 36', source: String.raw`gh[pousr]_[A-Za-z0-9]{36,251}` },
  { what: 'GitHub fine-grained PAT', source: String.raw`github_pat_[A-Za-z0-9_]{22,251}` },
  { what: 'Stripe secret/restricted/publishable keys', source: String.raw`(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,247}` },
  { what: 'Stripe webhook signing secret', source: String.raw`whsec_[A-Za-z0-9]{16,100}` },
  { what: 'Slack bot/user/app tokens: xoxb- xoxp- xoxa- xoxo- xoxs- xoxr-', source: String.raw`xox[abposr]-[A-Za-z0-9-]{10,250}` },
  { what: 'Slack app-level token', source: String.raw`xapp-\d-[A-Za-z0-9-]{10,250}` },
  { what: 'Google API key: AIza + 35', source: String.raw`AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])` },
  { what: 'SendGrid: SG.<22>.<43>', source: String.raw`SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}` },
  { what: 'npm access token: npm_ + 36', source: String.raw`npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_-])` },
  { what: 'AWS access key id: AKIA/ASIA/ABIA/ACCA + 16', source: String.raw`(?<aws>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])` },
];

/** Twilio Account SID (AC) / API key SID (SK) + 32 hex: its own scan, since `ac`/`sk` would open every gate. */
export const twilioSidPattern: RedactionPattern = {
  name: 'twilio-sid',
  type: 'TWILIO',
  regex: /(?<![A-Za-z0-9_-])(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])/g,
  window: { classes: ['hex32'] },
};

/** Every vendor key format of {@link VENDOR_KEYS}; AWS ids and Twilio SIDs get their own types. */
export const vendorKeyPattern: RedactionPattern = {
  name: 'vendor-key',
  type: ({ groups }) => (groups.aws !== undefined ? 'AWS_KEY' : 'API_KEY'),
  literals: ['sk-', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', '_live_', '_test_', 'whsec_', 'xox', 'xapp-', 'aiza', 'sg.', 'npm_', 'akia', 'asia', 'abia', 'acca'],
  window: 'literals',
  regex: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:${VENDOR_KEYS.map((k) => k.source).join('|')})`, 'g'),
  accept: ({ secret, groups }) => groups.openai === undefined || (looksRandom(secret) && secret !== secret.toLowerCase()),
};

/**
 * Secrets that only their name identifies: AWS secret access keys (40 base64 after an
 * `aws_secret_access_key`-like name) and Twilio auth tokens (32 hex after a `twilio...` or
 * `auth_token` name).
 */
export const namedVendorSecretPattern: RedactionPattern = {
  name: 'named-vendor-secret',
  type: ({ groups }) => (groups.aws !== undefined ? 'AWS_KEY' : 'TWILIO'),
  literals: ['aws', 'secret', 'twilio', 'auth'],
  window: 'literals',
  regex:
    /(?<pre>(?<![A-Za-z0-9])(?:(?<aws>aws_?secret_?(?:access_?)?key|secret_?access_?key)|twilio[A-Za-z0-9_]{0,30}|auth_?token)\\?["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["']?)(?:[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])|[0-9a-f]{32}(?![0-9A-Za-z]))/gi,
  accept: ({ secret, groups }) => secret.length === (groups.aws !== undefined ? 40 : 32),
};
