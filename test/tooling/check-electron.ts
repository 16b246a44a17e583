// `npm run check:electron`: tells whether the installed Electron major is still supported
// (test/tooling/electron-support.ts), from the calendar alone (no network).
// By default an unsupported Electron is a loud warning and exit code 0: a test run must not turn
// red because of the date. With --strict (run by `npm run dist`) it fails: an unsupported
// Electron is not shipped. TWEENER_ALLOW_UNSUPPORTED_ELECTRON=1 overrides that, knowingly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { electronSupport, supportMessage } from './electron-support';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as {
  version: string;
};

const support = electronSupport(version, new Date());
const message = supportMessage(support);
const strict =
  process.argv.includes('--strict') && process.env['TWEENER_ALLOW_UNSUPPORTED_ELECTRON'] !== '1';

if (!message) {
  console.log(`Electron ${version}: supported (latest major estimated: ${support.latest}).`);
} else {
  const bar = '!'.repeat(72);
  console.warn(`\n${bar}\n${message}\n${bar}\n`);
  if (support.status === 'unsupported' && strict) process.exitCode = 1;
}
