// Every pattern the detector uses must be safe from catastrophic backtracking
// (ReDoS), including patterns built at run time from a person's own terms.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { CONTACT_PATTERNS } from '@/utils/disclosure/patterns/contact';
import { PHONE_PATTERNS } from '@/utils/disclosure/patterns/phone';
import { ID_PATTERNS } from '@/utils/disclosure/patterns/ids';
import { POSTCODE_PATTERNS } from '@/utils/disclosure/patterns/postcodes';
import { ADDRESS_PATTERNS } from '@/utils/disclosure/patterns/addresses';
import { HOME_PATTERNS } from '@/utils/disclosure/patterns/hometown';
import { DATE_PATTERNS } from '@/utils/disclosure/patterns/dates';
import { AGE_PATTERNS } from '@/utils/disclosure/patterns/ages';
import { NAME_PATTERNS } from '@/utils/disclosure/patterns/names';
import { NAME_OPENER_PATTERNS } from '@/utils/disclosure/patterns/name-openers';
import { ORG_PATTERNS } from '@/utils/disclosure/patterns/orgs';
import { CHUNK_PATTERNS } from '@/utils/disclosure/patterns/chunks';
import { normaliseTerms, personalTermPattern } from '@/utils/disclosure/personal-terms';

const root = path.resolve(process.cwd(), 'utils/disclosure');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Every regular-expression literal in the detector's source, found with the TypeScript parser. */
function literalPatterns(): Array<{ where: string; source: string; flags: string }> {
  const out: Array<{ where: string; source: string; flags: string }> = [];
  for (const file of sourceFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ where: `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns assembled at run time (new RegExp), taken from the modules themselves. */
function builtPatterns(): Array<{ where: string; source: string; flags: string }> {
  const lists = { CONTACT_PATTERNS, PHONE_PATTERNS, ID_PATTERNS, POSTCODE_PATTERNS, ADDRESS_PATTERNS, HOME_PATTERNS, DATE_PATTERNS, AGE_PATTERNS, NAME_PATTERNS, NAME_OPENER_PATTERNS, ORG_PATTERNS, CHUNK_PATTERNS };
  const out = Object.entries(lists).flatMap(([name, list]) => list.map((re, i) => ({ where: `${name}[${i}]`, source: re.source, flags: re.flags })));
  return out;
}

const awkwardTerms = ['Sarah Jenkins', 'a+b', '(x)', '.*', 'a|b', '[abc]', '\\d+', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Zoë O’Neill', 'St. Mary’s', 'x?y*z+', '$^', 'Ballymór', '🙂 emoji', 'ab ab ab ab'];

async function verdict(source: string, flags: string): Promise<string> {
  // A fixed seed keeps the fuzzing part of the checker repeatable from run to run.
  const result = await check(source, flags, { randomSeed: 20261122 });
  return result.status === 'safe' ? 'safe' : `${result.status}${'complexity' in result && result.complexity ? ` (${result.complexity.type})` : ''}`;
}

describe('ReDoS safety (recheck)', () => {
  it('every regular-expression literal is safe', { timeout: 600_000 }, async () => {
    const patterns = literalPatterns();
    expect(patterns.length).toBeGreaterThan(100);
    const unsafe: string[] = [];
    for (const p of patterns) {
      const v = await verdict(p.source, p.flags);
      if (v !== 'safe') unsafe.push(`${p.where} /${p.source.slice(0, 80)}/${p.flags}: ${v}`);
    }
    expect(unsafe).toEqual([]);
  });

  it('every pattern built at run time is safe', { timeout: 300_000 }, async () => {
    const unsafe: string[] = [];
    for (const p of builtPatterns()) {
      const v = await verdict(p.source, p.flags);
      if (v !== 'safe') unsafe.push(`${p.where}: ${v}`);
    }
    expect(unsafe).toEqual([]);
  });

  it('patterns generated from personal terms are safe, alone and together', { timeout: 300_000 }, async () => {
    const sets = [...awkwardTerms.map((t) => [t]), awkwardTerms];
    for (const terms of sets) {
      const re = personalTermPattern(normaliseTerms(terms));
      expect(re).toBeDefined();
      if (re) expect(await verdict(re.source, re.flags), terms.join(', ')).toBe('safe');
    }
  });
});
