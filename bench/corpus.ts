// Load a JSONL corpus (format: ../shared/corpora/README.md) and its scope.
import { existsSync, readFileSync } from 'node:fs';
import type { GoldSpan } from './score';

export interface CorpusDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
}

export interface Corpus {
  name: string;
  docs: CorpusDoc[];
  /** Labels the corpus annotates. From meta.scope, else every label it uses. */
  scope: Set<string>;
  /** Labels that count as direct identifiers (forum set only). */
  direct?: Set<string>;
}

interface Meta {
  scope?: string[];
  direct?: string[];
}

export function parseJsonl(source: string): CorpusDoc[] {
  return source
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as CorpusDoc;
      return { id: raw.id, text: raw.text, spans: raw.spans.map((s) => ({ start: s.start, end: s.end, label: s.label })) };
    });
}

export function scopeOf(docs: readonly CorpusDoc[], meta: Meta): Set<string> {
  if (meta.scope) return new Set(meta.scope);
  return new Set(docs.flatMap((d) => d.spans.map((s) => s.label)).filter((l) => l !== 'OTHER'));
}

export function loadCorpus(name: string, jsonlPath: string): Corpus {
  const docs = parseJsonl(readFileSync(jsonlPath, 'utf8'));
  const metaPath = jsonlPath.replace(/\.jsonl$/, '.meta.json');
  const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Meta) : {};
  const corpus: Corpus = { name, docs, scope: scopeOf(docs, meta) };
  if (meta.direct) corpus.direct = new Set(meta.direct);
  return corpus;
}
