// Services that accept the connection and never answer: a TCP server that reads and stays silent, and
// an HTTP server that reads the request and never ends the response. They log what arrived and when,
// so a test can check which service was called first.
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface HungService {
  url: string;
  /** What arrived: for HTTP `METHOD /path`, for TCP the first bytes; `at` is Date.now(). */
  received: { what: string; at: number }[];
  close(): Promise<void>;
}

/** TCP: accepts, reads, never writes a byte (an LLM host or webhook that hangs before any HTTP). */
export async function startHungTcp(): Promise<HungService> {
  const sockets = new Set<Socket>();
  const received: HungService['received'] = [];
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', (d: Buffer) => received.push({ what: d.toString('latin1').split('\r\n')[0] ?? '', at: Date.now() }));
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** HTTP: reads the request, sends the status line and headers, never ends the body. */
export async function startHungHttp(options: { headersFirst?: boolean } = {}): Promise<HungService> {
  const open = new Set<ServerResponse>();
  const received: HungService['received'] = [];
  const server = createHttpServer((req, res) => {
    received.push({ what: `${req.method} ${req.url?.split('?')[0]}`, at: Date.now() });
    req.resume();
    open.add(res);
    res.on('close', () => open.delete(res));
    if (options.headersFirst) res.writeHead(200, { 'content-type': 'application/json' }).write('{');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
