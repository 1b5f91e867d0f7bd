// Well-formedness of the first blind forum-draft set (bench/forum-heldout).
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldoutCorpus, FORUM_HELDOUT_GROUPS } from '../../bench/forum-heldout/index';
import { heldoutBefore } from '../../bench/heldout-sets';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum held-out drafts',
  groups: FORUM_HELDOUT_GROUPS,
  docs: buildHeldoutCorpus(),
  minDrafts: 150,
  idPattern: /^forum-ho-[a-z]+-\d{2}$/,
  earlier: [...buildForumCorpus(), ...heldoutBefore('forum-heldout')],
});
