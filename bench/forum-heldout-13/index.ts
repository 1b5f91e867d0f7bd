// The thirteenth set of forum drafts, written blind: its author never read the disclosure engine, its
// lexicons, its tests or the earlier sets, and never ran the guard on these texts. Its first,
// untouched reading (engine e0fa130, 2026-11-22): 93.6 % of direct identifiers found (90.4 % with
// the kind matching), 98.3 % precision, 2.3 % of clean drafts flagged. That was the estimate. It has
// since been read for kinds of weakness (fixed in general form, with dev drafts), so its figures
// are now tuned ones.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { bleeding } from './bleeding';
import { ears } from './ears';
import { eating } from './eating';
import { hs } from './hs';
import { pots } from './pots';
import { transplant } from './transplant';

export const FORUM_HELDOUT_13_GROUPS: readonly DraftGroup[] = [bleeding, transplant, hs, pots, ears, eating];

export function buildHeldout13Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_13_GROUPS);
}
