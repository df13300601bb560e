// The GitHub stand-in itself: it must reject what GitHub rejects (validated against GitHub's OpenAPI
// description) and its answers must match the description's response schemas for every route.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiRoutes, openApiSource, responseStatuses, validateResponse } from '../standins/github-openapi.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';
import { REPO, TOKEN } from './helpers.js';

const HEADERS = { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json', 'user-agent': 'healwright-test', 'x-github-api-version': '2022-11-28' };

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

async function api(s: GithubStandin, method: string, path: string, body?: unknown, headers: Record<string, string> = HEADERS): Promise<Answer> {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

const R = `/repos/${REPO}`;

describe('routes.json', () => {
  test('holds every route healwright uses, fully inlined and stripped, with its source version', () => {
    const text = readFileSync(new URL('../data/github-openapi/routes.json', import.meta.url), 'utf8');
    assert.deepEqual(openApiSource, { package: '@octokit/openapi', version: '23.0.2', file: 'generated/api.github.com.json', openapi: '3.0.3' });
    assert.equal(openApiRoutes.length, 17);
    assert.ok(!text.includes('"$ref"'), 'every $ref is inlined');
    // (`description` is also a property name of some objects; as a keyword its value is a string.)
    assert.ok(!/"(description|summary)":"|"(example|examples)":|"x-github/.test(text), 'descriptions and examples are dropped');
    assert.ok(text.length < 400_000, `${text.length} bytes`);
    for (const route of openApiRoutes) assert.ok(responseStatuses(route).some((s) => s >= 200 && s < 300), route);
  });

  test('the response check catches a drifted body', () => {
    const ref = { ref: 'refs/heads/main', node_id: 'x', url: 'http://127.0.0.1/x', object: { type: 'commit', sha: 'a'.repeat(40), url: 'http://127.0.0.1/y' } };
    assert.deepEqual(validateResponse('GET /repos/{owner}/{repo}/git/ref/{ref}', 200, ref), []);
    const { sha: _sha, ...object } = ref.object;
    assert.match(validateResponse('GET /repos/{owner}/{repo}/git/ref/{ref}', 200, { ...ref, object })[0] ?? '', /must have required property 'sha'/);
    assert.match(validateResponse('POST /repos/{owner}/{repo}/issues', 201, { id: 1 })[0] ?? '', /must have required property/);
  });
});

describe('GitHub stand-in', () => {
  let s: GithubStandin;
  before(async () => {
    s = await startGithubStandin({ token: TOKEN, repos: [REPO, 'acme/other'], files: { 'e2e/a.spec.ts': 'a\n' } });
  });
  after(() => s.close());

  test("every route answers with a body that matches GitHub's response schema", async () => {
    const seen = new Map<string, Answer>();
    const call = async (route: string, method: string, path: string, body?: unknown) => {
      const answer = await api(s, method, path, body);
      assert.ok(answer.status >= 200 && answer.status < 300, `${route}: ${answer.status} ${JSON.stringify(answer.body)}`);
      seen.set(route, answer);
      return answer.body as Record<string, unknown>;
    };
    await call('GET /repos/{owner}/{repo}', 'GET', R);
    const ref = await call('GET /repos/{owner}/{repo}/git/ref/{ref}', 'GET', `${R}/git/ref/heads%2Fmain`);
    const mainSha = (ref.object as { sha: string }).sha;
    const commit = await call('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', 'GET', `${R}/git/commits/${mainSha}`);
    const blob = await call('POST /repos/{owner}/{repo}/git/blobs', 'POST', `${R}/git/blobs`, { content: 'b\n', encoding: 'utf-8' });
    const tree = await call('POST /repos/{owner}/{repo}/git/trees', 'POST', `${R}/git/trees`, {
      base_tree: (commit.tree as { sha: string }).sha,
      tree: [{ path: 'e2e/a.spec.ts', mode: '100644', type: 'blob', sha: blob.sha }],
    });
    const next = await call('POST /repos/{owner}/{repo}/git/commits', 'POST', `${R}/git/commits`, { message: 'm', tree: tree.sha, parents: [mainSha] });
    await call('POST /repos/{owner}/{repo}/git/refs', 'POST', `${R}/git/refs`, { ref: 'refs/heads/heal/all', sha: next.sha });
    await call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', 'PATCH', `${R}/git/refs/heads/heal/all`, { sha: next.sha });
    const pr = await call('POST /repos/{owner}/{repo}/pulls', 'POST', `${R}/pulls`, { title: 't', head: 'heal/all', base: 'main', body: 'b' });
    await call('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', 'PATCH', `${R}/pulls/${pr.number}`, { body: 'b2' });
    await call('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', 'POST', `${R}/pulls/${pr.number}/requested_reviewers`, { reviewers: ['alice'] });
    await call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', 'POST', `${R}/issues/${pr.number}/labels`, { labels: ['self-heal'] });
    const issue = await call('POST /repos/{owner}/{repo}/issues', 'POST', `${R}/issues`, { title: 'i', body: 'needle', labels: [{ name: 'self-heal' }] });
    await call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'POST', `${R}/issues/${issue.number}/comments`, { body: 'c' });
    await call('PATCH /repos/{owner}/{repo}/issues/{issue_number}', 'PATCH', `${R}/issues/${issue.number}`, { title: 'i2', labels: ['a', 'b'] });
    await call('GET /repos/{owner}/{repo}/issues', 'GET', `${R}/issues?state=all&sort=updated&direction=asc`);
    await call('GET /search/issues', 'GET', `/search/issues?q=${encodeURIComponent(`repo:${REPO} needle`)}`);

    assert.deepEqual([...seen.keys()].sort(), [...openApiRoutes].sort(), 'every route was exercised');
    for (const [route, answer] of seen) assert.deepEqual(validateResponse(route, answer.status, answer.body), [], route);
    assert.deepEqual(s.state.responseErrors, []);
  });

  test('requests GitHub rejects are rejected the way GitHub does', async () => {
    const cases: [string, string, string, unknown, number, string | RegExp][] = [
      ['bad tree mode', 'POST', `${R}/git/trees`, { tree: [{ path: 'x', mode: '100645', type: 'blob', content: 'x' }] }, 422,
        'Invalid request.\n\nFor \'properties/mode\', "100645" is not one of ["100644", "100755", "040000", "160000", "120000"].'],
      ['issue without title', 'POST', `${R}/issues`, { body: 'b' }, 422, 'Invalid request.\n\n"title" wasn\'t supplied.'],
      ['labels not an array', 'POST', `${R}/issues`, { title: 't', labels: 'bug' }, 422, 'Invalid request.\n\nFor \'properties/labels\', "bug" is not an array.'],
      ['comment body null', 'POST', `${R}/issues/1/comments`, { body: null }, 422, "Invalid request.\n\nFor 'properties/body', nil is not a string."],
      ['empty label list', 'POST', `${R}/issues/1/labels`, { labels: [] }, 422, /Invalid request/],
      ['blob without content', 'POST', `${R}/git/blobs`, { encoding: 'base64' }, 422, 'Invalid request.\n\n"content" wasn\'t supplied.'],
      ['bad state filter', 'GET', `${R}/issues?state=bogus`, undefined, 422, /state="bogus" is not one of \["open","closed","all"\]/],
      ['unknown query parameter', 'GET', `${R}/issues?label=self-heal`, undefined, 422, /label is not a parameter/],
      ['search without q', 'GET', '/search/issues', undefined, 422, /q wasn't supplied/],
      ['unmodelled search qualifier', 'GET', `/search/issues?q=${encodeURIComponent('author:bob x')}`, undefined, 422, /does not model the search qualifier author:bob/],
      ['non-numeric pull number', 'PATCH', `${R}/pulls/abc`, { body: 'x' }, 404, 'Not Found'],
      ['invalid JSON', 'POST', `${R}/issues`, '{"title":', 400, 'Problems parsing JSON'],
      ['unknown route', 'GET', `${R}/actions/runs`, undefined, 404, 'Not Found'],
      ['unknown repository', 'GET', '/repos/acme/missing', undefined, 404, 'Not Found'],
      ['unknown ref', 'GET', `${R}/git/ref/heads/nope`, undefined, 404, 'Not Found'],
      ['unknown commit', 'GET', `${R}/git/commits/${'0'.repeat(40)}`, undefined, 404, 'Not Found'],
      ['existing ref', 'POST', `${R}/git/refs`, { ref: 'refs/heads/main', sha: 'MAIN' }, 422, 'Reference already exists'],
      ['ref to a missing object', 'POST', `${R}/git/refs`, { ref: 'refs/heads/x', sha: '1'.repeat(40) }, 422, 'Object does not exist'],
      ['ref without refs/ prefix', 'POST', `${R}/git/refs`, { ref: 'heads/x', sha: 'MAIN' }, 422, /not a valid ref name/],
      ['PR with no commits', 'POST', `${R}/pulls`, { title: 't', head: 'same', base: 'main' }, 422, 'Validation Failed'],
      ['PR from a missing branch', 'POST', `${R}/pulls`, { title: 't', head: 'ghost', base: 'main' }, 422, 'Validation Failed'],
      ['tree on a missing base', 'POST', `${R}/git/trees`, { base_tree: '2'.repeat(40), tree: [] }, 422, 'base_tree is not a valid tree oid'],
      ['commit with a missing parent', 'POST', `${R}/git/commits`, { message: 'm', tree: 'TREE', parents: ['3'.repeat(40)] }, 422, 'Parent SHA does not exist or is not a commit object'],
    ];
    const repo = s.state.repo(REPO);
    const pullsBefore = repo.pulls().length;
    const main = repo.branch('main') as string;
    repo.git.refs.set('refs/heads/same', main);
    const treeSha = repo.git.commits.get(main)?.tree as string;
    for (const [name, method, path, body, status, message] of cases) {
      const concrete = typeof body === 'object' && body !== null ? JSON.parse(JSON.stringify(body).replace('MAIN', main).replace('TREE', treeSha)) : body;
      const answer = await api(s, method, path, concrete);
      assert.equal(answer.status, status, `${name}: ${JSON.stringify(answer.body)}`);
      const got = (answer.body as { message: string }).message;
      if (typeof message === 'string') assert.equal(got, message, name);
      else assert.match(got, message, name);
    }
    const noCommits = await api(s, 'POST', `${R}/pulls`, { title: 't', head: 'same', base: 'main' });
    assert.deepEqual((noCommits.body as { errors: unknown }).errors, [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and same' }]);
    const ghost = await api(s, 'POST', `${R}/pulls`, { title: 't', head: 'ghost', base: 'main' });
    assert.deepEqual((ghost.body as { errors: unknown }).errors, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    assert.equal(repo.pulls().length, pullsBefore, 'no PR was opened');
  });

  test('updateRef refuses a non-fast-forward unless forced', async () => {
    const repo = s.state.repo('acme/other');
    const main = repo.branch('main') as string;
    const tree = repo.git.createTree(repo.git.commits.get(main)?.tree, [{ path: 'n.txt', mode: '100644', type: 'blob', content: 'n' }]);
    const who = { name: 'x', email: 'x@example.com', date: '2026-01-01T00:00:00Z' };
    const side = repo.git.putCommit({ tree, parents: [main], message: 'side', author: who, committer: who });
    const other = repo.git.putCommit({ tree, parents: [main], message: 'other', author: who, committer: who });
    repo.git.refs.set('refs/heads/topic', side.sha);
    const refused = await api(s, 'PATCH', '/repos/acme/other/git/refs/heads/topic', { sha: other.sha });
    assert.equal(refused.status, 422);
    assert.equal((refused.body as { message: string }).message, 'Update is not a fast forward');
    assert.equal(repo.branch('topic'), side.sha);
    const forced = await api(s, 'PATCH', '/repos/acme/other/git/refs/heads/topic', { sha: other.sha, force: true });
    assert.equal(forced.status, 200);
    assert.equal(repo.branch('topic'), other.sha);
  });

  test('checks the token, media type, user agent and API version like GitHub', async () => {
    const { authorization: _a, ...noAuth } = HEADERS;
    const cases: [Record<string, string>, number, string][] = [
      [{ ...HEADERS, authorization: 'token wrong' }, 401, 'Bad credentials'],
      [noAuth, 401, 'Requires authentication'],
      [{ ...HEADERS, authorization: `Bearer ${TOKEN}` }, 200, ''],
      [{ ...HEADERS, accept: 'text/html' }, 415, 'Unsupported Media Type'],
      [{ ...HEADERS, 'user-agent': '' }, 403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.'],
      [{ ...HEADERS, 'x-github-api-version': '2019-01-01' }, 400, 'API version 2019-01-01 is not supported.'],
    ];
    for (const [headers, status, message] of cases) {
      const answer = await api(s, 'GET', R, undefined, headers);
      assert.equal(answer.status, status, JSON.stringify(headers));
      if (message) assert.equal((answer.body as { message: string }).message, message);
    }
    const wrong = await api(s, 'GET', R, undefined, { ...HEADERS, authorization: 'token wrong' });
    assert.deepEqual(wrong.body, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
  });

  test('PRs show up in the issues list with pull_request; search understands repo:, is:, label: and quoted text', async () => {
    const fresh = await startGithubStandin({ token: TOKEN, repos: [REPO, 'acme/other'] });
    try {
      const repo = fresh.state.repo(REPO);
      const author = 'github-actions[bot]';
      const main = repo.branch('main') as string;
      const tree = repo.git.createTree(repo.git.commits.get(main)?.tree, [{ path: 'x', mode: '100644', type: 'blob', content: 'x' }]);
      const who = { name: 'x', email: 'x@example.com', date: '2026-01-01T00:00:00Z' };
      repo.git.refs.set('refs/heads/heal/s', repo.git.putCommit({ tree, parents: [main], message: 'm', author: who, committer: who }).sha);
      const pr = await api(fresh, 'POST', `${R}/pulls`, { title: 'heal PR', head: 'heal/s', base: 'main', body: 'fp "abc 123"' });
      await api(fresh, 'POST', `${R}/issues/${(pr.body as { number: number }).number}/labels`, { labels: ['Self-Heal'] });
      repo.addIssue({ title: 'open issue', body: 'fp "abc 123"', labels: ['self-heal'], author });
      repo.close(repo.addIssue({ title: 'closed issue', body: 'fp "abc 123"', labels: ['self-heal'], author }), 'completed');
      fresh.state.repo('acme/other').addIssue({ title: 'elsewhere', body: 'fp "abc 123"', labels: ['self-heal'], author });
      assert.deepEqual([...repo.labels.values()].map((l) => l.name), ['Self-Heal'], 'created on first use, matched case-insensitively');

      const list = await api(fresh, 'GET', `${R}/issues?labels=self-heal`);
      const items = list.body as { number: number; pull_request?: { url: string } }[];
      assert.deepEqual(items.map((i) => [i.number, Boolean(i.pull_request)]), [[2, false], [1, true]]);
      assert.match(items[1]?.pull_request?.url ?? '', /\/repos\/acme\/web\/pulls\/1$/);

      const search = async (q: string) =>
        ((await api(fresh, 'GET', `/search/issues?q=${encodeURIComponent(q)}`)).body as { total_count: number; items: { title: string }[] }).items.map((i) => i.title);
      assert.deepEqual(await search(`repo:${REPO} is:open is:issue label:self-heal "abc 123"`), ['open issue']);
      assert.deepEqual(await search(`repo:${REPO} is:open is:pr "abc 123"`), ['heal PR']);
      assert.deepEqual(await search(`repo:${REPO} is:closed "abc 123"`), ['closed issue']);
      assert.deepEqual((await search(`label:self-heal is:issue is:open "abc 123"`)).sort(), ['elsewhere', 'open issue']);
      assert.deepEqual(await search(`repo:${REPO} "abc 124"`), []);
      assert.deepEqual(fresh.state.responseErrors, []);
    } finally {
      await fresh.close();
    }
  });

  test('failNext takes a predicate and a count; injected failures are recorded', async () => {
    const before = s.requests.length;
    s.failNext((r) => r.method === 'GET' && r.path.endsWith('/issues'), { status: 503, count: 2 });
    assert.equal((await api(s, 'GET', `${R}/issues`)).status, 503);
    assert.equal((await api(s, 'GET', R)).status, 200);
    assert.equal((await api(s, 'GET', `${R}/issues`)).status, 503);
    assert.equal((await api(s, 'GET', `${R}/issues`)).status, 200);
    assert.deepEqual(s.requests.slice(before).map((r) => r.status), [503, 200, 503, 200]);
    s.failNext('GET /repos/{owner}/{repo}', { status: 429, headers: { 'retry-after': '7' } });
    const limited = await api(s, 'GET', R);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.match((limited.body as { message: string }).message, /secondary rate limit/);
  });
});
