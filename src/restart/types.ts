/** What a restart gets from its caller. */
export interface RestartContext {
  /** Aborts the restart (the provider stops waiting and cleans up). */
  signal?: AbortSignal;
  /** Receives progress lines; never secrets. */
  log?: (line: string) => void;
}

/** How a restart went. Providers report failures here instead of throwing. */
export interface RestartOutcome {
  /** `railway`, `command` or `deploy-hook`. */
  provider: string;
  ok: boolean;
  /** One or a few lines for people: what happened, and on failure what to do. */
  detail: string;
  durationMs: number;
  /** Deployment the restart created, when the provider knows it. */
  deploymentId?: string;
  /** The typed error behind a failed outcome, for `instanceof` checks. */
  error?: Error;
}

/** Something that can restart the backend under test: a Railway redeploy, a shell command, a deploy hook. */
export interface RestartProvider {
  readonly name: string;
  restart(ctx: RestartContext): Promise<RestartOutcome>;
}
