// @ts-check
/**
 * A local ESLint rule that keeps the layers of src/ apart (see docs/decisions and
 * shared/docs/architecture.md):
 *   - a feature never imports another feature: src/features/<a>/** ↛ src/features/<b>/**
 *   - shared code never imports upwards: src/{components,lib,api,config}/** ↛ src/{features,app}/**
 *   - features never import the app layer: src/features/** ↛ src/app/**
 *   - nothing in src/ imports mocks/, except the dynamic import() in src/main.tsx that loads the
 *     embedded mock API into its own chunk (and co-located *.test.ts(x) files, which configure it).
 *
 * Why a local rule rather than eslint-plugin-boundaries or no-restricted-imports: both match the
 * import *string*, and the same file can be reached as `@/features/x/…`, `@mocks/…` or
 * `../../x/…` at any depth. Boundaries needs an import resolver that understands the tsconfig
 * `@/` alias (eslint-import-resolver-typescript, not installed); no-restricted-imports cannot
 * express "a relative path that climbs out of this feature". This rule resolves every specifier
 * to a project path (alias or relative) and then checks the layers, with no extra dependency.
 */
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const aliases = [
  { prefix: '@/', dir: 'src/' },
  { prefix: '@mocks/', dir: 'mocks/' },
];
const SHARED = ['components', 'lib', 'api', 'config'];

/** The importing or imported file as a project-relative POSIX path, or null for a package. */
function resolveSpecifier(fromFile, specifier) {
  for (const { prefix, dir } of aliases) {
    if (specifier.startsWith(prefix)) return dir + specifier.slice(prefix.length);
  }
  if (specifier === '@mocks') return 'mocks/';
  if (specifier.startsWith('.')) {
    const abs = path.resolve(path.dirname(fromFile), specifier);
    return path.relative(root, abs).split(path.sep).join('/');
  }
  if (path.isAbsolute(specifier)) return path.relative(root, specifier).split(path.sep).join('/');
  return null;
}

/** `src/features/memos/x.ts` → { layer: 'features', feature: 'memos' } */
function classify(file) {
  if (file === 'mocks' || file.startsWith('mocks/')) return { layer: 'mocks', feature: null };
  const match = /^src\/([^/]+)(?:\/([^/]+))?/.exec(file);
  if (!match) return { layer: 'outside', feature: null };
  const [, layer, sub] = match;
  return { layer, feature: layer === 'features' ? (sub ?? null) : null };
}

/** @type {import('eslint').Rule.RuleModule} */
const importLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep features apart and imports flowing one way (shared → features → app).' },
    schema: [],
    messages: {
      crossFeature:
        "Feature '{{from}}' may not import feature '{{to}}': move the shared part to src/components, src/lib or src/api.",
      upwards: 'src/{{from}} is shared code and may not import from src/{{to}}.',
      featureToApp: 'Features may not import from src/app: pass what they need as props or move it down.',
      mocks: 'Application code may not import mocks/ (only src/main.tsx loads the mock API, with a dynamic import()).',
    },
  },
  create(context) {
    const fromFile = path.relative(root, context.filename).split(path.sep).join('/');
    const from = classify(fromFile);
    if (from.layer === 'outside' || from.layer === 'mocks') return {};
    const isTest = /\.test\.tsx?$/.test(fromFile);

    /** @param {import('estree').Node & { source?: any }} node */
    function check(node, dynamic) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSpecifier(context.filename, source.value);
      if (target === null) return;
      const to = classify(target);
      if (to.layer === 'mocks') {
        if (dynamic && fromFile === 'src/main.tsx') return;
        if (isTest) return; // tests drive the app against the mock API and may configure it
        context.report({ node: source, messageId: 'mocks' });
        return;
      }
      if (
        from.layer === 'features' &&
        to.layer === 'features' &&
        from.feature &&
        to.feature &&
        from.feature !== to.feature
      ) {
        context.report({ node: source, messageId: 'crossFeature', data: { from: from.feature, to: to.feature } });
        return;
      }
      if (SHARED.includes(from.layer) && (to.layer === 'features' || to.layer === 'app')) {
        context.report({ node: source, messageId: 'upwards', data: { from: from.layer, to: to.layer } });
        return;
      }
      if (from.layer === 'features' && to.layer === 'app') {
        context.report({ node: source, messageId: 'featureToApp' });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, false),
      ExportNamedDeclaration: (node) => check(node, false),
      ExportAllDeclaration: (node) => check(node, false),
      ImportExpression: (node) => check(node, true),
    };
  },
};

export default { meta: { name: 'local' }, rules: { 'import-layers': importLayers } };
