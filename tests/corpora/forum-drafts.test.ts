import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildForumCorpus, FORUM_META } from '../../bench/forum-drafts/index';
import { checkGoldValues } from '../../bench/forum-drafts/validate';
import { CORPUS_LABELS } from '../../bench/markup';

const dir = path.resolve(process.cwd(), 'tests/corpora');

interface Line {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string }[];
}

function readCorpus(): Line[] {
  return readFileSync(path.join(dir, 'forum-drafts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
}

describe('forum-drafts.jsonl', () => {
  const docs = readCorpus();

  it('is what the generator builds from the marked-up drafts (regenerate with npx tsx bench/build-forum-drafts.ts)', () => {
    expect(docs).toEqual(buildForumCorpus());
  });

  it('has at least 150 drafts with unique ids', () => {
    expect(docs.length).toBeGreaterThanOrEqual(150);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('has at least 40 % clean drafts and at least 40 % with identifying details', () => {
    const clean = docs.filter((d) => d.spans.every((s) => s.label === 'OTHER')).length;
    expect(clean / docs.length).toBeGreaterThanOrEqual(0.4);
    expect((docs.length - clean) / docs.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has spans in bounds, ordered, non-overlapping, with known labels and no edge whitespace', () => {
    for (const d of docs) {
      let lastEnd = 0;
      for (const s of d.spans) {
        expect(CORPUS_LABELS as readonly string[]).toContain(s.label);
        expect(s.start).toBeGreaterThanOrEqual(lastEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(d.text.length);
        const value = d.text.slice(s.start, s.end);
        expect(value.trim()).toBe(value);
        lastEnd = s.end;
      }
    }
  });

  it('keeps no markup in the text', () => {
    for (const d of docs) expect(d.text).not.toMatch(/\{\{|\}\}/);
  });

  it('has gold values that pass their own checks (phones parse, checksums hold)', () => {
    expect(checkGoldValues(buildForumCorpus())).toEqual([]);
  });

  it('has a meta file that agrees with the corpus', () => {
    const meta = JSON.parse(readFileSync(path.join(dir, 'forum-drafts.meta.json'), 'utf8')) as typeof FORUM_META & {
      documents: number;
    };
    expect(meta.documents).toBe(docs.length);
    expect(new Set([...meta.direct, ...meta.quasi])).toEqual(new Set(meta.scope));
    const used = new Set(docs.flatMap((d) => d.spans.map((s) => s.label)).filter((l) => l !== 'OTHER'));
    for (const label of used) expect(meta.scope).toContain(label);
  });
});
