import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RailwayClient, type RailwayClientOptions } from '../../src/railway/index.js';
import type { RailwayStandIn } from '../standins/railway.js';

/** A client pointed at the stand-in with its project token and ids, polling every ms. */
export function clientFor(standIn: RailwayStandIn, extra: RailwayClientOptions = {}): RailwayClient {
  return new RailwayClient({
    apiUrl: standIn.url,
    projectToken: standIn.state.projectToken,
    serviceId: standIn.state.serviceId,
    environmentId: standIn.state.environmentId,
    pollIntervalMs: 1,
    deadlineMs: 5_000,
    env: {},
    ...extra,
  });
}

/** A plain HTTP server on 127.0.0.1:0. */
export async function startServer(handler: RequestListener): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on which nothing listens: a server is started, its port noted, then it is closed. */
export async function closedPortUrl(path = '/'): Promise<string> {
  const s = await startServer((_req, res) => res.end());
  await s.close();
  return `${s.url}${path}`;
}
