import { CommandRestartProvider } from './command.js';
import { DeployHookRestartProvider } from './deploy-hook.js';
import { RailwayRestartProvider } from './railway.js';
import { parseRestartProviderConfig, type RestartProviderConfig } from './schema.js';
import type { RestartProvider } from './types.js';
import { processEnv } from '../config/process-env.js';

type RailwayConfig = Extract<RestartProviderConfig, { type: 'railway' }>;

/**
 * Builds the provider a config asks for, after validating it (throws RestartConfigError naming
 * the bad key). `env` feeds the Railway client's `RAILWAY_*` lookups and the command's environment.
 */
export function createRestartProvider(config: RestartProviderConfig, env: NodeJS.ProcessEnv = processEnv()): RestartProvider {
  // Functions and dispatchers are not config data: validate the rest, pass them on as they are.
  const { dispatcher, sleep, log, env: ownEnv, ...data } = config as RailwayConfig;
  const parsed = parseRestartProviderConfig(data);
  switch (parsed.type) {
    case 'railway': {
      const { type: _type, ...options } = parsed;
      return new RailwayRestartProvider({
        ...options,
        env: ownEnv ?? env,
        ...(dispatcher ? { dispatcher } : {}),
        ...(sleep ? { sleep } : {}),
        ...(log ? { log } : {}),
      });
    }
    case 'command': {
      const { type: _type, ...options } = parsed;
      return new CommandRestartProvider({ ...options, env });
    }
    case 'deploy-hook': {
      const { type: _type, ...options } = parsed;
      return new DeployHookRestartProvider(options);
    }
  }
}
