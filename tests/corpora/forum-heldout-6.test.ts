// Well-formedness of the sixth blind forum-draft set (bench/forum-heldout-6), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldoutCorpus } from '../../bench/forum-heldout/index';
import { buildHeldout2Corpus } from '../../bench/forum-heldout-2/index';
import { buildHeldout3Corpus } from '../../bench/forum-heldout-3/index';
import { buildHeldout4Corpus } from '../../bench/forum-heldout-4/index';
import { buildHeldout5Corpus } from '../../bench/forum-heldout-5/index';
import { buildHeldout6Corpus, FORUM_HELDOUT_6_GROUPS } from '../../bench/forum-heldout-6/index';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum sixth held-out drafts',
  groups: FORUM_HELDOUT_6_GROUPS,
  docs: buildHeldout6Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h6-[a-z]+-\d{2}$/,
  earlier: [
    ...buildForumCorpus(),
    ...buildHeldoutCorpus(),
    ...buildHeldout2Corpus(),
    ...buildHeldout3Corpus(),
    ...buildHeldout4Corpus(),
    ...buildHeldout5Corpus(),
  ],
});
