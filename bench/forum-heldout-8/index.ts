// An eighth set of forum drafts, written blind: its author never read the guard's code, lexicons or
// data, nor the earlier held-out sets. It is kept for a final estimate of recall and precision only;
// never read it to tune the guard, or its figures stop meaning anything.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { hearing } from './hearing';
import { heart } from './heart';
import { kidney } from './kidney';
import { lupus } from './lupus';
import { sickle } from './sickle';
import { stroke } from './stroke';

export const FORUM_HELDOUT_8_GROUPS: readonly DraftGroup[] = [kidney, heart, stroke, sickle, hearing, lupus];

export function buildHeldout8Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_8_GROUPS);
}
