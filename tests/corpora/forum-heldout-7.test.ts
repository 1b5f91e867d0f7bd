// Well-formedness of the seventh blind forum-draft set (bench/forum-heldout-7), kept unread for the final estimate.
import { buildForumCorpus } from '../../bench/forum-drafts/index';
import { buildHeldoutCorpus } from '../../bench/forum-heldout/index';
import { buildHeldout2Corpus } from '../../bench/forum-heldout-2/index';
import { buildHeldout3Corpus } from '../../bench/forum-heldout-3/index';
import { buildHeldout4Corpus } from '../../bench/forum-heldout-4/index';
import { buildHeldout5Corpus } from '../../bench/forum-heldout-5/index';
import { buildHeldout6Corpus } from '../../bench/forum-heldout-6/index';
import { buildHeldout7Corpus, FORUM_HELDOUT_7_GROUPS } from '../../bench/forum-heldout-7/index';
import { describeHeldoutSet } from './heldout-checks';

describeHeldoutSet({
  title: 'forum seventh held-out drafts',
  groups: FORUM_HELDOUT_7_GROUPS,
  docs: buildHeldout7Corpus(),
  minDrafts: 150,
  idPattern: /^forum-h7-[a-z]+-\d{2}$/,
  earlier: [
    ...buildForumCorpus(),
    ...buildHeldoutCorpus(),
    ...buildHeldout2Corpus(),
    ...buildHeldout3Corpus(),
    ...buildHeldout4Corpus(),
    ...buildHeldout5Corpus(),
    ...buildHeldout6Corpus(),
  ],
});
