// doctor's service checks: GitHub (token, repo access) and Railway (token, latest deployment).
import { Octokit } from '../github/octokit.js';
import { RailwayAuthError, RailwayClient, RailwayError } from '../railway/index.js';
import { check, envValue, type DoctorCheck, type DoctorContext } from './doctor-types.js';
import { describeThrown } from '../common/errors.js';

const SILENT = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const GITHUB_SCOPES = 'contents, pull-requests and issues: write';

/** GitHub: GITHUB_TOKEN + GITHUB_REPOSITORY, then `GET /repos/{owner}/{repo}` through octokit. */
export async function githubCheck(ctx: DoctorContext, apiUrl?: string): Promise<DoctorCheck> {
  const token = envValue(ctx.env, 'GITHUB_TOKEN');
  const repository = envValue(ctx.env, 'GITHUB_REPOSITORY');
  if (!token && !repository) {
    return check('github', 'WARN', 'GITHUB_TOKEN and GITHUB_REPOSITORY are not set: healwright will not open pull requests or issues.', `Optional: export GITHUB_TOKEN=<token with ${GITHUB_SCOPES}> GITHUB_REPOSITORY=owner/repo`);
  }
  if (!token) {
    return check('github', 'WARN', `GITHUB_REPOSITORY=${repository} but GITHUB_TOKEN is not set: no pull requests or issues.`, `export GITHUB_TOKEN=<token with ${GITHUB_SCOPES}> (in Actions: env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }})`);
  }
  if (!repository) {
    return check('github', 'WARN', 'GITHUB_TOKEN is set but GITHUB_REPOSITORY is not: no repository to check or to open pull requests in.', 'export GITHUB_REPOSITORY=owner/repo (GitHub Actions sets it)');
  }
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
  if (!m) return check('github', 'FAIL', `GITHUB_REPOSITORY=${repository} is not owner/repo.`, 'export GITHUB_REPOSITORY=owner/repo');
  const [, owner = '', repo = ''] = m;
  const baseUrl = apiUrl ?? envValue(ctx.env, 'GITHUB_API_URL');
  const octokit = new Octokit({ auth: token, ...(baseUrl ? { baseUrl } : {}), log: SILENT, retry: { enabled: false }, throttle: { enabled: false } });
  try {
    const { data } = await octokit.rest.repos.get({ owner, repo, request: { signal: AbortSignal.timeout(ctx.timeoutMs) } });
    const branch = `default branch ${data.default_branch}`;
    if (data.archived) return check('github', 'WARN', `${data.full_name} is archived: pull requests and issues cannot be opened.`, 'Unarchive the repository or point GITHUB_REPOSITORY elsewhere.');
    if (data.permissions && !data.permissions.push) {
      return check('github', 'WARN', `The token can read ${data.full_name} (${branch}) but cannot push: fix pull requests will fail.`, `Give the token ${GITHUB_SCOPES}.`);
    }
    return check('github', 'OK', `The token can access ${data.full_name} (${branch}${data.permissions ? ', push allowed' : ''}).`);
  } catch (err) {
    const e = err as { status?: number; message?: string; response?: { data?: { message?: unknown } } };
    if (!e.response) {
      return check('github', 'FAIL', `Could not reach the GitHub API${baseUrl ? ` at ${baseUrl}` : ''} (${e.message ?? String(err)}).`, 'Check the network, a proxy, or GITHUB_API_URL (GitHub Enterprise: https://<host>/api/v3).');
    }
    // GitHub's own message, without the documentation link octokit appends.
    const said = typeof e.response.data?.message === 'string' ? e.response.data.message : e.message;
    if (e.status === 401) return check('github', 'FAIL', `GitHub rejected GITHUB_TOKEN (401 ${said}).`, 'Create a new token and export GITHUB_TOKEN=<token>; check it has not expired.');
    if (e.status === 404) {
      return check('github', 'FAIL', `${repository} was not found with this token (404): it does not exist, or the token has no access to it.`, `Check GITHUB_REPOSITORY and grant the token access to ${repository} (${GITHUB_SCOPES}).`);
    }
    if (e.status === 403) return check('github', 'FAIL', `GitHub refused access to ${repository} (403 ${said}).`, 'Rate limit or SSO: authorise the token for the organisation, or wait for the limit to reset.');
    return check('github', 'FAIL', `GitHub answered ${e.status} for ${repository}: ${said}.`, 'Try again later; check the GitHub status page if it persists.');
  }
}

/** Railway: a token, and with service and environment ids, the latest deployment through RailwayClient. */
export async function railwayCheck(ctx: DoctorContext): Promise<DoctorCheck> {
  const { env } = ctx;
  const hasToken = !!(envValue(env, 'RAILWAY_TOKEN') || envValue(env, 'RAILWAY_API_TOKEN'));
  const ids = { service: envValue(env, 'RAILWAY_SERVICE_ID'), environment: envValue(env, 'RAILWAY_ENVIRONMENT_ID') };
  const setup = 'export RAILWAY_TOKEN=<project token> RAILWAY_SERVICE_ID=<id> RAILWAY_ENVIRONMENT_ID=<id> (ids: `railway status --json`)';
  if (!hasToken && !ids.service && !ids.environment) {
    return check('railway', 'WARN', 'Neither RAILWAY_TOKEN nor RAILWAY_API_TOKEN is set, so restart-backend cannot redeploy through Railway.', `Optional: ${setup}, or configure a deploy hook or command restart provider.`);
  }
  if (!hasToken) return check('railway', 'FAIL', 'Railway ids are set but neither RAILWAY_TOKEN nor RAILWAY_API_TOKEN is: redeploys will be refused.', setup);
  if (!ids.service || !ids.environment) {
    const missing = [!ids.service && 'RAILWAY_SERVICE_ID', !ids.environment && 'RAILWAY_ENVIRONMENT_ID'].filter(Boolean).join(' and ');
    return check('railway', 'WARN', `A Railway token is set, but ${missing} is not: nothing to redeploy, access not checked.`, setup);
  }
  try {
    const client = new RailwayClient({ env, requestTimeoutMs: ctx.timeoutMs, maxRetries: 0 });
    const latest = await client.latestDeployment();
    if (!latest) return check('railway', 'WARN', 'Token accepted, but the service has never been deployed: there is nothing to redeploy.', 'Deploy the service once in Railway.');
    const state = `latest deployment ${latest.id} is ${latest.status}${latest.canRedeploy ? '' : ', cannot be redeployed'}`;
    if (!latest.canRedeploy) return check('railway', 'WARN', `Token accepted; ${state}.`, 'Deploy the service again in Railway so a redeployable deployment exists.');
    return check('railway', 'OK', `Token accepted; ${state}.`);
  } catch (err) {
    if (err instanceof RailwayError) return check('railway', 'FAIL', err.message, err instanceof RailwayAuthError ? `Check ${err.auth.envVar}.` : undefined);
    return check('railway', 'FAIL', `Railway check failed: ${describeThrown(err)}`);
  }
}
