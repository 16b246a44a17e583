// `electron-vite dev` serves the renderer with inline scripts of its own (React Refresh's
// preamble). The dev page's policy allows exactly those, by hash (never 'unsafe-inline'); the
// built page keeps the strict policy of renderer/index.html.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devCspPlugin, inlineScriptHashes, withScriptSources } from '../../../main/web/dev-csp';
import { cspFromHtml } from '../../../main/web/static-server';

const root = resolve(import.meta.dirname, '../../..');

function directive(csp: string, name: string): string[] {
  const part = csp.split(';').find((p) => p.trim().split(/\s+/)[0] === name);
  return part ? part.trim().split(/\s+/).slice(1) : [];
}

const PREAMBLE =
  'import { injectIntoGlobalHook } from "/@react-refresh";\ninjectIntoGlobalHook(window);';
const sha = `'sha256-${createHash('sha256').update(PREAMBLE).digest('base64')}'`;

describe('dev-server CSP', () => {
  it('hashes inline scripts only, not scripts loaded by src', () => {
    const html = `<script type="module">${PREAMBLE}</script><script type="module" src="/@vite/client"></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha]);
  });

  it('adds sources to script-src and keeps everything else', () => {
    const csp = withScriptSources("default-src 'self'; script-src 'self'; object-src 'none'", [
      sha,
    ]);
    expect(directive(csp, 'script-src')).toEqual(["'self'", sha]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    expect(withScriptSources(csp, [sha])).toBe(csp);
  });

  it('rewrites the served index.html only; the source (built) policy stays strict', async () => {
    const html = await readFile(resolve(root, 'renderer/index.html'), 'utf8');
    const plugin = devCspPlugin();
    expect(plugin.apply).toBe('serve');
    const hook = plugin.transformIndexHtml as { order: string; handler: (html: string) => string };
    expect(hook.order).toBe('post');
    const served = hook.handler(`<script type="module">${PREAMBLE}</script>\n${html}`);
    const policy = cspFromHtml(served) ?? '';
    expect(directive(policy, 'script-src')).toEqual(["'self'", sha]);
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-eval'");
    // Vite's dev server injects CSS as <style> elements: only its page allows inline styles.
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(cspFromHtml(html) ?? '', 'style-src')).toEqual(["'self'"]);
    // No inline script: nothing to change.
    expect(hook.handler(html)).toBe(html);
    expect(directive(cspFromHtml(html) ?? '', 'script-src')).toEqual(["'self'"]);
  });
});
