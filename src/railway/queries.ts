/** Railway's `DeploymentStatus` enum (railwayapp/cli `src/gql/schema.json`). */
export const DEPLOYMENT_STATUSES = [
  'BUILDING',
  'CRASHED',
  'DEPLOYING',
  'FAILED',
  'INITIALIZING',
  'NEEDS_APPROVAL',
  'QUEUED',
  'REMOVED',
  'REMOVING',
  'SKIPPED',
  'SLEEPING',
  'SUCCESS',
  'WAITING',
] as const;

export type KnownDeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/**
 * A deployment status. Values Railway adds later pass through as plain strings (and count as
 * still in progress) instead of breaking the client.
 */
export type DeploymentStatus = KnownDeploymentStatus | (string & {});

/** Statuses after which a deployment will never reach SUCCESS. */
export const FAILED_STATUSES: ReadonlySet<string> = new Set<KnownDeploymentStatus>(['FAILED', 'CRASHED', 'REMOVED', 'SKIPPED']);

/** What we read about a deployment. */
export interface RailwayDeployment {
  id: string;
  status: DeploymentStatus;
  canRedeploy: boolean;
}

/** A GraphQL document plus the top-level field it asks for (named in errors). */
export interface Operation {
  field: string;
  query: string;
}

// Shapes follow railwayapp/cli's own documents: scalar-returning mutations carry no selection set.
export const LATEST_DEPLOYMENT: Operation = {
  field: 'serviceInstance',
  query: `query LatestDeployment($environmentId: String!, $serviceId: String!) {
  serviceInstance(environmentId: $environmentId, serviceId: $serviceId) {
    latestDeployment { id status canRedeploy }
  }
}`,
};

export const DEPLOYMENT: Operation = {
  field: 'deployment',
  query: `query Deployment($id: String!) {
  deployment(id: $id) { id status canRedeploy }
}`,
};

export const DEPLOYMENT_STATUS: Operation = {
  field: 'deployment',
  query: `query DeploymentStatus($id: String!) {
  deployment(id: $id) { status }
}`,
};

export const SERVICE_INSTANCE_REDEPLOY: Operation = {
  field: 'serviceInstanceRedeploy',
  query: `mutation ServiceInstanceRedeploy($environmentId: String!, $serviceId: String!) {
  serviceInstanceRedeploy(environmentId: $environmentId, serviceId: $serviceId)
}`,
};

export const DEPLOYMENT_REDEPLOY: Operation = {
  field: 'deploymentRedeploy',
  query: `mutation DeploymentRedeploy($id: String!) {
  deploymentRedeploy(id: $id) { id status canRedeploy }
}`,
};

export function isKnownDeploymentStatus(value: unknown): value is KnownDeploymentStatus {
  return typeof value === 'string' && (DEPLOYMENT_STATUSES as readonly string[]).includes(value);
}
