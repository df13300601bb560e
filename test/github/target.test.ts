import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveGithubTarget, type GithubTarget } from '../../src/github/index.js';

const ACTIONS = {
  GITHUB_TOKEN: 'ghs_actions',
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_API_URL: 'https://ghe.acme.test/api/v3',
  GITHUB_SERVER_URL: 'https://ghe.acme.test',
  GITHUB_RUN_ID: '4242',
};

const cases: [string, Record<string, string | undefined>, { repository?: string; apiUrl?: string }, GithubTarget | RegExp][] = [
  ['Actions env', ACTIONS, {}, {
    ok: true, token: 'ghs_actions', owner: 'acme', repo: 'web', apiUrl: 'https://ghe.acme.test/api/v3',
    runUrl: 'https://ghe.acme.test/acme/web/actions/runs/4242', artifactHint: 'https://ghe.acme.test/acme/web/actions/runs/4242#artifacts',
  }],
  ['options win over env', ACTIONS, { repository: 'acme/tests', apiUrl: 'http://127.0.0.1:9999/' }, {
    ok: true, token: 'ghs_actions', owner: 'acme', repo: 'tests', apiUrl: 'http://127.0.0.1:9999',
    runUrl: 'https://ghe.acme.test/acme/web/actions/runs/4242', artifactHint: 'https://ghe.acme.test/acme/web/actions/runs/4242#artifacts',
  }],
  ['GH_TOKEN and the default API outside Actions', { GH_TOKEN: ' gho_local ', GITHUB_TOKEN: '' }, { repository: 'me/app.js' }, {
    ok: true, token: 'gho_local', owner: 'me', repo: 'app.js', apiUrl: 'https://api.github.com',
  }],
  ['GITHUB_TOKEN wins over GH_TOKEN', { GITHUB_TOKEN: 'a', GH_TOKEN: 'b', GITHUB_REPOSITORY: 'o/r' }, {}, {
    ok: true, token: 'a', owner: 'o', repo: 'r', apiUrl: 'https://api.github.com',
  }],
  ['no run URL without a run id', { ...ACTIONS, GITHUB_RUN_ID: undefined }, {}, {
    ok: true, token: 'ghs_actions', owner: 'acme', repo: 'web', apiUrl: 'https://ghe.acme.test/api/v3',
  }],
  ['no token', { GITHUB_REPOSITORY: 'acme/web' }, {}, /^no GitHub token found; set GITHUB_TOKEN \(or GH_TOKEN\)/],
  ['blank token', { GITHUB_TOKEN: '  ', GITHUB_REPOSITORY: 'acme/web' }, {}, /^no GitHub token/],
  ['no repository', { GITHUB_TOKEN: 't' }, {}, /^no repository: set github.repository .* or GITHUB_REPOSITORY=owner\/repo/],
  ['malformed env repository', { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme' }, {}, /^GITHUB_REPOSITORY is "acme", expected owner\/repo/],
  ['malformed option repository', { GITHUB_TOKEN: 't' }, { repository: 'a/b/c' }, /^github.repository is "a\/b\/c"/],
  ['bad API URL', { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'a/b', GITHUB_API_URL: 'api.github' }, {}, /^GITHUB_API_URL is "api.github", expected an http\(s\) URL/],
];

for (const [name, env, options, expected] of cases) {
  test(`resolveGithubTarget: ${name}`, () => {
    const got = resolveGithubTarget(env, options);
    if (expected instanceof RegExp) {
      assert.equal(got.ok, false);
      assert.match((got as { reason: string }).reason, expected);
    } else {
      assert.deepEqual(got, expected);
    }
  });
}
