// Well-formedness of the twelfth forum-draft set (bench/forum-heldout-12), written blind; it checks the gold data only.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout12Corpus, FORUM_HELDOUT_12_GROUPS } from '../../bench/forum-heldout-12/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum twelfth held-out drafts',
  groups: FORUM_HELDOUT_12_GROUPS,
  docs: buildHeldout12Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h12-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-12')],
});
