// Well-formedness of the fourteenth forum-draft set (bench/forum-heldout-14), written blind; it checks the gold data only.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout14Corpus, FORUM_HELDOUT_14_GROUPS } from '../../bench/forum-heldout-14/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum fourteenth held-out drafts',
  groups: FORUM_HELDOUT_14_GROUPS,
  docs: buildHeldout14Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h14-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-14')],
});
