// `npm run demo:reset`: puts the seed data back. If a demo is running it asks it (POST /__reset);
// otherwise it deletes the data files so the next start re-seeds.
import { DemoConfigError, loadDemoConfig } from './config.js';
import { JsonStore, wipeDataDir } from './store/json-store.js';
import { FAULTS_FILE } from './faults/fault-board.js';

async function main(): Promise<number> {
  const config = loadDemoConfig(process.env, process.argv.slice(2));
  const url = `http://${config.host}:${config.port}/__reset`;
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'x-admin-token': config.adminToken }, signal: AbortSignal.timeout(5_000) });
    if (!res.ok) {
      console.error(`demo:reset: ${url} answered ${res.status} ${await res.text()}. Is that the demo, and is DEMO_ADMIN_TOKEN right?`);
      return 1;
    }
    console.log(`demo:reset: the running demo at ${url.replace('/__reset', '')} is back to the seed data (persisted faults off).`);
    return 0;
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNREFUSED') {
      console.error(`demo:reset: could not reach ${url} (${code ?? (err as Error).message}).`);
      return 1;
    }
  }
  wipeDataDir(config.dataDir, [FAULTS_FILE]);
  JsonStore.open(config.dataDir);
  console.log(`demo:reset: no demo running on port ${config.port}; re-seeded ${config.dataDir}.`);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(`demo:reset: ${err instanceof DemoConfigError ? err.message : String(err)}`);
    process.exit(2);
  });
