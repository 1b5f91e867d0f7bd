// Well-formedness of the tenth forum-draft set (bench/forum-heldout-10), written blind; it checks the gold data only.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout10Corpus, FORUM_HELDOUT_10_GROUPS } from '../../bench/forum-heldout-10/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum tenth held-out drafts',
  groups: FORUM_HELDOUT_10_GROUPS,
  docs: buildHeldout10Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h10-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-10')],
});
