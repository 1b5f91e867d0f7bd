// A seventh held-out set of forum drafts, written blind (without reading the
// guard's code, the dev drafts beyond one style file, or the earlier held-out
// sets) for a final estimate only. Never read it to tune the guard: if a miss
// here teaches something, write a new dev draft in bench/forum-drafts instead,
// so this set stays a fair test. Labels follow FORUM_META in ../forum-drafts.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { airways } from './airways';
import { parents } from './parents';
import { spoonies } from './spoonies';
import { survivors } from './survivors';
import { thyroid } from './thyroid';
import { urology } from './urology';

export const FORUM_HELDOUT_7_GROUPS: readonly DraftGroup[] = [airways, thyroid, urology, survivors, parents, spoonies];

/** Ids come out as forum-h7-<topic>-<nn>. */
export function buildHeldout7Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_7_GROUPS);
}
