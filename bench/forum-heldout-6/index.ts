// A sixth held-out set of forum drafts, written blind (without reading the
// guard's code, the dev drafts beyond one style file, or the earlier held-out
// sets) for a final estimate only. Never read it to tune the guard: if a miss
// here teaches something, write a new dev draft in bench/forum-drafts instead,
// so this set stays a fair test. Labels follow FORUM_META in ../forum-drafts.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { arthritis } from './arthritis';
import { carers } from './carers';
import { mecfs } from './mecfs';
import { ms } from './ms';
import { recovery } from './recovery';
import { skin } from './skin';

export const FORUM_HELDOUT_6_GROUPS: readonly DraftGroup[] = [arthritis, ms, mecfs, skin, carers, recovery];

/** Ids come out as forum-h6-<topic>-<nn>. */
export function buildHeldout6Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_6_GROUPS);
}
