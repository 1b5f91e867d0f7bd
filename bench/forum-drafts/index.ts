// The hand-written forum drafts, turned into corpus documents. Kept pure so
// the generator and the well-formedness test build exactly the same thing.
import { parseMarkup, type LabelledSpan } from '../markup';
import { autoimmune } from './autoimmune';
import { diabetes } from './diabetes';
import { endo } from './endo';
import { everyday } from './everyday';
import type { DraftGroup } from './group';
import { ibd } from './ibd';
import { mecfs } from './mecfs';
import { mental } from './mental';
import { ms } from './ms';
import { openers } from './openers';
import { farCues } from './far-cues';
import { kinAndLetters } from './kin-and-letters';
import { listsAndBackrefs } from './lists-and-backrefs';
import { repliesAndWords } from './replies-and-words';
import { brandsAndBirthdays } from './brands-and-birthdays';
import { toldAndListed } from './told-and-listed';
import { bracketsAndForms } from './brackets-and-forms';
import { daysAndBrands } from './days-and-brands';
import { otherConditions } from './other-conditions';
import { pain } from './pain';
import { respiratory } from './respiratory';

export const FORUM_DRAFT_GROUPS: readonly DraftGroup[] = [
  ibd, ms, diabetes, endo, pain, respiratory, autoimmune, mecfs, mental, otherConditions, everyday, openers, farCues, kinAndLetters, listsAndBackrefs, repliesAndWords, brandsAndBirthdays, toldAndListed, bracketsAndForms, daysAndBrands,
];

export interface CorpusDocument {
  id: string;
  text: string;
  spans: LabelledSpan[];
}

export function buildForumCorpus(groups: readonly DraftGroup[] = FORUM_DRAFT_GROUPS): CorpusDocument[] {
  return groups.flatMap((g) =>
    g.drafts.map((source, i) => {
      const { text, spans } = parseMarkup(source);
      return { id: `forum-${g.prefix}-${String(i + 1).padStart(2, '0')}`, text, spans };
    }),
  );
}

/** Labels that identify a person on their own; the rest only narrow things down. */
export const DIRECT_LABELS = [
  'PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DOB', 'ID_NUMBER', 'CARD', 'IBAN', 'HANDLE', 'URL', 'IP',
] as const;

export const QUASI_LABELS = ['DATE', 'AGE', 'LOCATION', 'ORGANIZATION'] as const;

/** Written next to the JSONL so anyone scoring against it knows the rules. */
export const FORUM_META = {
  name: 'forum-drafts',
  kind: 'hand-written forum-style drafts by people with long-term conditions; inline-marked, generated',
  source: 'bench/forum-drafts/*.ts, built by bench/build-forum-drafts.ts',
  licence: 'written for Spoonbook; all people, numbers and addresses are invented',
  scope: [...DIRECT_LABELS, ...QUASI_LABELS],
  direct: [...DIRECT_LABELS],
  quasi: [...QUASI_LABELS],
  whyDirect:
    'Each direct label can lead to one person without other clues: names, contact details, full postcodes ' +
    '(a UK postcode covers about 15 homes, an Eircode one), birth dates, ID/card/bank numbers, ' +
    'profile links and handles. US ZIP codes are coarser but are labelled POSTCODE too and so count as direct.',
  guide: {
    PERSON: 'Names of private people: the writer, family, friends, clinicians. Name only, without title or possessive.',
    AGE: "Current age of the writer or a family member: \"I'm 34\", \"34F\", \"he's 7\". Not \"in my 30s\", durations, or doses.",
    DATE: 'A specific calendar day in the writer\'s life (appointment, surgery, diagnosis). Not month-only, year-only, weekdays or "next month".',
    DOB: 'A birth date, with birth context.',
    LOCATION: 'Town, city, suburb, street or neighbourhood tied to the writer or family. Not countries, states, provinces or regions.',
    ORGANIZATION: 'Employer, school, university, hospital, GP practice or care home tied to the writer or family. Not charities, regulators, brands or sources (NHS, NICE, Mayo Clinic as a reference).',
    ADDRESS: 'A street address: house number, street, flat or suite. The town, country and postcode after it are labelled as LOCATION and POSTCODE spans of their own (a person may keep the town and hide the street).',
    POSTCODE: 'A full postcode, ZIP, Eircode or Canadian postal code, on its own or after a street.',
    ID_NUMBER: 'NHS/CHI/PPS/SSN/NI/Medicare/health card numbers, hospital numbers, member IDs, licence and plate numbers.',
    HANDLE: 'A username on a named platform, with or without @.',
    URL: 'A link that leads to the writer or someone they know (profile, blog, fundraiser). Links to public information pages are not labelled.',
    OTHER: "Don't care: public figures, insurers, plan group numbers, places not tied to the writer.",
  },
  cleanLookAlikes:
    "Medical eponyms (Crohn's, Hashimoto's, Sjögren's, Guillain-Barré…), drug and device names, doses and lab values, " +
    'service numbers (111, 999, 911, 988, 116 123, 13 11 14, 211), NHS/NICE/Mayo Clinic as sources, first-name words ' +
    '(Will, May, Grace, Mark, Frank, Hope, Sue), vague months and weekdays, "in my 30s".',
};
