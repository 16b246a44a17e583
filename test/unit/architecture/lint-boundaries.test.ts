// The lint config enforces the layers (../shared/DESIGN.md, Layers): a wrong import across each
// boundary fails lint, and a right one passes. Through ESLint's Node API with the project's own
// config, on code that exists only in memory.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './import-graph';

const eslint = new ESLint({ cwd: ROOT });

/** The boundary messages lint reports for `source` as if it were the file at `path`. */
async function boundaryErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}/${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'tweener/layer-boundaries')
    .map((m) => m.message);
}

const importing = (specifier: string) => `import * as x from '${specifier}';\nexport { x };\n`;

describe('layer boundaries in the lint config', () => {
  it.each([
    [
      'main/msnp/notification/probe.ts',
      '../../services/account/account-service',
      /main\/msnp may not/,
    ],
    ['main/msnp/probe.ts', '../electron/window-manager', /main\/msnp may not/],
    ['main/msnp/probe.ts', 'electron', /package "electron"/],
    ['main/msnp/probe.ts', 'ws', /package "ws"/],
    ['shared/ipc/probe.ts', '../../main/msnp/client', /shared may not/],
    ['shared/probe.ts', '../preload/index', /shared may not/],
    ['shared/probe.ts', '../renderer/src/stores/ui', /shared may not/],
    ['shared/probe.ts', 'node:fs', /package "node:fs"/],
    ['main/services/probe.ts', 'electron', /package "electron"/],
    ['main/services/handlers/probe.ts', '../../web/harness', /main\/web is off limits/],
    ['main/services/probe.ts', '../electron/desktop-integration', /main\/electron is off limits/],
    ['main/web/probe.ts', '../../test/server', /test is off limits/],
    ['main/probe.ts', '../test/demo/demo-network', /test is off limits/],
    ['preload/probe.ts', '../main/services/app-services', /preload may not/],
    ['preload/probe.ts', '../test/renderer/fakeBridge', /preload may not/],
    ['renderer/src/probe.ts', '../../main/msnp/client', /renderer may not/],
    ['renderer/src/probe.ts', '../../test/renderer/fakeBridge', /renderer may not/],
    ['renderer/src/probe.ts', 'node:fs', /package "node:fs"/],
    ['renderer/src/probe.ts', 'electron', /package "electron"/],
  ])('%s importing %s fails lint', async (path, specifier, message) => {
    const errors = await boundaryErrors(path, importing(specifier));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['main/msnp/notification/probe.ts', '../../../shared/domain'],
    ['main/msnp/probe.ts', 'node:net'],
    ['main/msnp/contacts/probe.ts', '../codec'],
    ['main/services/probe.ts', '../msnp/client'],
    ['main/web/probe.ts', '../services/app-services'],
    ['shared/ipc/probe.ts', '../domain'],
    ['preload/probe.ts', 'electron'],
    ['renderer/src/probe.ts', '../../shared/ipc/events'],
    ['renderer/src/app/probe.ts', '../stores/ui'],
  ])('%s importing %s passes', async (path, specifier) => {
    expect(await boundaryErrors(path, importing(specifier))).toEqual([]);
  });
});
