// `npm run demo:restart`: asks the running demo's supervisor for a new backend process and exits 0
// once the backend is healthy again, non-zero with the reason otherwise.
import { DemoConfigError, loadDemoConfig } from './config.js';

async function main(): Promise<number> {
  const config = loadDemoConfig(process.env, process.argv.slice(2));
  const controlUrl = `http://${config.host}:${config.controlPort}/restart`;
  let res: Response;
  try {
    res = await fetch(controlUrl, { method: 'POST', headers: { 'x-admin-token': config.adminToken }, signal: AbortSignal.timeout(60_000) });
  } catch (err) {
    const reason = (err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    console.error(`demo:restart: cannot reach the control endpoint ${controlUrl} (${reason}). Is the demo running (\`npm run demo\`)? Set DEMO_PORT or DEMO_CONTROL_PORT if it uses other ports.`);
    return 1;
  }
  const body = (await res.json().catch(() => ({}))) as { error?: string; instance?: string; previousInstance?: string; pid?: number; port?: number; tookMs?: number };
  if (!res.ok) {
    const hint = res.status === 401 || res.status === 403 ? ' Set DEMO_ADMIN_TOKEN to the token the demo was started with.' : '';
    console.error(`demo:restart: the control endpoint answered ${res.status}: ${body.error ?? 'no reason given'}.${hint}`);
    return 1;
  }
  const healthUrl = `http://${config.host}:${body.port ?? config.port}/health`;
  try {
    const health = await fetch(healthUrl, { signal: AbortSignal.timeout(5_000) });
    const h = (await health.json()) as { status?: string; instance?: string };
    if (!health.ok || h.status !== 'ok') {
      console.error(`demo:restart: restarted, but ${healthUrl} answers ${health.status} (${h.status ?? 'no status'}).`);
      return 1;
    }
    console.log(`demo:restart: backend restarted in ${body.tookMs} ms: instance ${body.previousInstance ?? '?'} -> ${h.instance} (pid ${body.pid}); ${healthUrl} is ok.`);
    return 0;
  } catch (err) {
    console.error(`demo:restart: restarted, but ${healthUrl} did not answer (${(err as Error).message}).`);
    return 1;
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(`demo:restart: ${err instanceof DemoConfigError ? err.message : String(err)}`);
    process.exit(2);
  });
