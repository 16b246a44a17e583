// `npx tsx test/tooling/l10n-codemod.ts [--check]`: moves renderer code onto the localised
// catalogue. Re-run it after merging a branch that still uses the English-only one; running it
// again changes nothing.
//  1. renderer/src/strings/en.ts: a function entry `(name: string) => \`${name} says:\`` becomes
//     `m<{ name: string }>('{name} says:')`; its parameter order is kept in
//     l10n-positional-args.json for step 3. Bodies it cannot read (ternaries, concatenation,
//     plurals done by hand) are listed: write those as ICU messages by hand.
//  2. Every renderer file: `import { en } from '…/strings/en'` → `import { l10n } from
//     '…/strings'`, `en.x.y` → `l10n.x.y`.
//  3. Positional calls become named: `l10n.signIn.retryIn(5)` → `l10n.signIn.retryIn({ seconds:
//     5 })`, also inside `isolate(l10n.conversation.says, name)`. A message passed along as a
//     value is listed for a hand edit.
// Then new keys are missing from pt-BR.ts: test/renderer/strings/catalogue-parity.test.ts names them.
// --check changes nothing and exits 1 when a file would change.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import type { PositionalTable } from './l10n-codemod-transform';
import { convertCatalogue, nameArguments, renameAccessor } from './l10n-codemod-transform';

const root = resolve(import.meta.dirname, '../..');
const tablePath = join(import.meta.dirname, 'l10n-positional-args.json');
const catalogue = join(root, 'renderer/src/strings/en.ts');
const check = process.argv.includes('--check');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

async function formatted(path: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

const changed: string[] = [];
const manual: string[] = [];

async function write(path: string, before: string, after: string): Promise<void> {
  if (after === before) return;
  const pretty = await formatted(path, after);
  if (pretty === before) return;
  changed.push(relative(root, path));
  if (!check) writeFileSync(path, pretty);
}

const table = JSON.parse(readFileSync(tablePath, 'utf8')) as PositionalTable;

const enBefore = readFileSync(catalogue, 'utf8');
const enResult = convertCatalogue(catalogue, enBefore);
Object.assign(table, enResult.converted);
manual.push(...enResult.manual.map((key) => `en.ts ${key}: write it as an ICU message by hand`));
await write(catalogue, enBefore, enResult.source);
const sortedTable = Object.fromEntries(
  Object.entries(table).sort(([a], [b]) => a.localeCompare(b)),
);
const tableText = await formatted(tablePath, JSON.stringify(sortedTable));
if (tableText !== readFileSync(tablePath, 'utf8')) {
  changed.push(relative(root, tablePath));
  if (!check) writeFileSync(tablePath, tableText);
}

const sources = [
  ...filesUnder(join(root, 'renderer/src')),
  ...filesUnder(join(root, 'test/renderer')),
].filter(
  // The catalogues themselves, and the tests that read them raw.
  (path) =>
    !path.includes(join('renderer', 'src', 'strings')) &&
    !path.includes(join('test', 'renderer', 'strings')),
);
for (const path of sources) {
  const before = readFileSync(path, 'utf8');
  const renamed = renameAccessor(path, before);
  const named = nameArguments(relative(root, path), renamed, table);
  manual.push(...named.manual);
  await write(path, before, named.source);
}

console.log(
  changed.length
    ? `${check ? 'Would change' : 'Changed'}:\n  ${changed.join('\n  ')}`
    : 'Nothing to change.',
);
if (manual.length) console.log(`By hand:\n  ${manual.join('\n  ')}`);
if (check && changed.length) process.exitCode = 1;
