// Every triage test file in one process, for `npm run mutation triage-rules` only (not a *.test.ts file,
// so the normal test run does not run them twice). Stryker's tap runner starts one process per test
// file and mutant: ten files cost ten node starts per mutant, which made this group hours long on
// two cores; one file costs one, and forceBail stops it at the first failure.
import './browser-launch.test.js';
import './corpus.test.js';
import './dom-aria.test.js';
import './fast-paths.test.js';
import './fingerprint.test.js';
import './input-cap.test.js';
import './real-corpus.test.js';
import './real-dev-verdicts.test.js';
import './signals-units.test.js';
import './real-world-rules.test.js';
import './text-units.test.js';
