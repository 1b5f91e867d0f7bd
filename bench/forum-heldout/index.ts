// A held-out set of forum drafts, written fresh and blind to the draft guard:
// the writer never saw utils/disclosure, never ran the scanner and read only
// one dev-set file for the markup style. It exists to estimate how the guard
// does on drafts it was not tuned on, so never use it for tuning: do not tweak
// patterns, lists or thresholds to fix a single sentence here. If a miss here
// teaches something, write a NEW dev draft in bench/forum-drafts/ for it.
// Labels follow FORUM_META in ../forum-drafts/index exactly.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { arthritis } from './arthritis';
import { autoimmune } from './autoimmune';
import { cancerLung } from './cancer-lung';
import { diabetes } from './diabetes';
import { familiesCarers } from './families-carers';
import { kidney } from './kidney';
import { longcovidFibro } from './longcovid-fibro';
import { neuro } from './neuro';

export const FORUM_HELDOUT_GROUPS: readonly DraftGroup[] = [
  arthritis, autoimmune, diabetes, longcovidFibro, neuro, kidney, cancerLung, familiesCarers,
];

/** The held-out drafts as corpus documents, ids `forum-ho-<topic>-<nn>`. */
export function buildHeldoutCorpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_GROUPS);
}
