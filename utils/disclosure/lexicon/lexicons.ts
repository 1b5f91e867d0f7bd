// Word lists the detectors consult, built once on first use. All keys are
// folded (lower case, accents removed) so "Sjögren" and "SJOGREN" look the same.
import { WordSet } from './word-set';
import { fold, wordSet } from '../text';
// Named imports let the bundler leave out each file's "about" text.
import { range as namesRange, rice as namesRice, bits as namesBits, except as namesExcept } from '../data/first-names.set.json';
import { range as wordsRange, rice as wordsRice, bits as wordsBits, except as wordsExcept } from '../data/common-words.set.json';
import { range as townsRange, rice as townsRice, bits as townsBits, except as townsExcept } from '../data/towns.set.json';
import { range as countriesRange, rice as countriesRice, bits as countriesBits, except as countriesExcept } from '../data/countries.set.json';
import { range as regionsRange, rice as regionsRice, bits as regionsBits, except as regionsExcept } from '../data/regions.set.json';
import { range as medicalRange, rice as medicalRice, bits as medicalBits, except as medicalExcept } from '../data/medical.set.json';
import { eponymsWithCue, cueWords, suffixes } from '../data/medical-terms.json';
import { ordinaryTowns, thingEnds } from '../data/capitalised-words.json';
import { range as notNamesRange, rice as notNamesRice, bits as notNamesBits, except as notNamesExcept } from '../data/not-names.set.json';
import { range as wordLikeRange, rice as wordLikeRice, bits as wordLikeBits, except as wordLikeExcept } from '../data/word-like-names.set.json';
import { suffixes as orgSuffixList, words as orgWordList } from '../data/organisations.json';
import { range as publicOrgsRange, rice as publicOrgsRice, bits as publicOrgsBits, except as publicOrgsExcept } from '../data/public-orgs.set.json';
import { range as orgStartsRange, rice as orgStartsRice, bits as orgStartsBits, except as orgStartsExcept } from '../data/public-org-starts.set.json';

export interface Lexicons {
  /** Given (first) names: US, UK and world lists (hashed set, 1 in 128 false "yes"). */
  given: WordSet;
  /** The most common English words (hashed set, 1 in 256 false "yes"). */
  common: WordSet;
  towns: WordSet;
  countries: WordSet;
  regions: WordSet;
  /** Never a person or place: eponyms, conditions, tests, medicines, devices (hashed set, 1 in 2,048 false "yes"). */
  medical: WordSet;
  /** Word endings of conditions, procedures and medicines: "…itis", "…ectomy", "…mab". */
  medicalEndings: Map<string, string[]>;
  /** First words of the organisations in publicOrgs, to skip the full comparison for most runs. */
  publicOrgStarts: WordSet;
  /** Eponyms that are also surnames: medical only when followed by 's or a cue word. */
  eponymsWithCue: Set<string>;
  medicalCueWords: Set<string>;
  /** Capitalised words that are not names: months, days, greetings, titles of things… */
  notNames: WordSet;
  /** First names that are also ordinary words ("Will", "Grace"): need more evidence. */
  wordLike: WordSet;
  /** Towns that are also everyday words ("bath", "reading", "hope"). */
  ordinaryTowns: Set<string>;
  /** Last words of products and events: "Hylo Forte", "Mini Marathon". */
  thingEnds: Set<string>;
  /** Organisations that identify nobody when mentioned as a source (NHS, NICE, Mayo Clinic). */
  publicOrgs: WordSet;
  orgSuffixes: Set<string>;
  orgWords: Set<string>;
}

let cached: Lexicons | undefined;

/** Data lists are stored as "a|b|c" strings: a third smaller than JSON arrays. */
export const listOf = (joined: string): string[] => joined.split('|').filter(Boolean);
const foldAll = (joined: string): Set<string> => new Set(listOf(joined).map(fold));

