// The rules' verdict on every real-world failure of the dev split (test/data/real-failures/), pinned:
// each case triage gets right today must stay right (its labelled category, hence its class), and each
// case it gets wrong is listed below, so that a change that fixes one says so. Only the dev split: the
// held-out split is scored by `npm run bench` and never read case by case (see docs/benchmarks.md).
// The rule that decided and the reasons it gave are pinned too (real-dev-reasons.golden.json): they are
// what a user reads in the summary, the PR and the issue. After a deliberate change of a rule or its
// wording, rewrite the file with HEAL_UPDATE_GOLDEN=1 (that run fails on purpose) and review its diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGolden } from './golden.js';
import { triageFailure } from '../../src/triage/triage.js';
import { inputOfReal, loadRealFailures } from '../data/real-failures/corpus.js';

/** Dev cases whose labelled category the rules miss today (2026-12-05: 44 of the split's cases). */
const KNOWN_MISSES = new Set([
  "2110503-CEDT68/se-project-fe-68-2-deemaknisit:0b213a57b60d4b0c3d0e2c725496eaf6a6d7ea51@958c35b2",
  "3588787395/meta_core:stockpool-frontend-Meta-Co-86354-R-18-1-\u6a21\u5f0f\u5207\u6362\u6d4b\u8bd5---\u8bbe\u8ba1-\u5b9e\u76d8-\u56de\u653e-\u4eff\u771f@f83c17e0",
  "3588787395/meta_core:stockpool-frontend-Meta-Co-a73cc-R-18-2-\u4eff\u771f\u8fd0\u884c\u6d4b\u8bd5---\u542f\u52a8-\u6682\u505c-\u6b65\u8fdb-\u91cd\u7f6e@f83c17e0",
  "ADPortfolioNode/concierge:e2e-Concierge-UI-real-backend-chat-returns-a-response-chromium@37069928",
  "Alex-Yessougnon-AGO/univibes:accessibility-Accessibility---WCAG-2-1-AA-keyboard-navigable-chromium@092eafa4",
  "Allopze/Anamneo:accessibility-Accessibilit-ebdaa-us-automated-axe-violations-chromium@f37134e7",
  "AmanKashyapp07/NexusIDE:terminal-Terminal-Advanced-c6061-cher-avoids-recursive-crash-chromium@dce09726",
  "AmanKashyapp07/NexusIDE:terminal-Terminal-History--d5a7f-serves-proxied-live-preview-chromium@d0a12d00",
  "AmanKashyapp07/NexusIDE:timelapse-Timelapse-Full-F-7a4db--shortcuts-control-playback-chromium@1e1d39c3",
  "BGOrganizer/board-game-organizer:app-sign-in-Clerk-ticket-profile-data-and-logout-chromium@16f95dae",
  "BurhanRajkot/StreamVault:32204a61a3e1dad520524c0fa590015e880f8f1f@44e5e3a5",
  "GabrieLZ19/Padel-Nexus:auth-1-Autenticaci\u00f3n-Registro-de-usuario-local-desde-signup-chromium@c14a2dbc",
  "Haroun-carlos/InnoDeploy:auth-logs-in-an-existing-user-chromium@fce5e820",
  "Omar-Anwar-Dev/printbyfalcon:error-pages-Error-edge-pag-7018c-ml-includes-at-least-5-URLs-chromium-retry1@740b80fe",
  "RahulAutoDev/LinkedInGenAIAutomationEcosystem:tests-e2e-dashboard-fallba-64089--without-crashing-globally-@1ff864ef",
  "SoraKumo001/cloud-notebook:notebook-flow-Notebook-det-47a53-zone-is-visible-on-the-page-chromium@a2d4d185",
  "SoraKumo001/cloud-notebook:notebook-flow-Notebook-det-76cd8-nd-shows-the-notebook-title-chromium@a2d4d185",
  "SoraKumo001/cloud-notebook:smoke-Smoke-tests-new-note-eb1bb-pens-and-creates-a-notebook-chromium@a2d4d185",
  "SoraKumo001/cloud-notebook:smoke-Smoke-tests-notebook-1926b-with-empty-state-after-auth-chromium@a2d4d185",
  "Taha-Khurram/Outreach_Specialist_Agent:api-API-Endpoint-Tests-Cam-e1df1-rocess---Process-follow-ups@79d7ada8",
  "agear13/paymentapp:critical-flows-signup-logi-fd4c3--mode-toggle-and-validation-chromium@9db5a5f4",
  "arnaud-tincelin/azure-load-testing:albums-Albums-API---CRUD-O-213e1-id---should-delete-an-album-api@2c01db1c",
  "arnaud-tincelin/azure-load-testing:frontend-Album-Marketplace-b3c65-ests-filter-albums-by-genre-chromium-retry1@1334ffd8",
  "arnaud-tincelin/azure-load-testing:frontend-Album-Marketplace-b3c65-ests-filter-albums-by-genre-chromium@1334ffd8",
  "baasith6/camera-phase-1:smoke-mobile-shell-drawer-opens-and-closes-chromium@dc1abd4e",
  "dreygur/riku:dashboard-stress-Riku-Dash-20faa-ard-boot-and-report-healthy@8c213d44",
  "freakyjones/job-hunt-agent:auth-Authentication-Flows--0fe37--up-log-out-and-log-back-in-chromium@026f8072",
  "freakyjones/job-hunt-agent:jobs-Jobs-Workflow-should--6e464-nd-generate-tailored-resume-chromium@026f8072",
  "jamicore2026-alt/jamicore:auth-login-Dashboard-Auth--fc266-ect-title-and-form-elements-chromium@f52f40fb",
  "laxminarayanavijayakumar/practicplaywrightpom:24c9dd1d7e8fe5ee@dd870f82",
  "mallwang/klaro:contracts-Contract-List-CR-2247a--URL-shows-validation-error@4572e642",
  "mallwang/klaro:dashboard-Welcome-Dashboar-9fd17-en-no-contracts-are-expired@4572e642",
  "microsoft/playwright#32239",
  "oJezler-git/physics-capture:visual-Visual-Regression-R-57106-uld-match-baseline-snapshot-chromium@ccfad216",
  "pascalaudamian/Automation-Testing:drag-and-drops-DraggablePa-12420-item-in-Simple-Dragging-tab@dd438037",
  "spscreations/euroscale-startup-kit:auth-nav-Auth-Navigation-F-5a1a0--sign-out-and-clear-session-chromium@5074410a",
  "spscreations/euroscale-startup-kit:auth-nav-Auth-Navigation-F-a9dc7-essfully-and-show-dashboard-chromium@6829a12c",
  "usernumber01/nbf-connect:nbfconnect-Test-Suite-1----3904e-Test-4-Invalid-email-format-chromium@46536645",
  "usernumber01/nbf-connect:nbfconnect-Test-Suite-1----6cf18-Test-3-Mismatched-passwords-chromium@46536645",
  "usernumber01/nbf-connect:nbfconnect-Test-Suite-3----5055c--12-Direct-dashboard-access-chromium@46536645",
  "yarram-cloud/istaysin:22-property-public-page-Ac-3b03b-ity-page-has-exactly-one-h1-chromium@3ba7c6f2",
]);

