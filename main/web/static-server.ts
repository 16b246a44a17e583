// Serves the built renderer (out/renderer) to the browser, with the same Content-Security-
// Policy the page declares in its meta tag, sent as a header too.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { contentType } from '../windows/content-types';
import { cspFromHtml } from '../windows/csp-meta';
import { isAllowedHost } from './origin';

export { cspFromHtml };

export interface StaticSite {
  handle(request: IncomingMessage, response: ServerResponse, port: number): Promise<void>;
  readonly csp: string;
}

export async function openStaticSite(rootDir: string): Promise<StaticSite> {
  const root = resolve(rootDir);
  const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No built renderer in ${root}: run "electron-vite build" first.`);
  });
  const csp = cspFromHtml(index);
  if (!csp) throw new Error(`${root}/index.html declares no Content-Security-Policy.`);
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };

  return {
    csp,
    async handle(request, response, port) {
      if (!isAllowedHost(request.headers.host, port)) {
        response.writeHead(403).end();
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const relative = pathname === '/' ? 'index.html' : normalize(pathname).replace(/^[/\\]+/, '');
      const file = resolve(root, relative);
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { ...headers, 'Content-Type': contentType(file) });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        // Browsers ask for a favicon on their own; the page declares its icons itself.
        response.writeHead(relative === 'favicon.ico' ? 204 : 404, headers).end();
      }
    },
  };
}
