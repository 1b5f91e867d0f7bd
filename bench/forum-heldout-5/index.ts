// A fifth held-out set of forum drafts, written blind (without reading the
// guard's code, the dev drafts beyond one style file, or the earlier held-out
// sets) for a final estimate only. Never read it to tune the guard: if a miss
// here teaches something, write a new dev draft in bench/forum-drafts instead,
// so this set stays a fair test. Labels follow FORUM_META in ../forum-drafts.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { cancer } from './cancer';
import { diabetes } from './diabetes';
import { gut } from './gut';
import { gynae } from './gynae';
import { heart } from './heart';
import { neuro } from './neuro';

export const FORUM_HELDOUT_5_GROUPS: readonly DraftGroup[] = [diabetes, gynae, cancer, heart, neuro, gut];

/** Ids come out as forum-h5-<topic>-<nn>. */
export function buildHeldout5Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_5_GROUPS);
}
