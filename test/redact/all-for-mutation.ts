// The fast redaction test files in one process (all but the 37-second recheck, the end-to-end runs and
// the adversarial CPU limits, which instrumented code exceeds), for `npm run mutation redaction` only (not
// a *.test.ts file, so the normal test run does not run them twice): one node start per mutant.
// forceBail stops it at the first failure.
import './redact.test.js';
import './redact-variants.test.js';
import './redact-api.test.js';
import './redact-chunks.test.js';
import './redact-corpus.test.js';
import './redact-windows.test.js';
import './redact-paths.test.js';
import './checks-units.test.js';
import './pipeline-units.test.js';
import './patterns-units.test.js';
import './pattern-cases.test.js';
