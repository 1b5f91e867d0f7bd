// The tenth set of forum drafts, written blind: its authors never read the disclosure engine, its
// lexicons or the earlier sets. It exists for a final estimate of recall only; never read these
// drafts to tune the guard, or the estimate stops meaning anything.
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
