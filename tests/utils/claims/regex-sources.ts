// Collects every regular expression written in a source folder, using the
// TypeScript parser, so the ReDoS test covers new patterns without a hand-kept list.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface RegexSource {
  file: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Regex literals in every .ts file under `dir`, plus the files that build a RegExp at run time. */
export function collectRegexes(dir: string): { literals: RegexSource[]; dynamic: string[] } {
  const literals: RegexSource[] = [];
  const dynamic: string[] = [];
  for (const file of tsFiles(dir)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        literals.push({ file: path.relative(process.cwd(), file), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
        if (ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') dynamic.push(path.relative(process.cwd(), file));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}
