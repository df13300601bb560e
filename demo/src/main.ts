// `npm run demo`: the supervisor. It forks the backend (demo/src/backend.ts) and serves the control
// endpoint that restarts it. Options and env vars: demo/README.md.
import { DemoConfigError, loadDemoConfig } from './config.js';
import { Supervisor } from './supervisor/supervisor.js';
import { startControlServer } from './supervisor/control-server.js';
import { DEMO_USER } from './store/seed.js';

async function main(): Promise<void> {
  const config = loadDemoConfig(process.env, process.argv.slice(2));
  const supervisor = new Supervisor({ config });
  await supervisor.start();
  const control = await startControlServer(supervisor, { host: config.host, port: config.controlPort, adminToken: config.adminToken }).catch(async (err: unknown) => {
    await supervisor.stop();
    throw err;
  });
  console.log(`demo: listening on ${supervisor.url}`);
  console.log(`demo: control on ${control.url} (POST /restart with x-admin-token)`);
  console.log(`demo: sign in as ${DEMO_USER.email} / ${DEMO_USER.password}; data in ${config.dataDir}`);
  if (config.startupFaults.length > 0) console.log(`demo: faults on at start: ${config.startupFaults.join(', ')}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([supervisor.stop(), control.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof DemoConfigError) {
    console.error(`demo: ${err.message}`);
    process.exit(err.status);
  }
  console.error(`demo: failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
