import type { RedactionPattern } from '../types.js';
import {
  envAssignmentPattern,
  keyValuePattern,
  playwrightFillLogPattern,
  playwrightFillSourcePattern,
  playwrightStepTitlePattern,
  playwrightUnexpectedValuePattern,
  shortKeyValuePattern,
} from './assignments.js';
import {
  ariaTextboxPattern,
  awsBareSecretPattern,
  cookieHeaderPattern,
  encodedEmailPattern,
  expectedValuePattern,
  htmlSecretValuePattern,
  namedValuePattern,
  sessionCookiePattern,
  twilioTokenAfterSidPattern,
  userSlashPasswordPattern,
  webhookPattern,
} from './contexts.js';
import {
  authorizationHeaderPattern,
  basicAuthPattern,
  bearerPattern,
  jwtPattern,
  privateKeyPattern,
  urlCredentialsPattern,
} from './credentials.js';
import { ipv4Pattern, ipv6Pattern } from './network.js';
import { digitIdPattern, emailPattern, phonePattern } from './personal.js';
import { namedVendorSecretPattern, twilioSidPattern, vendorKeyPattern } from './vendors.js';
import { VENDOR_FORMAT_PATTERNS } from './vendor-formats.js';

/**
 * Every built-in detector, in the order they run; each is one scan of the text. Order matters:
 * whole-token formats first (a JWT inside a Bearer header becomes `Bearer [REDACTED_JWT]`), vendor
 * formats before URL passwords and generic `key=value` (a GitHub token in a clone URL is reported
 * as the API key it is), and free-text personal data last, so each later pattern sees
 * placeholders where earlier ones matched and leaves them alone.
 */
export const REDACTION_PATTERNS: readonly RedactionPattern[] = [
  privateKeyPattern,
  jwtPattern,
  webhookPattern,
  vendorKeyPattern,
  twilioSidPattern,
  ...VENDOR_FORMAT_PATTERNS,
  namedVendorSecretPattern,
  twilioTokenAfterSidPattern,
  awsBareSecretPattern,
  urlCredentialsPattern,
  bearerPattern,
  basicAuthPattern,
  authorizationHeaderPattern,
  cookieHeaderPattern,
  namedValuePattern,
  envAssignmentPattern,
  sessionCookiePattern,
  htmlSecretValuePattern,
  ariaTextboxPattern,
  expectedValuePattern,
  playwrightFillLogPattern,
  playwrightUnexpectedValuePattern,
  playwrightStepTitlePattern,
  playwrightFillSourcePattern,
  userSlashPasswordPattern,
  keyValuePattern,
  shortKeyValuePattern,
  encodedEmailPattern,
  emailPattern,
  ipv4Pattern,
  ipv6Pattern,
  digitIdPattern,
  phonePattern,
];
