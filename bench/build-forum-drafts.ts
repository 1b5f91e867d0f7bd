// Generate tests/corpora/forum-drafts.jsonl (+ .meta.json) from the marked-up
// drafts. Run: npx tsx bench/build-forum-drafts.ts
// Refuses to write when a checkable gold value is unsound (see validate.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildForumCorpus, FORUM_META } from './forum-drafts/index';
import { checkGoldValues } from './forum-drafts/validate';

function main(): void {
  const docs = buildForumCorpus();
  const problems = checkGoldValues(docs);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const outDir = path.resolve(process.cwd(), 'tests/corpora');
  const jsonl = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, spans: d.spans })).join('\n') + '\n';
  writeFileSync(path.join(outDir, 'forum-drafts.jsonl'), jsonl);

  const labelCounts: Record<string, number> = {};
  for (const d of docs) for (const s of d.spans) labelCounts[s.label] = (labelCounts[s.label] ?? 0) + 1;
  const clean = docs.filter((d) => d.spans.every((s) => s.label === 'OTHER')).length;
  const meta = { ...FORUM_META, documents: docs.length, cleanDocuments: clean, labelCounts };
  writeFileSync(path.join(outDir, 'forum-drafts.meta.json'), JSON.stringify(meta, null, 2) + '\n');
  console.log(`wrote ${docs.length} drafts (${clean} clean) to tests/corpora/forum-drafts.jsonl`);
  console.log(labelCounts);
}

main();
