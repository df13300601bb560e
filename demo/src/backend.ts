// The backend process the supervisor forks. It reads its config from DEMO_BACKEND_CONFIG,
// tells the parent its port over IPC, and exits when the parent goes away.
import type { DemoConfig } from './config.js';
import { startDemoServer } from './app/server.js';

/** Message a backend sends its supervisor once it listens. */
export interface BackendReady {
  type: 'ready';
  port: number;
  instance: string;
}

async function main(): Promise<void> {
  const raw = process.env.DEMO_BACKEND_CONFIG;
  if (!raw) {
    console.error('demo backend: DEMO_BACKEND_CONFIG is not set. Start the demo with `npm run demo`, which runs this process for you.');
    process.exit(2);
  }
  const config = JSON.parse(raw) as DemoConfig;
  const demo = await startDemoServer(config);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void demo.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('disconnect', shutdown);
  const ready: BackendReady = { type: 'ready', port: demo.port, instance: demo.app.instance.id };
  process.send?.(ready);
}

main().catch((err: unknown) => {
  console.error('demo backend: failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
