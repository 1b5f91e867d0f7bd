// Well-formedness of the eighth forum-draft set (bench/forum-heldout-8), written blind; read after its figures were taken.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldout8Corpus, FORUM_HELDOUT_8_GROUPS } from '../../bench/forum-heldout-8/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum eighth held-out drafts',
  groups: FORUM_HELDOUT_8_GROUPS,
  docs: buildHeldout8Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h8-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout-8')],
});
