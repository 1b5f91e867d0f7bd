// Well-formedness of the fifth blind forum-draft set (bench/forum-heldout-5), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout5Corpus, FORUM_HELDOUT_5_GROUPS } from '../../bench/forum-heldout-5/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum fifth held-out drafts',
  groups: FORUM_HELDOUT_5_GROUPS,
  docs: buildHeldout5Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h5-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-5')],
});
