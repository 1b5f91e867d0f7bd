// The ninth set of forum drafts, written blind: its author never read the guard's code, lexicons,
// tests or earlier held-out sets, and the drafts come from six communities none of the earlier
// sets covered. It exists for a final, honest estimate of recall only. Never read it to tune the
// guard: once its texts shape a rule, its figures stop meaning anything.
import { buildForumCorpus, type CorpusDocument } from '../forum-drafts/index';
import type { DraftGroup } from '../forum-drafts/group';
import { cf } from './cf';
import { dementia } from './dementia';
import { epilepsy } from './epilepsy';
import { liver } from './liver';
import { longcovid } from './longcovid';
import { parkinsons } from './parkinsons';

export const FORUM_HELDOUT_9_GROUPS: readonly DraftGroup[] = [parkinsons, epilepsy, longcovid, liver, cf, dementia];

export function buildHeldout9Corpus(): CorpusDocument[] {
  return buildForumCorpus(FORUM_HELDOUT_9_GROUPS);
}
