// Well-formedness of the seventh forum-draft set (bench/forum-heldout-7), written blind; read after its figures were taken.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout7Corpus, FORUM_HELDOUT_7_GROUPS } from '../../bench/forum-heldout-7/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum seventh held-out drafts',
  groups: FORUM_HELDOUT_7_GROUPS,
  docs: buildHeldout7Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h7-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-7')],
});
