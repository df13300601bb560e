import type { DeploymentStatus } from './queries.js';
import { HealwrightError, describeThrown } from '../common/errors.js';

/** Base class of every error the Railway client throws; `instanceof RailwayError` catches them all. */
export class RailwayError extends HealwrightError {
  override name = 'RailwayError';
}

/** Which token was sent and how; used to tell people which variable to check. */
export interface RailwayAuthInfo {
  /** Header the token travelled in. */
  header: 'Project-Access-Token' | 'Authorization';
  /** Env var (or option) the token is read from. */
  envVar: 'RAILWAY_TOKEN' | 'RAILWAY_API_TOKEN';
  option: 'projectToken' | 'apiToken';
}

/** HTTP 401/403, or a GraphQL "Not Authorized": the token is wrong, expired, or lacks access. */
export class RailwayAuthError extends RailwayError {
  override name = 'RailwayAuthError';
  readonly auth: RailwayAuthInfo;

  constructor(detail: string, auth: RailwayAuthInfo, options: { status?: number; cause?: unknown } = {}) {
    const tokenKind = auth.header === 'Project-Access-Token' ? 'project token' : 'account/workspace token';
    super(
      `Railway rejected the ${tokenKind} sent in the ${auth.header} header (${detail}). ` +
        `Check ${auth.envVar} (or the ${auth.option} option): it must be a live token with access to this ` +
        `service and environment. A project token belongs in RAILWAY_TOKEN, an account token in RAILWAY_API_TOKEN.`,
      options,
    );
    this.auth = auth;
  }
}

/** HTTP 429 that outlasted every retry. */
export class RailwayRateLimitError extends RailwayError {
  override name = 'RailwayRateLimitError';
  /** The server's last `Retry-After`, in ms, when it sent one. */
  readonly retryAfterMs?: number;

  constructor(attempts: number, retryAfterMs: number | undefined, options: { cause?: unknown } = {}) {
    const wait = retryAfterMs === undefined ? '' : ` Railway asked to wait ${Math.ceil(retryAfterMs / 1000)} s.`;
    super(
      `Railway rate-limited the request (HTTP 429) ${attempts} times in a row.${wait} ` +
        'Hourly API request limits per plan are small (100 on Free): raise pollIntervalMs, ' +
        'run healing less often, or try again later.',
      { status: 429, ...options },
    );
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** One entry of a GraphQL `errors` array. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** The server answered with a GraphQL `errors[]` (usually HTTP 200). */
export class RailwayGraphQLError extends RailwayError {
  override name = 'RailwayGraphQLError';
  readonly errors: readonly GraphQLErrorEntry[];
  /** Operation that failed, e.g. `serviceInstanceRedeploy`. */
  readonly operation: string;

  constructor(operation: string, errors: readonly GraphQLErrorEntry[], options: { status?: number; cause?: unknown } = {}) {
    const messages = errors.map((e) => e.message).join('; ') || 'no message';
    // HTTP 400 means the document itself was rejected (a schema change), not the ids or the token.
    const next =
      options.status === 400
        ? 'Railway rejected the request itself, so its schema may have changed: update healwright or report this message.'
        : 'Check RAILWAY_SERVICE_ID / RAILWAY_ENVIRONMENT_ID and that the token can see that service.';
    super(`Railway GraphQL ${operation} failed: ${messages}. ${next}`, options);
    this.errors = errors;
    this.operation = operation;
  }

  /** The raw messages, in order. */
  get messages(): string[] {
    return this.errors.map((e) => e.message);
  }
}

/** The request never got an HTTP answer: refused, reset, DNS failure. */
export class RailwayNetworkError extends RailwayError {
  override name = 'RailwayNetworkError';
  readonly url: string;

  constructor(url: string, cause: unknown) {
    const code = (cause as { code?: unknown } | undefined)?.code;
    const why = typeof code === 'string' ? code : describeThrown(cause);
    super(
      `Could not reach the Railway API at ${url} (${why}). Check the network, or set RAILWAY_API_URL ` +
        '(option apiUrl) if you use another endpoint.',
      { cause },
    );
    this.url = url;
  }
}

/** A request took longer than requestTimeoutMs, or a deployment missed its deadline. */
export class RailwayTimeoutError extends RailwayError {
  override name = 'RailwayTimeoutError';
  /** Last deployment status seen before the deadline, if any. */
  readonly lastStatus?: DeploymentStatus;
  readonly deploymentId?: string;

  constructor(message: string, options: { lastStatus?: DeploymentStatus; deploymentId?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    if (options.lastStatus !== undefined) this.lastStatus = options.lastStatus;
    if (options.deploymentId !== undefined) this.deploymentId = options.deploymentId;
  }
}

/** The deployment ended in FAILED, CRASHED, REMOVED or SKIPPED. */
export class RailwayDeploymentFailedError extends RailwayError {
  override name = 'RailwayDeploymentFailedError';
  readonly deploymentId: string;
  readonly deploymentStatus: DeploymentStatus;

  constructor(deploymentId: string, deploymentStatus: DeploymentStatus) {
    super(
      `Railway deployment ${deploymentId} ended ${deploymentStatus}. Open its build and deploy logs ` +
        `(\`railway logs --deployment ${deploymentId}\` or the dashboard) to see why, fix the cause, then redeploy.`,
    );
    this.deploymentId = deploymentId;
    this.deploymentStatus = deploymentStatus;
  }
}

/** Railway says this deployment cannot be redeployed (`canRedeploy: false`). */
export class RailwayRedeployRefusedError extends RailwayError {
  override name = 'RailwayRedeployRefusedError';
  readonly deploymentId: string;

  constructor(deploymentId: string, status: string) {
    super(
      `Railway reports canRedeploy=false for deployment ${deploymentId} (status ${status}), so it was not redeployed. ` +
        'Wait for the running deployment to settle, or deploy a new build (`railway up` or a push).',
    );
    this.deploymentId = deploymentId;
  }
}

/** A required setting is missing or invalid. */
export class RailwayConfigError extends RailwayError {
  override name = 'RailwayConfigError';
  /** The option that needs a value, e.g. `serviceId`. */
  readonly option: string;
  /** Env var that can provide it, when there is one. */
  readonly envVar?: string;

  constructor(message: string, option: string, envVar?: string) {
    super(message);
    this.option = option;
    if (envVar !== undefined) this.envVar = envVar;
  }
}