/** Organisation names compare without possessives, "&"/"and" or spacing: "Crohn's & Colitis UK" = "crohn colitis uk". */
export function orgKey(name: string): string {
  return fold(name).replace(/'s\b/gu, '').replace(/\band\b/gu, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function groupByLastTwo(endings: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of endings) {
    const key = e.slice(-2);
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  return map;
}

/** A word that names a condition, procedure or medicine, by list or by its ending. */
/** Answers remembered: a paste asks about the same words tens of thousands of times. */
const medicalAnswers = new Map<string, boolean>();

export function isMedicalWord(key: string): boolean {
  const known = medicalAnswers.get(key);
  if (known !== undefined) return known;
  const answer = medicalWordUncached(key);
  if (medicalAnswers.size >= 20000) medicalAnswers.clear();
  medicalAnswers.set(key, answer);
  return answer;
}

function medicalWordUncached(key: string): boolean {
  const lex = lexicons();
  if (lex.medical.has(key)) return true;
  // "SSRIs", "NSAIDs": the plural of a listed acronym or word.
  if (key.length > 3 && key.endsWith('s') && lex.medical.has(key.slice(0, -1))) return true;
  if (key.length <= 5) return false;
  // Endings grouped by their last two letters, so most words are ruled out by one lookup.
  const candidates = lex.medicalEndings.get(key.slice(-2));
  if (!candidates) return false;
  for (const ending of candidates) {
    // "Thomas", "Paloma": a first name that happens to end like a condition (-omas, -oma) is a name.
    // "Ellis-Ingram": a double-barrelled name whose last part ends like a test (-gram) is a name too.
    if (key.length > ending.length && key.endsWith(ending)) return !lex.given.has(key) && !lex.given.has(key.slice(key.lastIndexOf('-') + 1));
  }
  return false;
}

export function lexicons(): Lexicons {
  if (cached) return cached;
  cached = {
    given: new WordSet(namesRange, namesRice, namesBits, namesExcept),
    common: new WordSet(wordsRange, wordsRice, wordsBits, wordsExcept),
    towns: new WordSet(townsRange, townsRice, townsBits, townsExcept),
    countries: new WordSet(countriesRange, countriesRice, countriesBits, countriesExcept),
    regions: new WordSet(regionsRange, regionsRice, regionsBits, regionsExcept),
    medical: new WordSet(medicalRange, medicalRice, medicalBits, medicalExcept),
    eponymsWithCue: foldAll(eponymsWithCue),
    medicalEndings: groupByLastTwo(listOf(suffixes)),
    medicalCueWords: foldAll(cueWords),
    notNames: new WordSet(notNamesRange, notNamesRice, notNamesBits, notNamesExcept),
    wordLike: new WordSet(wordLikeRange, wordLikeRice, wordLikeBits, wordLikeExcept),
    ordinaryTowns: foldAll(ordinaryTowns),
    thingEnds: foldAll(thingEnds),
    publicOrgs: new WordSet(publicOrgsRange, publicOrgsRice, publicOrgsBits, publicOrgsExcept),
    publicOrgStarts: new WordSet(orgStartsRange, orgStartsRice, orgStartsBits, orgStartsExcept),
    orgSuffixes: foldAll(orgSuffixList),
    // Words are compared without a possessive ('Women's' → 'women'), so the list is too.
    orgWords: new Set([...foldAll(orgWordList)].map((w) => w.replace(/'s$/u, ''))),
  };
  return cached;
}

/** Which kind of place a folded name is, if any. */
export function placeKind(folded: string): 'country' | 'region' | 'town' | undefined {
  const lex = lexicons();
  if (lex.countries.has(folded)) return 'country';
  if (lex.regions.has(folded)) return 'region';
  if (lex.towns.has(folded)) return 'town';
  // "Hamburg-Eimsbüttel", "Berlin-Mitte": a district after its city's name (not "Bath-time").
  const dash = folded.indexOf('-');
  if (dash <= 0) return undefined;
  const head = folded.slice(0, dash);
  return lex.towns.has(head) && !lex.common.has(head) ? 'town' : undefined;
}

const SERVICE_ENDS = wordSet('check|review|clinic|service|services|team|unit|ward|department|healthcare|care|programme|program|centre|center|helpline|line|hub|outreach|support|network');

/**
 * "Hypermobility Clinic", "Stroke Unit", "Continuing Healthcare": a service named by what it
 * treats, with no place or person in its name. `keys` are the folded words of the name.
 */
/** A word that ends the name of a service: clinic, team, unit, helpline… */
export const isServiceEnd = (key: string): boolean => SERVICE_ENDS.has(key);

export function isGenericService(keys: readonly string[]): boolean {
  const last = keys[keys.length - 1];
  if (keys.length < 2 || last === undefined || !SERVICE_ENDS.has(last)) return false;
  const lex = lexicons();
  // "Rutland Medical Clinic", "Mill Road Surgery": a place's name makes it one particular clinic.
  return keys.slice(0, -1).every((w) => w === 'the' || isMedicalWord(w) || ((lex.common.has(w) || lex.notNames.has(w)) && !lex.towns.has(w)));
}

/** "Tuam on Friday", "SickKids on Nov": a day or month after a joining word is not part of a place's name. */
export function trimTrailingWhen(name: string): string {
  const lex = lexicons();
  let out = name;
  for (let cut = / (?:on|in|for|the|and|&|of|by) (\S+)$/u.exec(out); cut && lex.notNames.has(fold(cut[1] ?? '')); cut = / (?:on|in|for|the|and|&|of|by) (\S+)$/u.exec(out)) {
    out = out.slice(0, cut.index);
  }
  return out;
}
