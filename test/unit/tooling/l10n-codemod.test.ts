// The localisation codemod (test/tooling/l10n-codemod.ts): what it rewrites, what it leaves to a
// person, and that a second run changes nothing.
import { describe, expect, it } from 'vitest';
import {
  convertCatalogue,
  nameArguments,
  renameAccessor,
} from '../../tooling/l10n-codemod-transform';

const catalogue = `// The catalogue.

export const en = {
  a: {
    plain: 'Plain',
    says: (name: string) => \`\${name} says: {hi}\`,
    count: (n: number, of: number) => \`\${n} of \${of}\`,
    quote: () => "It's {fine}",
    tricky: (n: number) => \`\${n} file\${n === 1 ? '' : 's'}\`,
  },
} as const;
`;

describe('l10n codemod', () => {
  it('turns template functions in en.ts into ICU messages, escaping braces, and lists the rest', () => {
    const out = convertCatalogue('en.ts', catalogue);
    expect(out.source).toContain("// The catalogue.\nimport { m } from './message';\n");
    expect(out.source).toContain("says: m<{ name: string }>('{name} says: \\'{\\'hi\\'}\\''),");
    expect(out.source).toContain("count: m<{ n: number; of: number }>('{n} of {of}'),");
    expect(out.source).toContain("quote: m<Record<never, never>>('It\\'s \\'{\\'fine\\'}\\''),");
    expect(out.source).toContain('tricky: (n: number) =>');
    expect(out.converted).toEqual({ 'a.says': ['name'], 'a.count': ['n', 'of'], 'a.quote': [] });
    expect(out.manual).toEqual(['a.tricky']);
    const again = convertCatalogue('en.ts', out.source);
    expect(again.source).toBe(out.source);
    expect(again.converted).toEqual({});
  });

  it('moves imports and uses of en to l10n, leaving other names called en alone', () => {
    const source = `import { en } from '../../strings/en';
import { APP_NAME, en as other } from '../strings/en';
const x = en.a.plain + en.status[code] + obj.en.a + other.a;
`;
    const out = renameAccessor('x.tsx', source);
    expect(out).toBe(`import { l10n } from '../../strings';
import { APP_NAME, en as other } from '../strings/en';
const x = l10n.a.plain + l10n.status[code] + obj.en.a + other.a;
`);
    expect(renameAccessor('x.tsx', out)).toBe(out);
  });

  it('names positional arguments, in calls and in isolate(), once', () => {
    const table = { 'a.says': ['name'], 'a.count': ['n', 'of'] };
    const source = `const s = l10n.a.says(who) + l10n.a.count(n, total);
const node = isolate(l10n.a.says, name);
const f = l10n.a.count;
`;
    const out = nameArguments('x.tsx', source, table);
    expect(out.source).toBe(`const s = l10n.a.says({ name: who }) + l10n.a.count({ n, of: total });
const node = isolate(l10n.a.says, { name });
const f = l10n.a.count;
`);
    expect(out.manual).toEqual(['x.tsx:3 a.count is used as a value']);
    expect(nameArguments('x.tsx', out.source, table).source).toBe(out.source);
  });
});
