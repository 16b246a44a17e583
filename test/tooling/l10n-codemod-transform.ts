// The transforms behind test/tooling/l10n-codemod.ts, as pure functions of source text so they
// can be tested (test/unit/tooling/l10n-codemod.test.ts). Every one is idempotent: running it on
// its own output changes nothing.
import ts from 'typescript';

/** Catalogue key ("signIn.retryIn") → the names of its former positional parameters, in order. */
export type PositionalTable = Record<string, string[]>;

/** The accessor the renderer reads the active language through (renderer/src/strings). */
export const ACCESSOR = 'l10n';

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

function parse(fileName: string, source: string): ts.SourceFile {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
}

/** ICU treats braces as syntax and an apostrophe before one as a quote: keep them literal. */
export function escapeIcu(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}]/g, (c) => `'${c}'`);
}

/** A lone apostrophe is literal in ICU; doubling is only needed next to syntax. */
function tidyApostrophes(icu: string): string {
  return icu.replace(/''(?![{}#|'])/g, "'");
}

export interface CatalogueResult {
  source: string;
  /** Keys converted now, with their parameter order. */
  converted: PositionalTable;
  /** Keys whose function body is more than a template of its parameters: convert by hand. */
  manual: string[];
}

/**
 * In en.ts: `key: (a: string, n: number) => \`… ${a} … ${n}\`` becomes
 * `key: m<{ a: string; n: number }>('… {a} … {n}')`. A body that is not a plain template of
 * the parameters (a ternary, a concatenation) is reported, not guessed at.
 */
export function convertCatalogue(fileName: string, source: string): CatalogueResult {
  const file = parse(fileName, source);
  const edits: Edit[] = [];
  const converted: PositionalTable = {};
  const manual: string[] = [];

  const visit = (node: ts.Node, path: string[]): void => {
    if (ts.isPropertyAssignment(node)) {
      const name = node.name.getText(file).replace(/^['"]|['"]$/g, '');
      const key = [...path, name];
      const init = node.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
        const icu = templateToIcu(init, file);
        if (icu === null) {
          manual.push(key.join('.'));
          return;
        }
        const params = init.parameters.map((p) => p.name.getText(file));
        const types = init.parameters.map((p) => p.type?.getText(file) ?? 'string');
        const argType = params.length
          ? `{ ${params.map((p, i) => `${p}: ${types[i]}`).join('; ')} }`
          : 'Record<never, never>';
        edits.push({
          start: init.getStart(file),
          end: init.getEnd(),
          text: `m<${argType}>(${quote(icu)})`,
        });
        converted[key.join('.')] = params;
        return;
      }
      ts.forEachChild(node, (child) => visit(child, key));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, path));
  };
  ts.forEachChild(file, (child) => visit(child, []));

  let out = applyEdits(source, edits);
  if (edits.length && !/import\s*\{[^}]*\bm\b[^}]*\}\s*from\s*'\.\/message'/.test(out)) {
    // After the file's opening comment, before everything else.
    const header = /^(\/\/.*\n)*/.exec(out)?.[0] ?? '';
    out = `${header}import { m } from './message';\n${out.slice(header.length)}`;
  }
  return { source: out, converted, manual };
}

/** A single-quoted TypeScript string literal of `text`. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function templateToIcu(
  fn: ts.ArrowFunction | ts.FunctionExpression,
  file: ts.SourceFile,
): string | null {
  const params = new Set(fn.parameters.map((p) => p.name.getText(file)));
  let body: ts.Node = fn.body;
  while (ts.isParenthesizedExpression(body)) body = body.expression;
  if (ts.isStringLiteral(body) || ts.isNoSubstitutionTemplateLiteral(body)) {
    return tidyApostrophes(escapeIcu(body.text));
  }
  if (!ts.isTemplateExpression(body)) return null;
  let icu = escapeIcu(body.head.text);
  for (const span of body.templateSpans) {
    const expr = span.expression;
    if (!ts.isIdentifier(expr) || !params.has(expr.text)) return null;
    icu += `{${expr.text}}${escapeIcu(span.literal.text)}`;
  }
  return tidyApostrophes(icu);
}

export interface CallSiteResult {
  source: string;
  /** Places a message is used as a value (passed along uncalled): check them by hand. */
  manual: string[];
}

