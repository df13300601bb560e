import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { DemoConfig } from '../config.js';
import type { AppContext } from './context.js';
import { createRequestHandler } from './dispatch.js';
import { JsonStore, loadOrCreateSecret, wipeDataDir } from '../store/json-store.js';
import { FAULTS_FILE, FaultBoard } from '../faults/fault-board.js';
import { TokenService } from '../auth/tokens.js';
import { LoginRateLimiter } from '../auth/rate-limiter.js';
import { applyDataDrift, revertDataDrift } from '../domain/data-drift.js';

/** A running backend. */
export interface DemoServer {
  app: AppContext;
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Builds the app state: opens (or seeds) the store, loads the persisted faults, applies startup faults. */
export function createAppContext(config: DemoConfig): AppContext {
  if (config.reset) wipeDataDir(config.dataDir, [FAULTS_FILE]);
  const store = JsonStore.open(config.dataDir);
  const faults = new FaultBoard(config.dataDir);
  faults.onChange((change) => {
    if (change.enabled.includes('data-changed')) applyDataDrift(store);
    if (change.disabled.includes('data-changed')) revertDataDrift(store);
  });
  // The data must agree with the switch even if a previous process died between the two writes.
  if (faults.isOn('data-changed')) applyDataDrift(store);
  else revertDataDrift(store);
  faults.update(config.startupFaults, []);
  return {
    config,
    store,
    faults,
    tokens: new TokenService(loadOrCreateSecret(config.dataDir), config),
    limiter: new LoginRateLimiter(config.loginRateLimit),
    instance: { id: `inst_${randomBytes(6).toString('hex')}`, startedAt: new Date().toISOString() },
  };
}

/** Starts the backend on `config.host:config.port` (0 picks a free port). */
export async function startDemoServer(config: DemoConfig): Promise<DemoServer> {
  const app = createAppContext(config);
  const server = createServer(createRequestHandler(app));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    app,
    server,
    port,
    url: `http://${config.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Slow-page requests may still be waiting: do not let them hold the port.
        server.closeAllConnections();
      }),
  };
}
