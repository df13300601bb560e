export { RailwayClient } from './client.js';
export type { CallOptions, RedeployAndWaitOptions, RedeployResult, WaitForDeploymentOptions } from './client.js';
export { DEFAULT_RAILWAY_API_URL, resolveRailwayOptions } from './options.js';
export type { RailwayClientOptions, ResolvedRailwayOptions, SleepFn } from './options.js';
export { DEPLOYMENT_STATUSES, FAILED_STATUSES, isKnownDeploymentStatus } from './queries.js';
export type { DeploymentStatus, KnownDeploymentStatus, RailwayDeployment } from './queries.js';
export { RETRY_POLICY, parseRetryAfter } from './transport.js';
export {
  RailwayAuthError,
  RailwayConfigError,
  RailwayDeploymentFailedError,
  RailwayError,
  RailwayGraphQLError,
  RailwayNetworkError,
  RailwayRateLimitError,
  RailwayRedeployRefusedError,
  RailwayTimeoutError,
} from './errors.js';
export type { GraphQLErrorEntry, RailwayAuthInfo } from './errors.js';
