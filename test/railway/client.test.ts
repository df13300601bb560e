import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RailwayDeploymentFailedError,
  RailwayRedeployRefusedError,
  RailwayTimeoutError,
} from '../../src/railway/index.js';
import { startRailwayStandIn } from '../standins/railway.js';
import { clientFor } from './helpers.js';

// The exact documents on the wire: a change here changes what Railway receives.
const LATEST_QUERY = `query LatestDeployment($environmentId: String!, $serviceId: String!) {
  serviceInstance(environmentId: $environmentId, serviceId: $serviceId) {
    latestDeployment { id status canRedeploy }
  }
}`;
const REDEPLOY_SERVICE = `mutation ServiceInstanceRedeploy($environmentId: String!, $serviceId: String!) {
  serviceInstanceRedeploy(environmentId: $environmentId, serviceId: $serviceId)
}`;
const REDEPLOY_DEPLOYMENT = `mutation DeploymentRedeploy($id: String!) {
  deploymentRedeploy(id: $id) { id status canRedeploy }
}`;
const STATUS_QUERY = `query DeploymentStatus($id: String!) {
  deployment(id: $id) { status }
}`;

describe('RailwayClient redeploy', () => {
  test('project token: redeployAndWait sends the exact bodies and headers and polls to SUCCESS', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const lines: string[] = [];
    const result = await clientFor(standIn, { log: (l) => lines.push(l) }).redeployAndWait();

    assert.equal(result.deploymentId, 'dep-1');
    assert.equal(result.status, 'SUCCESS');
    assert.equal(result.polls, 4);
    assert.ok(result.durationMs >= 3, `4 polls 1 ms apart take at least 3 ms, got ${result.durationMs}`);
    const ids = { environmentId: 'env-standin', serviceId: 'svc-standin' };
    assert.deepEqual(
      standIn.requests.map((r) => r.body),
      [
        { query: LATEST_QUERY, variables: ids },
        { query: REDEPLOY_SERVICE, variables: ids },
        ...Array.from({ length: 4 }, () => ({ query: LATEST_QUERY, variables: ids })),
      ],
    );
    for (const r of standIn.requests) {
      assert.equal(r.method, 'POST');
      assert.equal(r.url, '/graphql/v2');
      assert.equal(r.status, 200);
      assert.equal(r.headers['project-access-token'], 'project-token-standin');
      assert.equal(r.headers.authorization, undefined);
      assert.equal(r.headers['content-type'], 'application/json');
    }
    assert.deepEqual(standIn.state.redeploys, [{ kind: 'service', previousId: 'dep-initial', deploymentId: 'dep-1' }]);
    // The statuses walked through, each logged once, and the old deployment replaced.
    for (const s of ['QUEUED', 'BUILDING', 'DEPLOYING', 'SUCCESS']) assert.ok(lines.some((l) => l.includes(`dep-1 is ${s}`)), s);
    assert.equal(standIn.state.deployments[0]?.status, 'REMOVED');
    assert.ok(!lines.join('\n').includes('project-token-standin'), 'the token never reaches a log line');
  });

  test('account token: sent as Authorization: Bearer, never as Project-Access-Token', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const result = await clientFor(standIn, { projectToken: undefined, apiToken: 'api-token-standin' }).redeployAndWait();
    assert.equal(result.deploymentId, 'dep-1');
    assert.ok(standIn.requests.length >= 3);
    for (const r of standIn.requests) {
      assert.equal(r.headers.authorization, 'Bearer api-token-standin');
      assert.equal(r.headers['project-access-token'], undefined);
    }
  });

  test("strategy 'deployment' redeploys the latest deployment by id and polls the new one by id", async (t) => {
    const standIn = await startRailwayStandIn({ lifecycle: ['BUILDING', 'SUCCESS'] });
    t.after(() => standIn.close());
    const result = await clientFor(standIn).redeployAndWait({ strategy: 'deployment' });
    assert.equal(result.deploymentId, 'dep-1');
    assert.equal(result.polls, 2);
    assert.deepEqual(
      standIn.requests.map((r) => r.body),
      [
        { query: LATEST_QUERY, variables: { environmentId: 'env-standin', serviceId: 'svc-standin' } },
        { query: REDEPLOY_DEPLOYMENT, variables: { id: 'dep-initial' } },
        { query: STATUS_QUERY, variables: { id: 'dep-1' } },
        { query: STATUS_QUERY, variables: { id: 'dep-1' } },
      ],
    );
  });

  test('waits for the new deployment even while Railway still lists the old SUCCESS one', async (t) => {
    const standIn = await startRailwayStandIn({ newDeploymentLagPolls: 2 });
    t.after(() => standIn.close());
    const result = await clientFor(standIn).redeployAndWait();
    assert.equal(result.deploymentId, 'dep-1');
    assert.equal(result.polls, 6, '2 polls still showing dep-initial, then QUEUED..SUCCESS');
  });

  test('onRedeploy: SUCCESS only after the hook really restarted something', async (t) => {
    let restarted = false;
    // The "restart" ends only once the 5th poll (request 7) arrived, so poll 4 must still see it pending.
    const standIn = await startRailwayStandIn({
      onRedeploy: async () => {
        while (standIn.requests.length < 7) await new Promise((r) => setTimeout(r, 2));
        restarted = true;
      },
    });
    t.after(() => standIn.close());
    const result = await clientFor(standIn, { pollIntervalMs: 5 }).redeployAndWait();
    assert.equal(restarted, true);
    assert.ok(result.polls >= 5, `held in DEPLOYING while the hook ran (polls ${result.polls})`);
  });

  for (const final of ['FAILED', 'CRASHED'] as const) {
    test(`a deployment ending ${final} -> RailwayDeploymentFailedError with its id`, async (t) => {
      const standIn = await startRailwayStandIn({ lifecycle: ['QUEUED', 'BUILDING', final] });
      t.after(() => standIn.close());
      const err = await clientFor(standIn).redeployAndWait().then(
        () => assert.fail('expected a failure'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof RailwayDeploymentFailedError);
      assert.equal(err.deploymentId, 'dep-1');
      assert.equal(err.deploymentStatus, final);
      assert.match(err.message, new RegExp(`dep-1 ended ${final}`));
      assert.match(err.message, /logs/);
    });
  }

  test('a failing onRedeploy hook ends the deployment FAILED', async (t) => {
    const standIn = await startRailwayStandIn({ onRedeploy: () => Promise.reject(new Error('backend would not start')) });
    t.after(() => standIn.close());
    await assert.rejects(clientFor(standIn).redeployAndWait(), (e: unknown) => e instanceof RailwayDeploymentFailedError && e.deploymentStatus === 'FAILED');
  });

  test('deadline -> RailwayTimeoutError with the last status seen', async (t) => {
    const standIn = await startRailwayStandIn({ lifecycle: ['BUILDING'] });
    t.after(() => standIn.close());
    const err = await clientFor(standIn, { pollIntervalMs: 5, deadlineMs: 80 }).redeployAndWait().then(
      () => assert.fail('expected a timeout'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof RailwayTimeoutError);
    assert.equal(err.lastStatus, 'BUILDING');
    assert.equal(err.deploymentId, 'dep-1');
    assert.match(err.message, /within 80 ms/);
    assert.match(err.message, /deadlineMs/);
  });

  test('deadline while no new deployment appears says so', async (t) => {
    const standIn = await startRailwayStandIn({ newDeploymentLagPolls: 1_000 });
    t.after(() => standIn.close());
    const err = await clientFor(standIn, { pollIntervalMs: 5, deadlineMs: 40 }).redeployAndWait().catch((e: unknown) => e);
    assert.ok(err instanceof RailwayTimeoutError);
    assert.equal(err.lastStatus, undefined);
    assert.match(err.message, /no new deployment appeared/);
  });

  test('canRedeploy false: redeployDeployment refuses without calling the mutation', async (t) => {
    const standIn = await startRailwayStandIn({ initialDeployment: { id: 'dep-busy', status: 'BUILDING', canRedeploy: false } });
    t.after(() => standIn.close());
    const client = clientFor(standIn);
    await assert.rejects(client.redeployDeployment('dep-busy'), (e: unknown) => {
      assert.ok(e instanceof RailwayRedeployRefusedError);
      assert.equal(e.deploymentId, 'dep-busy');
      assert.match(e.message, /canRedeploy=false/);
      return true;
    });
    await assert.rejects(client.redeployAndWait(), RailwayRedeployRefusedError);
    assert.deepEqual(standIn.requests.map((r) => r.field), ['deployment', 'serviceInstance']);
    assert.equal(standIn.state.redeploys.length, 0);
  });

  test('canRedeploy false on the service: the default strategy refuses before serviceInstanceRedeploy', async (t) => {
    const standIn = await startRailwayStandIn({ canRedeploy: false });
    t.after(() => standIn.close());
    await assert.rejects(clientFor(standIn).redeployAndWait(), (e: unknown) => e instanceof RailwayRedeployRefusedError && e.deploymentId === 'dep-initial');
    assert.deepEqual(standIn.requests.map((r) => r.field), ['serviceInstance']);
  });

  test('latestDeployment is null for a service never deployed; redeployAndWait says to deploy once', async (t) => {
    const standIn = await startRailwayStandIn({ initialDeployment: null });
    t.after(() => standIn.close());
    const client = clientFor(standIn);
    assert.equal(await client.latestDeployment(), null);
    await assert.rejects(client.redeployAndWait(), /no deployment to redeploy yet.*railway up/);
  });

  test('deploymentStatus and latestDeployment read the stand-in state', async (t) => {
    const standIn = await startRailwayStandIn({ initialDeployment: { id: 'dep-x', status: 'CRASHED' } });
    t.after(() => standIn.close());
    const client = clientFor(standIn);
    assert.deepEqual(await client.latestDeployment(), { id: 'dep-x', status: 'CRASHED', canRedeploy: true });
    assert.equal(await client.deploymentStatus('dep-x'), 'CRASHED');
  });

  test('an abort signal stops the wait with its reason', async (t) => {
    const standIn = await startRailwayStandIn({ lifecycle: ['BUILDING'] });
    t.after(() => standIn.close());
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('run is over')), 30);
    await assert.rejects(clientFor(standIn, { pollIntervalMs: 5 }).redeployAndWait({ signal: controller.signal }), /run is over/);
  });
});
