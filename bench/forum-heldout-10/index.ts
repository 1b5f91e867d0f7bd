// The tenth set of forum drafts, written blind: its authors never read the disclosure engine, its
// lexicons or the earlier sets. Its first, untouched reading (engine 74e68b1) was the estimate:
// 87.9 % of direct identifiers found, 92.5 % precision, 5.1 % of clean drafts flagged. It has since
// been read for kinds of weakness (fixed in general form, see bench/forum-drafts/replies-and-words.ts),
// so its figures now are tuned ones, not estimates.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { fibro } from './fibro';
import { migraine } from './migraine';
import { ostomy } from './ostomy';
import { parents } from './parents';
import { skin } from './skin';
import { teencfs } from './teencfs';

export const FORUM_HELDOUT_10_GROUPS: readonly DraftGroup[] = [migraine, skin, teencfs, ostomy, fibro, parents];

export function buildHeldout10Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_10_GROUPS);
}
