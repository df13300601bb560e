import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RailwayDeploymentFailedError } from '../../src/railway/index.js';
import {
  CommandRestartProvider,
  DeployHookRestartProvider,
  RailwayRestartProvider,
  RestartConfigError,
  createRestartProvider,
  parseRestartProviderConfig,
  type RestartProviderConfig,
} from '../../src/restart/index.js';
import { startRailwayStandIn } from '../standins/railway.js';

describe('restart provider config', () => {
  const invalid: Array<{ name: string; input: unknown; key: string; message: RegExp; example: RegExp }> = [
    { name: 'unknown type', input: { type: 'heroku' }, key: 'restart.type', message: /expected type 'railway', 'command' or 'deploy-hook'/, example: /type: 'railway'.*or.*type: 'command'/ },
    { name: 'missing type', input: {}, key: 'restart.type', message: /expected type/, example: /type: 'deploy-hook'/ },
    { name: 'empty command', input: { type: 'command', command: '  ' }, key: 'restart.command', message: /non-empty string/, example: /docker compose restart api/ },
    { name: 'negative timeout', input: { type: 'command', command: 'x', timeoutMs: -5 }, key: 'restart.timeoutMs', message: /too small|>0/i, example: /timeoutMs: 120000/ },
    { name: 'hook url not http', input: { type: 'deploy-hook', url: 'ftp://host/hook' }, key: 'restart.url', message: /http\(s\) URL/, example: /type: 'deploy-hook'/ },
    { name: 'typo in a railway key', input: { type: 'railway', serviceID: 'svc' }, key: 'restart', message: /unknown key.*railway/, example: /serviceId: 'svc-id'/ },
    { name: 'railway strategy', input: { type: 'railway', strategy: 'restart' }, key: 'restart.strategy', message: /service|deployment/, example: /RAILWAY_TOKEN/ },
  ];
  for (const c of invalid) {
    test(`${c.name} -> one RestartConfigError naming the key and an example`, () => {
      assert.throws(
        () => parseRestartProviderConfig(c.input),
        (e: unknown) => {
          assert.ok(e instanceof RestartConfigError);
          const issue = e.issues[0];
          assert.equal(issue?.key, c.key);
          assert.match(issue?.message ?? '', c.message);
          assert.match(e.message, /^Invalid restart provider config:/);
          assert.match(e.message, c.example);
          return true;
        },
      );
    });
  }

  test('the message shows the bad value but masks tokens and hook URLs', () => {
    const err = (() => {
      try {
        parseRestartProviderConfig({ type: 'railway', projectToken: 'secret-tok', pollIntervalMs: 'fast' });
      } catch (e) {
        return e as RestartConfigError;
      }
      throw new Error('expected an error');
    })();
    assert.match(err.message, /restart\.pollIntervalMs: .* \(got "fast"\)/);
    assert.ok(!err.message.includes('secret-tok'));
    const hookErr = (() => {
      try {
        parseRestartProviderConfig({ type: 'deploy-hook', url: 'not a url with key=abc' }, 'healing.restart');
      } catch (e) {
        return e as RestartConfigError;
      }
      throw new Error('expected an error');
    })();
    assert.equal(hookErr.issues[0]?.key, 'healing.restart.url');
    assert.equal(hookErr.issues[0]?.value, '"***"');
  });

  test('valid configs parse', () => {
    assert.deepEqual(parseRestartProviderConfig({ type: 'command', command: ' npm run restart ', timeoutMs: 1000 }), { type: 'command', command: 'npm run restart', timeoutMs: 1000 });
    assert.deepEqual(parseRestartProviderConfig({ type: 'railway' }), { type: 'railway' });
  });
});

describe('createRestartProvider', () => {
  test('builds the provider each type asks for', () => {
    assert.ok(createRestartProvider({ type: 'command', command: 'true' }) instanceof CommandRestartProvider);
    assert.ok(createRestartProvider({ type: 'deploy-hook', url: 'https://example.com/hook' }) instanceof DeployHookRestartProvider);
    assert.ok(createRestartProvider({ type: 'railway' }, {}) instanceof RailwayRestartProvider);
    assert.throws(() => createRestartProvider({ type: 'command', command: '' }), RestartConfigError);
    assert.throws(() => createRestartProvider({ type: 'nope' } as unknown as RestartProviderConfig), RestartConfigError);
  });

  test('railway: reads RAILWAY_* from the env it is given and redeploys through the stand-in', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const env = {
      RAILWAY_API_URL: standIn.url,
      RAILWAY_TOKEN: 'project-token-standin',
      RAILWAY_SERVICE_ID: 'svc-standin',
      RAILWAY_ENVIRONMENT_ID: 'env-standin',
    };
    const provider = createRestartProvider({ type: 'railway', pollIntervalMs: 1 }, env);
    const lines: string[] = [];
    const outcome = await provider.restart({ log: (l) => lines.push(l) });
    assert.equal(outcome.provider, 'railway');
    assert.equal(outcome.ok, true, outcome.detail);
    assert.equal(outcome.deploymentId, 'dep-1');
    assert.match(outcome.detail, /dep-1 reached SUCCESS after 4 polls/);
    assert.ok(lines.some((l) => l.startsWith('railway: redeploying service svc-standin')));
    assert.equal(standIn.state.redeploys.length, 1);
  });

  test('railway: a failed deployment is an outcome with the typed error, not a throw', async (t) => {
    const standIn = await startRailwayStandIn({ lifecycle: ['BUILDING', 'CRASHED'] });
    t.after(() => standIn.close());
    const provider = new RailwayRestartProvider({
      apiUrl: standIn.url,
      projectToken: 'project-token-standin',
      serviceId: 'svc-standin',
      environmentId: 'env-standin',
      pollIntervalMs: 1,
      env: {},
    });
    const outcome = await provider.restart({});
    assert.equal(outcome.ok, false);
    assert.equal(outcome.deploymentId, 'dep-1');
    assert.ok(outcome.error instanceof RailwayDeploymentFailedError);
    assert.match(outcome.detail, /ended CRASHED/);
  });

  test('command: the factory passes env to the command', async () => {
    const provider = createRestartProvider({ type: 'command', command: 'test "$HEAL_X" = yes' }, { PATH: process.env.PATH, HEAL_X: 'yes' });
    assert.equal((await provider.restart({})).ok, true);
    const other = createRestartProvider({ type: 'command', command: 'test "$HEAL_X" = yes' }, { PATH: process.env.PATH });
    assert.equal((await other.restart({})).ok, false);
  });
});
