import { RailwayClient, type RailwayClientOptions, type RedeployAndWaitOptions } from '../railway/index.js';
import type { RestartContext, RestartOutcome, RestartProvider } from './types.js';
import { describeThrown } from '../common/errors.js';

export interface RailwayRestartOptions extends RailwayClientOptions {
  /** How to redeploy; see {@link RedeployAndWaitOptions.strategy}. Default `service`. */
  strategy?: RedeployAndWaitOptions['strategy'];
  /** Use this client instead of building one from the options (tests, shared clients). */
  client?: RailwayClient;
}

/** Restarts by redeploying the Railway service and waiting for the new deployment to reach SUCCESS. */
export class RailwayRestartProvider implements RestartProvider {
  readonly name = 'railway';
  private readonly client: RailwayClient;
  private readonly strategy: RedeployAndWaitOptions['strategy'];

  /** Throws RailwayConfigError for an invalid URL or number; missing ids surface from restart(). */
  constructor(options: RailwayRestartOptions = {}) {
    const { client, strategy, ...clientOptions } = options;
    this.client = client ?? new RailwayClient(clientOptions);
    this.strategy = strategy ?? 'service';
  }

  async restart(ctx: RestartContext = {}): Promise<RestartOutcome> {
    const start = Date.now();
    try {
      const result = await this.client.redeployAndWait({
        strategy: this.strategy,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        ...(ctx.log ? { log: ctx.log } : {}),
      });
      return {
        provider: this.name,
        ok: true,
        detail: `Railway deployment ${result.deploymentId} reached ${result.status} after ${result.polls} polls.`,
        durationMs: Date.now() - start,
        deploymentId: result.deploymentId,
      };
    } catch (err) {
      const error = err instanceof Error ? err : new Error(describeThrown(err));
      const deploymentId = (error as { deploymentId?: unknown }).deploymentId;
      return {
        provider: this.name,
        ok: false,
        detail: error.message,
        durationMs: Date.now() - start,
        ...(typeof deploymentId === 'string' ? { deploymentId } : {}),
        error,
      };
    }
  }
}
