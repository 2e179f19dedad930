/**
 * Spell-checks the words people read, in US English, with cspell (`npm run lint` runs it).
 *
 * Only text a person sees is checked: string literals and template text that read as words (with
 * a space, or capitalized) and JSX text, in src/, the mock API and the server (their messages and demo data are
 * shown in the app). Code, comments and lowercase tokens (field names, enum values) are blanked
 * out first, keeping every line and column, so cspell's report points at the real file. Identifiers
 * may keep British names (renaming an API field is a contract change); the words shown may not.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const OUT = join(tmpdir(), `mip-ui-words-${String(process.pid)}`);
const DIRS = ['src', 'mocks', 'server'];
const SKIP = [/\.test\.tsx?$/, /^mocks\/tests\//, /\.d\.ts$/, /^src\/api\/contracts\/routes\.generated\.ts$/];

/** Words, not tokens: a letter, and a space or a capital (a sentence, a label, a name). */
const readsAsWords = (text: string): boolean => /[A-Za-z]/.test(text) && /\s|^[A-Z]/.test(text.trim());

function shownText(file: string, source: string): string {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, kind);
  const keep = new Array<boolean>(source.length).fill(false);
  const mark = (start: number, end: number) => {
    for (let i = start; i < end; i += 1) keep[i] = true;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    // `{ id: 'Instalment' }`: a schema's or record's id is a name in code, not a word shown.
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'id') return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (readsAsWords(node.text)) mark(node.getStart(sf) + 1, node.getEnd() - 1);
    } else if (ts.isJsxText(node)) {
      if (readsAsWords(node.text)) mark(node.getStart(sf), node.getEnd());
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // By UTF-16 unit, as the parser's positions are.
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const unit = source.charAt(i);
    out += keep[i] || unit === '\n' ? unit : ' ';
  }
  return out;
}

rmSync(OUT, { recursive: true, force: true });
const files = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`),
).filter((file) => /\.tsx?$/.test(file) && !SKIP.some((skip) => skip.test(file)));
for (const file of files) {
  const target = join(OUT, `${file}.txt`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, shownText(file, readFileSync(join(ROOT, file), 'utf8')));
}
const result = spawnSync(
  join(ROOT, 'node_modules/.bin/cspell'),
  ['--no-progress', '--no-must-find-files', '--config', join(ROOT, 'cspell.config.yaml'), '**/*.txt'],
  { cwd: OUT, encoding: 'utf8' },
);
rmSync(OUT, { recursive: true, force: true });
// The copies are named after the files (`src/app.tsx.txt`): report the files.
process.stdout.write(result.stdout.replaceAll('.txt:', ':'));
process.stderr.write(result.stderr);
if (result.status !== 0) {
  console.error('\nSpell the words above in US English, or add a proper name to cspell-words.txt.');
}
process.exit(result.status ?? 1);
