// The forum-draft sets written blind to the engine, oldest first, in one list: the bench, its
// targets and the well-formedness tests all read it, so a new set is added here and nowhere else.
import type { CorpusDocument } from './forum-drafts/index';
import { buildHeldoutCorpus } from './forum-heldout/index';
import { buildHeldout2Corpus } from './forum-heldout-2/index';
import { buildHeldout3Corpus } from './forum-heldout-3/index';
import { buildHeldout4Corpus } from './forum-heldout-4/index';
import { buildHeldout5Corpus } from './forum-heldout-5/index';
import { buildHeldout6Corpus } from './forum-heldout-6/index';
import { buildHeldout7Corpus } from './forum-heldout-7/index';
import { buildHeldout8Corpus } from './forum-heldout-8/index';
import { buildHeldout9Corpus } from './forum-heldout-9/index';
import { buildHeldout10Corpus } from './forum-heldout-10/index';
import { buildHeldout11Corpus } from './forum-heldout-11/index';
import { buildHeldout12Corpus } from './forum-heldout-12/index';
import { buildHeldout13Corpus } from './forum-heldout-13/index';
import { buildHeldout14Corpus } from './forum-heldout-14/index';

export interface HeldoutSet {
  /** Corpus name in the bench output: `forum-heldout`, `forum-heldout-2`, … */
  name: string;
  /** Label in the targets table. */
  label: string;
  build: () => CorpusDocument[];
  /**
   * Still unread: only its figures are printed or stored, never its texts. Every earlier set was
   * read for kinds of weakness after its blind figures were taken (never to tune one sentence).
   */
  blind: boolean;
}

export const HELDOUT_SETS: readonly HeldoutSet[] = [
  { name: 'forum-heldout', label: 'held-out forum', build: buildHeldoutCorpus, blind: false },
  { name: 'forum-heldout-2', label: 'held-out forum 2', build: buildHeldout2Corpus, blind: false },
  { name: 'forum-heldout-3', label: 'held-out forum 3', build: buildHeldout3Corpus, blind: false },
  { name: 'forum-heldout-4', label: 'held-out forum 4', build: buildHeldout4Corpus, blind: false },
  { name: 'forum-heldout-5', label: 'held-out forum 5', build: buildHeldout5Corpus, blind: false },
  { name: 'forum-heldout-6', label: 'held-out forum 6', build: buildHeldout6Corpus, blind: false },
  { name: 'forum-heldout-7', label: 'held-out forum 7', build: buildHeldout7Corpus, blind: false },
  { name: 'forum-heldout-8', label: 'held-out forum 8', build: buildHeldout8Corpus, blind: false },
  { name: 'forum-heldout-9', label: 'held-out forum 9', build: buildHeldout9Corpus, blind: false },
  { name: 'forum-heldout-10', label: 'held-out forum 10', build: buildHeldout10Corpus, blind: false },
  { name: 'forum-heldout-11', label: 'held-out forum 11', build: buildHeldout11Corpus, blind: false },
  { name: 'forum-heldout-12', label: 'held-out forum 12', build: buildHeldout12Corpus, blind: false },
  { name: 'forum-heldout-13', label: 'held-out forum 13', build: buildHeldout13Corpus, blind: false },
  { name: 'forum-heldout-14', label: 'held-out forum 14', build: buildHeldout14Corpus, blind: false },
];

/** The documents of every held-out set written before `name` (a new set must repeat none of them). */
export function heldoutBefore(name: string): CorpusDocument[] {
  const at = HELDOUT_SETS.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no held-out set named ${name}`);
  return HELDOUT_SETS.slice(0, at).flatMap((s) => s.build());
}
