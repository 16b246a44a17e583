// Thin wiring of main/windows/app-protocol.ts: the app:// scheme is registered as privileged
// before 'ready' and answered from the built renderer folder (inside app.asar when packaged:
// Electron's fs reads from it).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppPath } from '../windows/app-protocol';
import { contentType } from '../windows/content-types';
import { cspFromHtml } from '../windows/csp-meta';

/** Must run before app 'ready' (Electron only takes privileged schemes then). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

/** After 'ready': app://tweener/... answers files of `rendererDir`, and nothing else. */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir));
}

export async function appResponse(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const file = resolveAppPath(request.url, rendererDir);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return new Response(null, { status: 404 });
  const type = contentType(file);
  // The page's own policy as a header too: frame-ancestors only applies from a header.
  const csp = type.startsWith('text/html') ? cspFromHtml(body.toString('utf8')) : null;
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...(csp ? { 'Content-Security-Policy': csp } : {}),
    },
  });
}
