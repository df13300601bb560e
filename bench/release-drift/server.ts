// A tiny static server for one unpacked release: the files as the package ships them, a few text
// rewrites (the deploy step: point the app at a local spec instead of a public one), and, for the
// break-back runs, a script in every HTML page that keeps removing the labelled elements.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Removal } from './types.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

export interface Rewrite {
  /** Path of the file inside the served root, forward slashes. */
  file: string;
  from: string;
  to: string;
}

export interface ServeOptions {
  root: string;
  rewrites?: Rewrite[];
  /** Extra files served from memory, by path (e.g. the local OpenAPI document). */
  extra?: Record<string, string>;
  /** Elements to remove from every page as soon as they appear or come to match, a class put on them later included (`.open`, `.focus`) (break-back): CSS, and text they hold. */
  remove?: Removal[];
}

function removerScript(removals: Removal[]): string {
  const list = JSON.stringify(removals).replace(/</g, '\\u003c');
  return `<script>(function(){var r=${list};function rm(){r.forEach(function(x){document.querySelectorAll(x.css).forEach(function(e){if(!x.text||(e.textContent||'').indexOf(x.text)>=0)e.remove();});});}new MutationObserver(rm).observe(document.documentElement,{childList:true,subtree:true,characterData:true,attributes:true});document.addEventListener('DOMContentLoaded',rm);})();</script>`;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port); resolves once listening. */
export async function serveRelease(opts: ServeOptions): Promise<RunningServer> {
  const root = path.resolve(opts.root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const ext = path.extname(rel).toLowerCase();
      let body: Buffer | string;
      const extra = opts.extra?.[rel];
      if (extra !== undefined) body = extra;
      else {
        const file = path.resolve(root, rel);
        if (!file.startsWith(root + path.sep)) {
          res.writeHead(403).end();
          return;
        }
        try {
          body = await readFile(file);
        } catch {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
      }
      const rewrites = (opts.rewrites ?? []).filter((r) => r.file === rel);
      if (rewrites.length || (ext === '.html' && opts.remove?.length)) {
        let text = body.toString();
        for (const r of rewrites) text = text.split(r.from).join(r.to);
        if (ext === '.html' && opts.remove?.length) {
          const at = text.search(/<head[^>]*>/i);
          const script = removerScript(opts.remove);
          text = at >= 0 ? text.replace(/<head[^>]*>/i, (h) => h + script) : script + text;
        }
        body = text;
      }
      // An extra route without an extension (`api/books`) that holds JSON is an API answer: say so, or
      // the app under test shows a file download instead of the body.
      const json = extra !== undefined && ext === '' && /^\s*[[{]/.test(body.toString());
      res.writeHead(200, { 'content-type': json ? 'application/json' : (TYPES[ext] ?? 'application/octet-stream'), 'cache-control': 'no-store' }).end(body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
