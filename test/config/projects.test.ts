import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { healedProjectNames, healsProject, projectOptionWarnings, rerunProjectNames, unhealedFailureWarning } from '../../src/config/index.js';

const TEMPLATE = [{ name: 'chromium' }, { name: 'firefox' }, { name: 'webkit' }];

describe('which projects are healed', () => {
  test('without the option, every project (named or not)', () => {
    assert.deepEqual(healedProjectNames({}, TEMPLATE), ['chromium', 'firefox', 'webkit']);
    assert.equal(healsProject({}, ''), true);
    assert.deepEqual(projectOptionWarnings({}, TEMPLATE), []);
  });
  test('with the option, only those', () => {
    assert.deepEqual(healedProjectNames({ projects: ['firefox'] }, TEMPLATE), ['firefox']);
    assert.equal(healsProject({ projects: ['firefox'] }, 'chromium'), false);
  });
  test('an option naming none of the projects says so and lists the real ones', () => {
    assert.deepEqual(projectOptionWarnings({ projects: ['health', 'contracts'] }, TEMPLATE), [
      "the projects option (health, contracts) names none of this config's projects (chromium, firefox, webkit), so nothing is healed: remove the option to heal every project, or name existing ones",
    ]);
    assert.match(projectOptionWarnings({ projects: ['x'] }, [{ name: '' }])[0] ?? '', /\(\(unnamed\)\)/);
  });
  test('an option naming some missing projects lists them', () => {
    assert.deepEqual(projectOptionWarnings({ projects: ['chromium', 'edge'] }, TEMPLATE), ['the projects option names edge, which this config does not have (it has chromium, firefox, webkit)']);
  });
  test('a verification re-run keeps to the healed projects that ran (`--project=chromium` on the template)', () => {
    const healed = healedProjectNames({}, TEMPLATE);
    assert.deepEqual(rerunProjectNames(healed, new Set(['chromium'])), ['chromium']);
    assert.deepEqual(rerunProjectNames(healed, new Set(['webkit', 'chromium'])), ['chromium', 'webkit'], 'config order');
    assert.deepEqual(rerunProjectNames(['chromium', 'firefox'], new Set(['chromium', 'setup'])), ['chromium'], 'a project that ran but is not healed is not re-run');
    assert.deepEqual(rerunProjectNames(['firefox'], new Set(['chromium'])), ['firefox'], 'never an empty list (that would re-run every project)');
    assert.deepEqual(rerunProjectNames(healed, new Set()), healed, 'no project known to have run: every healed one');
  });
  test('failures in unhealed projects are counted and named', () => {
    const f = (project: string, healable: boolean, outcome = 'unexpected') => ({ project, healable, outcome });
    assert.equal(unhealedFailureWarning([f('chromium', true), f('webkit', false, 'flaky')]), undefined);
    assert.equal(
      unhealedFailureWarning([f('webkit', false), f('webkit', false), f('', false), f('chromium', true)]),
      '3 failure(s) in projects healwright does not heal (webkit, (unnamed)) were triaged only: add them to the projects option, or remove the option to heal every project',
    );
  });
});
