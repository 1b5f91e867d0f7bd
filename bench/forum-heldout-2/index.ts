// A SECOND held-out set of forum drafts, written blind for a final estimate
// only. The first held-out set (../forum-heldout) was used to find the
// guard's weaknesses, so it no longer measures anything honestly. This one
// was written without reading utils/disclosure, without running the scanner
// or bench/disclosure.ts, and after reading just one dev-set file for the
// markup style. Never read it for tuning: no patterns, lists or thresholds
// may be changed because of a sentence here. If a miss here teaches
// something, write a NEW dev draft in bench/forum-drafts/ instead.
// Labels follow FORUM_META in ../forum-drafts/index exactly.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { carers } from './carers';
import { gutSkin } from './gut-skin';
import { heartLungs } from './heart-lungs';
import { hormones } from './hormones';
import { minds } from './minds';
import { painRare } from './pain-rare';

export const FORUM_HELDOUT_2_GROUPS: readonly DraftGroup[] = [
  gutSkin, heartLungs, hormones, painRare, minds, carers,
];

/** The second held-out drafts as corpus documents, ids `forum-h2-<topic>-<nn>`. */
export function buildHeldout2Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_2_GROUPS);
}
