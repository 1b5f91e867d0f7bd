// Well-formedness of the eleventh forum-draft set (bench/forum-heldout-11), written blind; it checks the gold data only.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout11Corpus, FORUM_HELDOUT_11_GROUPS } from '../../bench/forum-heldout-11/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum eleventh held-out drafts',
  groups: FORUM_HELDOUT_11_GROUPS,
  docs: buildHeldout11Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h11-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-11')],
});
