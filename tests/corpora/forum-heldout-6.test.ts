// Well-formedness of the sixth blind forum-draft set (bench/forum-heldout-6), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout6Corpus, FORUM_HELDOUT_6_GROUPS } from '../../bench/forum-heldout-6/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum sixth held-out drafts',
  groups: FORUM_HELDOUT_6_GROUPS,
  docs: buildHeldout6Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h6-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-6')],
});
