// The renderer's Content-Security-Policy while `electron-vite dev` serves it. The production
// policy (renderer/index.html) allows own scripts only. The dev server adds inline scripts of
// its own (@vitejs/plugin-react's React Refresh preamble): rather than 'unsafe-inline', the
// dev page's policy names exactly those scripts by hash. The HMR WebSocket is same-origin
// ('self'). Vite's dev server also injects each CSS file as a <style> element (the built page
// links a stylesheet instead), so the dev page alone gets style-src 'unsafe-inline'. The plugin
// applies to `serve` only, so the built page keeps the strict policy.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { cspFromHtml } from './static-server';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const CSP_META = /(<meta\s+[^>]*http-equiv=["']Content-Security-Policy["'][^>]*content=")[^"]*(")/i;

/** 'sha256-…' sources for every inline script in the page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}

/** The policy with these script sources added to script-src. */
export function withScriptSources(csp: string, sources: string[]): string {
  return withSources(csp, 'script-src', sources);
}

/** The policy with these sources added to one directive (created when missing). */
export function withSources(csp: string, directive: string, sources: string[]): string {
  const parts = csp.split(';').map((part) => part.trim());
  const index = parts.findIndex((part) => part.split(/\s+/)[0] === directive);
  const current = index >= 0 ? (parts[index] ?? '') : directive;
  const words = current.split(/\s+/);
  const next = [current, ...sources.filter((s) => !words.includes(s))].join(' ');
  if (index >= 0) parts[index] = next;
  else parts.push(next);
  return parts.filter(Boolean).join('; ');
}

/** Dev server only: lets the page's own inline scripts run, by hash. */
export function devCspPlugin(): Plugin {
  return {
    name: 'tweener-dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      // After the other plugins have injected their tags.
      order: 'post',
      handler(html) {
        const csp = cspFromHtml(html);
        const hashes = inlineScriptHashes(html);
        if (!csp || hashes.length === 0) return html;
        const dev = withSources(withScriptSources(csp, hashes), 'style-src', ["'unsafe-inline'"]);
        return html.replace(
          CSP_META,
          (_match, head: string, tail: string) => `${head}${dev}${tail}`,
        );
      },
    },
  };
}
