/**
 * A minimal static server for the browser benchmarks: `dist/` as built, and optionally the dataset
 * from memory in place of `data/timeline.json`. A real HTTP response, as a static host would give it:
 * intercepting the request with Playwright's `route.fulfill` passes the body through the driver's
 * protocol instead, which takes over a second for a 12 MB dataset and is not what a reader waits for.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Serves `body` as `data/timeline.json` from now on (undefined: the file in dist/). */
  setDataset(body: string | undefined): void;
  close(): Promise<void>;
}

/** Serves `root` (default `dist/`) on 127.0.0.1:`port`. */
export async function startStaticServer(
  port: number,
  root = resolve('dist'),
): Promise<StaticServer> {
  let dataset: Buffer | undefined;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const relative = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
      try {
        const body =
          dataset && relative === '/data/timeline.json'
            ? dataset
            : await readFile(join(root, relative));
        response.writeHead(200, {
          'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}/`,
    setDataset(body) {
      dataset = body === undefined ? undefined : Buffer.from(body);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
