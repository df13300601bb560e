import {
  RailwayDeploymentFailedError,
  RailwayError,
  RailwayRedeployRefusedError,
  RailwayTimeoutError,
} from './errors.js';
import { requireServiceInstance, resolveRailwayOptions, type RailwayClientOptions, type ResolvedRailwayOptions } from './options.js';
import {
  DEPLOYMENT,
  DEPLOYMENT_REDEPLOY,
  DEPLOYMENT_STATUS,
  FAILED_STATUSES,
  LATEST_DEPLOYMENT,
  SERVICE_INSTANCE_REDEPLOY,
  type DeploymentStatus,
  type RailwayDeployment,
} from './queries.js';
import { postGraphQL, type CallOptions } from './transport.js';

export type { CallOptions } from './transport.js';

export interface WaitForDeploymentOptions extends CallOptions {
  /** Ignore this deployment: wait until a newer one (the one a redeploy creates) is the latest. */
  sinceDeploymentId?: string;
  /** Poll this deployment by id instead of the service's latest deployment. */
  deploymentId?: string;
}

export interface RedeployAndWaitOptions extends CallOptions {
  /**
   * `service` (default): `serviceInstanceRedeploy`, then follow the service's latest deployment.
   * `deployment`: `deploymentRedeploy` of the latest deployment, then follow the deployment it returns.
   */
  strategy?: 'service' | 'deployment';
}

/** How a wait or a redeploy ended (always SUCCESS: anything else throws). */
export interface RedeployResult {
  deploymentId: string;
  status: DeploymentStatus;
  /** Wall time from the first request to SUCCESS. */
  durationMs: number;
  /** Status polls made while waiting. */
  polls: number;
}

function parseDeployment(field: string, value: unknown): RailwayDeployment {
  const d = value as Partial<RailwayDeployment> | null | undefined;
  if (!d || typeof d.id !== 'string' || typeof d.status !== 'string') {
    throw new RailwayError(
      `Railway answered ${field} with an unexpected deployment shape: ${JSON.stringify(value)?.slice(0, 200)}. ` +
        'Check RAILWAY_API_URL points at Railway\'s GraphQL v2 endpoint.',
    );
  }
  return { id: d.id, status: d.status, canRedeploy: d.canRedeploy === true };
}

/**
 * Railway GraphQL client: reads a service's latest deployment, redeploys it and waits for SUCCESS.
 * Configuration comes from {@link RailwayClientOptions}, then `RAILWAY_*` env vars, then defaults;
 * a missing token or id surfaces as a {@link RailwayConfigError} on the first call that needs it.
 */
export class RailwayClient {
  private readonly options: Readonly<ResolvedRailwayOptions>;

  constructor(options: RailwayClientOptions = {}) {
    this.options = resolveRailwayOptions(options);
  }

  /** The service instance's latest deployment, or null when it was never deployed. */
  async latestDeployment(call: CallOptions = {}): Promise<RailwayDeployment | null> {
    const ids = requireServiceInstance(this.options);
    const data = await postGraphQL<{ serviceInstance?: { latestDeployment?: unknown } | null }>(
      this.options,
      LATEST_DEPLOYMENT,
      { environmentId: ids.environmentId, serviceId: ids.serviceId },
      call,
    );
    if (!data.serviceInstance) {
      throw new RailwayError(
        `Railway found no service instance for service ${ids.serviceId} in environment ${ids.environmentId}. ` +
          'Check RAILWAY_SERVICE_ID and RAILWAY_ENVIRONMENT_ID.',
      );
    }
    const latest = data.serviceInstance.latestDeployment;
    return latest === null || latest === undefined ? null : parseDeployment('serviceInstance.latestDeployment', latest);
  }

  /** Redeploys the service instance's latest deployment (`serviceInstanceRedeploy`). */
  async redeployService(call: CallOptions = {}): Promise<void> {
    const ids = requireServiceInstance(this.options);
    const data = await postGraphQL<{ serviceInstanceRedeploy?: unknown }>(
      this.options,
      SERVICE_INSTANCE_REDEPLOY,
      { environmentId: ids.environmentId, serviceId: ids.serviceId },
      call,
    );
    if (data.serviceInstanceRedeploy !== true) {
      throw new RailwayError(
        `Railway did not accept the redeploy of service ${ids.serviceId} (serviceInstanceRedeploy returned ` +
          `${JSON.stringify(data.serviceInstanceRedeploy)}). Check the service in the dashboard and retry.`,
      );
    }
  }

  /** A deployment by id, with `canRedeploy`. */
  async deployment(id: string, call: CallOptions = {}): Promise<RailwayDeployment> {
    const data = await postGraphQL<{ deployment?: unknown }>(this.options, DEPLOYMENT, { id }, call);
    return parseDeployment('deployment', data.deployment);
  }

