// A THIRD held-out set of forum drafts, written blind for a final estimate
// only. The dev set and both earlier held-out sets (../forum-heldout,
// ../forum-heldout-2) have been used to find the guard's weaknesses, so none
// of them measures anything honestly any more. This one was written without
// reading utils/disclosure, without running the scanner or
// bench/disclosure.ts, and after reading just one dev-set file for the markup
// style. Never read it for tuning: no patterns, lists or thresholds may be
// changed because of a sentence here. If a miss here teaches something, write
// a NEW dev draft in bench/forum-drafts/ instead.
// Labels follow FORUM_META in ../forum-drafts/index exactly.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { bowelCancer } from './bowel-cancer';
import { families } from './families';
import { heartMind } from './heart-mind';
import { joints } from './joints';
import { metabolic } from './metabolic';
import { neuro } from './neuro';

export const FORUM_HELDOUT_3_GROUPS: readonly DraftGroup[] = [
  joints, metabolic, neuro, bowelCancer, heartMind, families,
];

/** The third held-out drafts as corpus documents, ids `forum-h3-<topic>-<nn>`. */
export function buildHeldout3Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_3_GROUPS);
}
