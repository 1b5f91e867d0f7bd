// Well-formedness of the ninth forum-draft set (bench/forum-heldout-9), written blind; read after its figures were taken.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout9Corpus, FORUM_HELDOUT_9_GROUPS } from '../../bench/forum-heldout-9/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum ninth held-out drafts',
  groups: FORUM_HELDOUT_9_GROUPS,
  docs: buildHeldout9Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h9-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-9')],
});
