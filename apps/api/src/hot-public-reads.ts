import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * One hot read: the path it answers (the slug in the first group), its route label for the
 * metrics, and its handler, which resolves false (or returns null before trying) to leave the
 * request to the regular routes.
 */
export type HotRead = [RegExp, string, (slug: string, req: IncomingMessage, res: ServerResponse) => Promise<boolean> | null];

/**
 * The reads a spike hits (a fair's JSON feed and page) go straight from node's HTTP server to their
 * handlers, before Express sees the request: no router, no middleware, no request id or log line
 * (nginx logs them), only a count in the metrics. They are public, take no input but the slug and
 * answer prebuilt bytes from memory. Everything else, and anything a handler declines (an unknown
 * slug, a database error, a base URL only Express can work out), is handed to Express unchanged,
 * which answers it the usual way. Measured by bench/public-schedule.
 */
export function serveHotReadsFirst(server: Server, reads: HotRead[], count: (method: string, route: string, status: number) => void): void {
  const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (listeners.length !== 1) throw new Error(`expected Express as the only request listener, found ${listeners.length}`);
  const [express] = listeners;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? '';
    if (method === 'GET' || method === 'HEAD') {
      const path = (req.url ?? '').split('?', 1)[0];
      for (const [pattern, route, serve] of reads) {
        const slug = pattern.exec(path)?.[1];
        if (!slug) continue;
        const serving = serve(slug, req, res);
        if (!serving) break;
        serving.then(
          (served) => (served ? count(method, route, res.statusCode) : express(req, res)),
          () => express(req, res),
        );
        return;
      }
    }
    express(req, res);
  });
}
