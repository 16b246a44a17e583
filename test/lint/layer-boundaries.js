// An ESLint rule for the layers of ../shared/DESIGN.md: which folders and packages a file may
// import from. Relative imports are resolved against the importing file, so `../../services`
// from main/msnp is caught whatever its depth; `@shared/...` is resolved to shared/. Options (all optional):
//   allowDirs      the only folders (repo-relative) a relative import may reach
//   forbidDirs     folders a relative import may not reach
//   allowPackages  the only packages allowed ('node:*' matches every node: module)
//   forbidPackages packages that may not be imported
import { dirname, relative, resolve, sep } from 'node:path';

const within = (path, dir) => path === dir || path.startsWith(`${dir}/`);

function packageMatches(specifier, pattern) {
  if (pattern.endsWith('*')) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern || specifier.startsWith(`${pattern}/`);
}

export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each layer to the folders and packages it may import.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          allowDirs: { type: 'array', items: { type: 'string' } },
          forbidDirs: { type: 'array', items: { type: 'string' } },
          allowPackages: { type: 'array', items: { type: 'string' } },
          forbidPackages: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      dir: '{{layer}} may not import {{target}} ({{why}}).',
      pkg: '{{layer}} may not import the package "{{target}}".',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const layer = options.layer ?? 'This layer';
    const root = context.cwd;
    const here = dirname(context.filename);
    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      // `@shared/...` is the path alias of the top-level shared/ folder (tsconfig paths).
      const aliased = specifier.startsWith('@shared/') || specifier === '@shared';
      if (specifier.startsWith('.') || aliased) {
        const path = aliased
          ? resolve(root, 'shared', specifier.slice('@shared/'.length))
          : resolve(here, specifier);
        const target = relative(root, path).split(sep).join('/');
        const outsideAllowed =
          options.allowDirs && !options.allowDirs.some((dir) => within(target, dir));
        const forbidden = options.forbidDirs?.find((dir) => within(target, dir));
        if (outsideAllowed || forbidden) {
          const why = forbidden
            ? `${forbidden} is off limits`
            : `only ${options.allowDirs.join(', ')}`;
          context.report({ node, messageId: 'dir', data: { layer, target, why } });
        }
        return;
      }
      const notAllowed =
        options.allowPackages &&
        !options.allowPackages.some((pattern) => packageMatches(specifier, pattern));
      const forbidden = options.forbidPackages?.some((pattern) =>
        packageMatches(specifier, pattern),
      );
      if (notAllowed || forbidden) {
        context.report({ node, messageId: 'pkg', data: { layer, target: specifier } });
      }
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node.source, node.source.value),
    };
  },
};

export const tweenerPlugin = { rules: { 'layer-boundaries': layerBoundaries } };
