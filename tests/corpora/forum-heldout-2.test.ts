// Well-formedness of the second blind forum-draft set (bench/forum-heldout-2).
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout2Corpus, FORUM_HELDOUT_2_GROUPS } from '../../bench/forum-heldout-2/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum second held-out drafts',
  groups: FORUM_HELDOUT_2_GROUPS,
  docs: buildHeldout2Corpus(),
  minDrafts: 120,
  idPattern: /^forum-h2-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-2')],
});
