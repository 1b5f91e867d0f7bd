// A fourth held-out set of forum drafts, written blind (without reading the
// guard's code, the dev drafts beyond one style file, or the earlier held-out
// sets) for a final estimate only. Never read it to tune the guard: if a miss
// here teaches something, write a new dev draft in bench/forum-drafts instead,
// so this set stays a fair test. Labels follow FORUM_META in ../forum-drafts.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { carers } from './carers';
import { kidney } from './kidney';
import { lupus } from './lupus';
import { mind } from './mind';
import { pain } from './pain';
import { rare } from './rare';

export const FORUM_HELDOUT_4_GROUPS: readonly DraftGroup[] = [lupus, kidney, pain, carers, mind, rare];

/** Ids come out as forum-h4-<topic>-<nn>. */
export function buildHeldout4Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_4_GROUPS);
}