const dev = loadRealFailures().filter((c) => c.split === 'dev');

test('every known miss is a dev case', () => {
  const ids = new Set(dev.map((c) => c.id));
  for (const id of KNOWN_MISSES) assert.ok(ids.has(id), `${id} is not in the dev split`);
});

test(`the rules' verdicts on the ${dev.length} dev cases: right where they were right, and the known misses still listed`, () => {
  const wrong: string[] = [];
  const fixed: string[] = [];
  for (const c of dev) {
    const r = triageFailure(inputOfReal(c));
    const right = r.category === c.label.category && r.class === c.label.class;
    if (KNOWN_MISSES.has(c.id)) {
      if (right) fixed.push(c.id);
    } else if (!right) {
      wrong.push(`${c.id}: ${r.category} (rule ${r.rule}), labelled ${c.label.category}: ${c.label.reason}`);
    }
  }
  assert.deepEqual(wrong, [], 'cases the rules got right before');
  assert.deepEqual(fixed, [], 'known misses that are now right: remove them from KNOWN_MISSES');
});

const GOLDEN = new URL('./real-dev-reasons.golden.json', import.meta.url);

test('the rule and the reasons of each dev case are the ones pinned', () => {
  const now: Record<string, { rule: string; reasons: string[] }> = {};
  for (const c of dev) {
    const r = triageFailure(inputOfReal(c));
    now[c.id] = { rule: r.rule, reasons: r.reasons };
  }
  assertGolden(GOLDEN, now);
});