/** `import { en } from '…/strings/en'` → `import { l10n } from '…/strings'`, `en.x` → `l10n.x`. */
export function renameAccessor(fileName: string, source: string): string {
  const file = parse(fileName, source);
  const edits: Edit[] = [];
  let imported = false;
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!/(^|\/)strings\/en$/.test(from)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const names = bindings.elements.map((e) => e.name.text);
    if (!names.includes('en')) continue;
    imported = true;
    const rest = bindings.elements.filter((e) => e.name.text !== 'en').map((e) => e.getText(file));
    const target = from.replace(/\/en$/, '');
    const accessorImport = `import { ${ACCESSOR} } from '${target}';`;
    const text = rest.length
      ? `${accessorImport}\nimport { ${rest.join(', ')} } from '${from}';`
      : accessorImport;
    edits.push({ start: statement.getStart(file), end: statement.getEnd(), text });
  }
  if (!imported) return source;
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) &&
      node.text === 'en' &&
      (ts.isPropertyAccessExpression(node.parent) || ts.isElementAccessExpression(node.parent)) &&
      node.parent.expression === node
    ) {
      edits.push({ start: node.getStart(file), end: node.getEnd(), text: ACCESSOR });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return applyEdits(source, edits);
}

/** The catalogue key of `l10n.a.b` (property accesses only), or null. */
function keyOf(node: ts.Expression): string | null {
  const parts: string[] = [];
  let at: ts.Expression = node;
  while (ts.isPropertyAccessExpression(at)) {
    parts.unshift(at.name.text);
    at = at.expression;
  }
  return ts.isIdentifier(at) && at.text === ACCESSOR && parts.length ? parts.join('.') : null;
}

function namedArgs(params: string[], args: readonly ts.Expression[], file: ts.SourceFile): string {
  const fields = params.map((p, i) => {
    const arg = args[i];
    const text = arg ? arg.getText(file) : 'undefined';
    return text === p ? p : `${p}: ${text}`;
  });
  return `{ ${fields.join(', ')} }`;
}

const alreadyNamed = (args: readonly ts.Expression[]): boolean =>
  args.length === 1 && args[0] !== undefined && ts.isObjectLiteralExpression(args[0]);

/**
 * Positional calls of catalogue messages become named: `l10n.signIn.retryIn(5)` →
 * `l10n.signIn.retryIn({ seconds: 5 })`, `isolate(l10n.conversation.says, name)` →
 * `isolate(l10n.conversation.says, { name })`.
 */
export function nameArguments(
  fileName: string,
  source: string,
  table: PositionalTable,
): CallSiteResult {
  const file = parse(fileName, source);
  const edits: Edit[] = [];
  const manual: string[] = [];
  const handled = new Set<ts.Node>();
  const where = (node: ts.Node): string =>
    `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const key = keyOf(callee);
      if (key && table[key]) {
        handled.add(callee);
        const params = table[key];
        if (params.length && node.arguments.length && !alreadyNamed(node.arguments)) {
          edits.push({
            start: node.arguments.pos,
            end: node.arguments.end,
            text: namedArgs(params, node.arguments, file),
          });
        }
      } else if (ts.isIdentifier(callee) && callee.text === 'isolate' && node.arguments[0]) {
        const template = node.arguments[0];
        const templateKey = keyOf(template);
        if (templateKey && table[templateKey]) {
          handled.add(template);
          const rest = node.arguments.slice(1);
          if (rest.length && !alreadyNamed(rest)) {
            const first = rest[0];
            const last = rest[rest.length - 1];
            if (first && last) {
              edits.push({
                start: first.getStart(file),
                end: last.getEnd(),
                text: namedArgs(table[templateKey], rest, file),
              });
            }
          }
        }
      }
    }
    if (ts.isPropertyAccessExpression(node) && !handled.has(node)) {
      const key = keyOf(node);
      const parentIsChain =
        ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node;
      if (key && table[key] && !parentIsChain) {
        const call = node.parent;
        const isCallee = ts.isCallExpression(call) && call.expression === node;
        const isIsolateTemplate =
          ts.isCallExpression(call) &&
          ts.isIdentifier(call.expression) &&
          /^isolate(List)?$/.test(call.expression.text) &&
          call.arguments[0] === node;
        if (!isCallee && !isIsolateTemplate)
          manual.push(`${where(node)} ${key} is used as a value`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { source: applyEdits(source, edits), manual };
}
