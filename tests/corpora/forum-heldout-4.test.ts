// Well-formedness of the fourth blind forum-draft set (bench/forum-heldout-4), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout4Corpus, FORUM_HELDOUT_4_GROUPS } from '../../bench/forum-heldout-4/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum fourth held-out drafts',
  groups: FORUM_HELDOUT_4_GROUPS,
  docs: buildHeldout4Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h4-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-4')],
});