  /** Current status of a deployment. */
  async deploymentStatus(id: string, call: CallOptions = {}): Promise<DeploymentStatus> {
    const data = await postGraphQL<{ deployment?: { status?: unknown } | null }>(this.options, DEPLOYMENT_STATUS, { id }, call);
    const status = data.deployment?.status;
    if (typeof status !== 'string') {
      throw new RailwayError(`Railway answered deployment(${id}) without a status. Check the deployment id.`);
    }
    return status;
  }

  /**
   * Redeploys one deployment (`deploymentRedeploy`) and returns the deployment it creates. Throws
   * {@link RailwayRedeployRefusedError} without calling the mutation when `canRedeploy` is false.
   * Pass the deployment object (e.g. from {@link latestDeployment}) to save a request.
   */
  async redeployDeployment(target: string | RailwayDeployment, call: CallOptions = {}): Promise<RailwayDeployment> {
    const current = typeof target === 'string' ? await this.deployment(target, call) : target;
    if (!current.canRedeploy) throw new RailwayRedeployRefusedError(current.id, current.status);
    const data = await postGraphQL<{ deploymentRedeploy?: unknown }>(this.options, DEPLOYMENT_REDEPLOY, { id: current.id }, call);
    return parseDeployment('deploymentRedeploy', data.deploymentRedeploy);
  }

  /**
   * Polls until the deployment reaches SUCCESS. Throws {@link RailwayDeploymentFailedError} on
   * FAILED / CRASHED / REMOVED / SKIPPED and {@link RailwayTimeoutError} after `deadlineMs`.
   */
  async waitForDeployment(wait: WaitForDeploymentOptions = {}): Promise<RedeployResult> {
    const { pollIntervalMs, deadlineMs, sleep } = this.options;
    const log = wait.log ?? this.options.log;
    const start = Date.now();
    let polls = 0;
    let last: { id: string; status: DeploymentStatus } | undefined;
    let waitingLogged = false;
    for (;;) {
      const current = wait.deploymentId
        ? { id: wait.deploymentId, status: await this.deploymentStatus(wait.deploymentId, wait) }
        : await this.latestDeployment(wait);
      polls++;
      if (current && current.id !== wait.sinceDeploymentId) {
        if (current.id !== last?.id || current.status !== last.status) {
          log(`railway: deployment ${current.id} is ${current.status} (poll ${polls})`);
        }
        last = { id: current.id, status: current.status };
        if (current.status === 'SUCCESS') {
          return { deploymentId: current.id, status: current.status, durationMs: Date.now() - start, polls };
        }
        if (FAILED_STATUSES.has(current.status)) throw new RailwayDeploymentFailedError(current.id, current.status);
      } else if (!waitingLogged) {
        waitingLogged = true;
        log(`railway: waiting for a new deployment to replace ${wait.sinceDeploymentId ?? 'none'} (poll ${polls})`);
      }
      const remaining = deadlineMs - (Date.now() - start);
      if (remaining <= 0) {
        const seen = last ? `deployment ${last.id} was still ${last.status}` : 'no new deployment appeared';
        throw new RailwayTimeoutError(
          `Railway deployment did not reach SUCCESS within ${deadlineMs} ms (${polls} polls): ${seen}. ` +
            'Raise deadlineMs if builds are slow, or check the deployment in the dashboard.',
          { ...(last ? { lastStatus: last.status, deploymentId: last.id } : {}) },
        );
      }
      await sleep(Math.min(pollIntervalMs, remaining), wait.signal);
    }
  }

  /** Redeploys the configured service and waits for SUCCESS. */
  async redeployAndWait(options: RedeployAndWaitOptions = {}): Promise<RedeployResult> {
    const log = options.log ?? this.options.log;
    const call: CallOptions = { log, ...(options.signal ? { signal: options.signal } : {}) };
    const start = Date.now();
    const before = await this.latestDeployment(call);
    if (!before) {
      throw new RailwayError(
        'The Railway service has no deployment to redeploy yet. Deploy it once (`railway up` or a push), then retry.',
      );
    }
    if (!before.canRedeploy) throw new RailwayRedeployRefusedError(before.id, before.status);

    let result: RedeployResult;
    if (options.strategy === 'deployment') {
      log(`railway: redeploying deployment ${before.id} (was ${before.status})`);
      const created = await this.redeployDeployment(before, call);
      result = await this.waitForDeployment({ ...call, deploymentId: created.id });
    } else {
      const ids = requireServiceInstance(this.options);
      log(`railway: redeploying service ${ids.serviceId} in environment ${ids.environmentId} (latest ${before.id} was ${before.status})`);
      await this.redeployService(call);
      result = await this.waitForDeployment({ ...call, sinceDeploymentId: before.id });
    }
    const durationMs = Date.now() - start;
    log(`railway: deployment ${result.deploymentId} is SUCCESS after ${durationMs} ms and ${result.polls} polls`);
    return { ...result, durationMs };
  }
}
