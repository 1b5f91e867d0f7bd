// Well-formedness of the thirteenth forum-draft set (bench/forum-heldout-13), written blind; it checks the gold data only.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout13Corpus, FORUM_HELDOUT_13_GROUPS } from '../../bench/forum-heldout-13/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum thirteenth held-out drafts',
  groups: FORUM_HELDOUT_13_GROUPS,
  docs: buildHeldout13Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h13-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-13')],
});
