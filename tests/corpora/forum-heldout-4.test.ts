// Well-formedness of the fourth blind forum-draft set (bench/forum-heldout-4), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldoutCorpus } from '../../bench/forum-heldout/index';
import { buildHeldout2Corpus } from '../../bench/forum-heldout-2/index';
import { buildHeldout3Corpus } from '../../bench/forum-heldout-3/index';
import { buildHeldout4Corpus, FORUM_HELDOUT_4_GROUPS } from '../../bench/forum-heldout-4/index';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum fourth held-out drafts',
  groups: FORUM_HELDOUT_4_GROUPS,
  docs: buildHeldout4Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h4-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...buildHeldoutCorpus(), ...buildHeldout2Corpus(), ...buildHeldout3Corpus()],
});
