// Well-formedness of the third blind forum-draft set (bench/forum-heldout-3), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout3Corpus, FORUM_HELDOUT_3_GROUPS } from '../../bench/forum-heldout-3/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum third held-out drafts',
  groups: FORUM_HELDOUT_3_GROUPS,
  docs: buildHeldout3Corpus(),
  minDrafts: 120,
  idPattern: /^forum-h3-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-3')],
});
