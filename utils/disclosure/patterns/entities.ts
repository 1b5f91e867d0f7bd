// Decides what a run of capitalised words names: a person, a place, an
// organisation — or nothing worth flagging (a condition, a medicine, a
// greeting, an ordinary word that opens a sentence, a country).
import { candidateOf, personAt, placeAt } from '../candidate';
import type { Candidate } from '../types';
import { isGenericService, isMedicalWord, isServiceEnd, lexicons, orgKey, placeKind, type Lexicons } from '../lexicon/lexicons';
import { forEachChunk, subChunk, type Chunk, type Word } from './chunks';
import { fold, wordSet, type ScanContext } from '../text';
import { STATE_CODES } from './state-codes';

const TITLES = wordSet('dr|doctor|prof|professor|mr|mrs|ms|miss|mx|sir|dame|lady|lord|rev|reverend|father|sister|nurse|consultant|surgeon|judge|captain|officer|colonel|president|senator|producer|director|coach');
const CLINICAL_TITLES = wordSet('dr|doctor|prof|professor|nurse|sister|consultant|surgeon');
const PLACE_PREFIX = wordSet('north|south|east|west|new|upper|lower|greater|central|port|fort|mount|st|saint|san|santa|los|las|el|lake|cape');
const STREET_WORDS = wordSet('st|rd|ave|blvd|ln|street|road|lane|avenue|drive|close|way|crescent|terrace|tce|esplanade|grove|gardens|boulevard|parade|square|mews|row|hill|park|walk|rise|green');
// The cue patterns below run on lower-cased text (see ScanContext), so they have no i flag.
export const PLACE_BEFORE = /\b(?:in|from|to|near|around|outside|past|visit|visiting|visited|moved to|moved out of|moved away from|live in|lives in|travel to|trip to|flew to|fly to|drove to|holiday in|holiday to|born in|based in|across|through)\s(?:the\s)?$/u;
export const AT_BEFORE = /\b(?:at|in|to|from|by|under|through|via|with)\sthe\s$|\bat\s$/u;
export const PERSON_AFTER = /^(?:'s\s(?:mum|mom|dad|son|daughter|wife|husband|kid|partner|address|house|birthday|number)|\s(?:said|says|told|asked|replied|wrote|thinks|thought|explained|shouted|is an?\b|was an?\b|and i|has been|had been|herself|himself|who\b))/u;
export const PERSON_BEFORE = /(?:\b(?:with|told|asked|met|meet|saw|call|called|named|thank|thanks|thank you|diolch|merci|danke|gracias|grazie|obrigad[ao]|thanks to|shout ?out to|hugs to|praying for|hi|hello|hey|dear|by|said|ask|tell|love|miss|hug|hugs|look(?:s|ed|ing)? after|car(?:ed|ing) for|(?:speak|spoke|spoken|speaking|talk|talked|talking|chat|chatted|chatting|write|wrote|writing|married|engaged|assistant|reply|replied|replying|sent it|gave it|pass it|reach out|reached out|introduced me|shouted|yelled|smiled|laughed|waved)\s(?:to|at))|["”,]\ssays)\s$/u;
const MEDICAL_NEARBY = /consultant|surgery|surgeon|ectomy|biopsy|clinic|appointment|infusion|scan|\bop\b|operation|rheum|neuro|gastro|derm|\bdr\b|doctor|nurse|ward|admitted|seen|referr|booked|transplant|treated|diagnos|unit|team|hospital|physio|dialysis|chemo|icu|a&e/u;
/** Last words of bodies that belong to everyone: charities, societies, schemes, laws, grants. */
const PUBLIC_BODY = wordSet('trust|society|foundation|charity|association|federation|alliance|network|fund|campaign|appeal|act|allowance|scheme|programme|program|benefit|grant|award|cert|certificate|helpline|care|centres|centers|clinics|hospitals|hospices|surgeries|practices');
/** lower. "I work for the … Trust", "volunteering at the … Society". */
const EMPLOYED_BEFORE = /\b(?:work(?:s|ed|ing)?|job|employed|volunteer(?:s|ed|ing)?|placement|contract)\s(?:at|for|with|by)\s(?:the\s)?$/u;
/** lower. Words after a single capitalised word that make it the name of a thing; "Ara h 2" is an allergen's part. */
const THING_AFTER = /^\s(?:[a-z]\s\d|world|community|office|branch|app|apps|website|site|page|group|forum|ward|unit|clinic|programme|program|scheme|pen|pump|device|monitor|sensor|cream|gel|spray|tablets?|patch|patches|brand|range|form|forms|application|card|funding|claim|portal|course|book|podcast|show|series|number)\b/u;
/** lower. "looking at OIT", "the show at Olympia": a thing looked at or a venue, not where the writer is treated or works. */
const LOOK_AT = /\b(?:look(?:s|ed|ing)?|glanc\w*|stare[ds]?|staring|aim\w*|good|bad|better|worse|(show|gig|concert|conference|expo|exhibition|festival|match|game|event|fair|stall))\sat\s(?:the\s)?$/u;
/** lower. What kind of place a name is, straight after it. */
// Tried only where a capitalised run ends: as a scan of the whole text it cost 2.4 ms a megabyte.
const PLACE_KIND_AFTER = /\s(?:care home|nursing home|residential home|hospice|primary|secondary|high school|academy|warehouse|depot|factory|call centre)\b/uy;
/** lower. An organisation named and then said what it is: "De Regenboog, a special school in Utrecht". */
const KIND_AFTER = /^,\s(?:an?|the|our|my)\s(?:[a-z]+\s)?(?:school|nursery|college|hospital|clinic|hospice|care home|gp practice|surgery|charity|company|firm)\b/u;
/** US state, Canadian province and Australian state codes. */
const STATE_CODE = new RegExp(`^(?:${STATE_CODES}|SA)$`, 'u');
/** lower. Words before a run that make it a product: "2 packs of Jelly Babies", "a tub of …". */
const PRODUCT_BEFORE = /\b(?:packs?|packets?|bottles?|box(?:es)?|tubs?|bags?|tins?|jars?|cans?|tubes?|sachets?|capfuls?|amount|splash|dash|drops?|squirt|dose)\sof\s$/u;
/** lower. A condition's word after a name (and maybe a second name) makes it an eponym: "Charles Bonnet syndrome", "Lou Gehrig's disease". */
const EPONYM_AFTER = /(?:\s[a-z]+)?(?:['’]s?)?\s(?:syndrome|disease|palsy|phenomenon|sign|test|procedure|disorder|anomaly|malformation|ulcer|fracture|criteria|manoeuvre|maneuver)\b/uy;
/** lower. Someone known from the screen or a book: "Ayanna Pressley's video", "Sarah Gordy and Tommy Jessop on telly", "… has talked about his sleep apnoea". */
const ON_AIR_AFTER = /(?:['’]s\s(?:[a-z]+\s){0,2}(?:video|interview|documentary|doc|memoir|book|podcast|ted talk|speech|instagram|youtube|channel|film|song|album|site|website|blog)|\s(?:has\s|have\s)?(?:talked|spoken|opened up|gone public|went public)\sabout\s(?:his|her|their)|(?:\s(?:and|&)\s[a-z]+(?:\s[a-z]+)?)?\s(?:on|in)\s(?:the\s)?(?:telly|tv|news|radio))\b/uy;
/** lower. A thing's noun a word or two after the run: "Livia period pain device", "Paxman cold cap". */
const THING_SOON_AFTER = /^(?:\s[a-z]{2,12}){1,2}\s(?:device|machine|pump|monitor|app|cream|gel|spray|tablets?|capsules?|flour|bread|drink|shake|cap|caps|brace|splint|cushion|mattress|wheelchair|scooter|sensor|inhaler)\b/u;
/** lower. A verb straight after a known first name ("Brett finally gets it", "Liam hasn't eaten"), or a speaker's colon and quote or capital. */
const NAME_VERB_AFTER = /^(?:\s(?:finally|still|just|never|always|even|also|really|only)\s[a-z]{2,}(?:s|ed)\b|\s(?:(?:has|is|was|does|did|had|ca|wo)n['’]t|turns|arrived|used to|died|is|was|has|had|have|spent|lives|lived|works|worked|went|goes|moved|married|will|would|can|could|did|does|got|gets|gave|came|told|said|says|asked|wants|wanted|needs|loves|loved|hates|texted|rang|called|messaged|sent|took|made|started|finished|turned|grew|reckons|thinks|from)\b|,?\s(?:my|our|his|her)\s(?:[a-z]+\s)?(?:coordinator|nurse|consultant|doctor|gp|physio|carer|husband|wife|partner|son|daughter|mum|mom|dad|friend|sister|brother|neighbour|neighbor)\b|:\s?["“]?\p{L})/u;
/** Last words that name a kind of place: "Thornton Heath", "Burleigh Heads", "Fitzroy North". */
const PLACE_LAST = /^(?:heath|heads|north|south|east|west|bay|beach|hill|hills|heights|vale|valley|springs|falls|point|creek|harbour|harbor|green|moor|downs|cove|town|village|lakes?|ridge|wells|common|cross|end|wood|woods|park|bridge|market|spa|regis|magna|parva)$/u;
/** lower. A street's name just before: "… Moorland Road in ", "… Elm Street, ". */
const STREET_THEN_IN = /\b(?:road|rd|street|st|lane|avenue|ave|drive|close|crescent|terrace|grove|gardens|court|way|estate)\s(?:in|,)\s$/u;
/** A UK, Canadian or Irish postcode, or a ZIP, straight after a run. */
const POSTCODE_AFTER = /^,?\s(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d{2}\s?[A-Z\d]{4}|\d{5})(?![\p{L}\d])/u;
const allCapsRun = (words: readonly Word[]): boolean => words.every((w) => w.allCaps);
/** A run longer than this is a heading or a title, not a name. */
const MAX_NAME_WORDS = 4;

const knownFirstName = (lex: Lexicons, key: string): boolean => lex.given.has(key) || (key.includes('-') && key.split('-').every((part) => lex.given.has(part)));

/** "Marie-Claude", "Lily-Mae": a double first name counts when both halves are names and one is not also a word. */
const doubleFirstName = (lex: Lexicons, key: string): boolean => {
  const parts = key.split('-');
  return parts.every((part) => lex.given.has(part)) && parts.some((part) => !lex.wordLike.has(part));
};

/** Sticky patterns tried at one place in the lower-cased text, with no string cut out for them. */
function stickyAt(pattern: RegExp, lower: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(lower);
}

/** lower. A birthday straight after a first name, even one that is also a word: "Jack turns 21", "Grace was born". */
const BIRTHDAY_AFTER = /\s(?:turn(?:s|ed)\s\d|was born\b)/uy;

const placeCueBefore = (prior: string): boolean => PLACE_BEFORE.test(prior) && !PERSON_BEFORE.test(prior);

function isMedical(lex: Lexicons, w: Word, next: Word | undefined, text: string): boolean {
  if (isMedicalWord(w.key)) return true;
  // "Wolff-Parkinson-White", "Creutzfeldt-Jakob": a chain of names with an eponym in it is a condition.
  // "Marie-Claude" is not: an eponym that is also a first name ("Marie" in Charcot-Marie-Tooth) does not decide.
  if (w.key.includes('-') && w.key.split('-').some((part) => isMedicalWord(part) || (lex.eponymsWithCue.has(part) && !lex.given.has(part)))) return true;
  if (!lex.eponymsWithCue.has(w.key)) return false;
  // "Wilson's disease", "Graves' disease", "Down syndrome", "Bell's palsy".
  const following = next?.key ?? /^\s([a-z]+)/u.exec(text.slice(w.end, w.end + 20))?.[1] ?? '';
  return lex.medicalCueWords.has(following) || isMedicalWord(following) || lex.eponymsWithCue.has(following);
}

interface Run {
  run: Chunk;
  title?: Word;
  /** The run follows a condition name: "MS Society", "Crohn's & Colitis UK" are charities, not people. */
  afterMedical?: boolean;
  /** A condition or medicine follows straight after: "Long" in "Long Covid", "Hormone" in "Hormone Therapy". */
  beforeMedical?: boolean;
}

/**
 * Split a run wherever a word is medical or a stop word ("Thanks Sarah" → "Sarah",
 * "Humira Sarah" → "Sarah"), set titles aside ("Dr Okonkwo"), and drop ordinary
 * words that only have a capital because they open a sentence ("Saw Healthline").
 */
function cleanRuns(chunk: Chunk, text: string, lower: string, lex: Lexicons): Run[] {
  const out: Run[] = [];
  const words = chunk.words;
  let from = 0;
  let title: Word | undefined;
  let afterMedical = false;
  // "Wasser Pain Centre", "Leeds Renal Unit": a short run with an organisation word after its first
  // word names one place, medical words and all; it is not split at "Pain" or "Renal".
  let orgEnd = -1;
  if (words.length <= 6 && !isMedicalWord(words[0]?.key ?? '')) {
    for (let i = 1; i < words.length; i++) if (lex.orgWords.has((words[i] as Word).key) || lex.orgSuffixes.has((words[i] as Word).key) || isServiceEnd((words[i] as Word).key)) orgEnd = i;
  }
  const flush = (to: number, beforeMedical = false): void => {
    const run = subChunk(chunk, from, to, text);
    if (run) out.push({ run, title, afterMedical, beforeMedical });
    title = undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    const orgWord = lex.orgWords.has(w.key) || lex.orgSuffixes.has(w.key);
    const inOrgName = orgWord && (i > from || (next !== undefined && next.start - w.end > 1));
    // A sentence opener that is an ordinary word ("Saw", "Will") only stays when a surname follows directly.
    // "Using Hylo-Forte", "Watched Unrest": a verb form opening a sentence is never a first name.
    // (Not checked against the first names: 1 in 64 unknown words hashes in, and names ending so are rare.)
    const verbForm = w.key.length > 5 && /(?:ing|ed)$/u.test(w.key);
    const surnameNext = (): boolean => next !== undefined && next.start - w.end === 1 && !lex.common.has(next.key) && !next.allCaps && !/(?:ing|ed)$/u.test(w.key);
    // "Marie-Claude": a double first name counts as known when both halves are first names.
    const opener = i === 0 && chunk.sentenceStart && (verbForm || (lex.common.has(w.key) && !(surnameNext() && knownFirstName(lex, w.key))))
      && !(lex.given.has(w.key) && stickyAt(BIRTHDAY_AFTER, lower, w.end));
    // Only words before the organisation word ("Wasser Pain Centre"), not "… Clinic on Feb".
    const orgRun = i <= orgEnd;
    // "Guillain-Barré Syndrome", "Hurthle Cell": a cue word straight after a condition belongs to it.
    const medicalWord: boolean = !inOrgName && (isMedical(lex, w, next, text) || (i === from && afterMedical && lex.medicalCueWords.has(w.key)));
    const medical = medicalWord && !orgRun;
    // "Hanne I. Kreutzmann", "Martim A Pereira": a lone capital between two names is a middle initial, not "I" or "A".
    const middleInitial = w.initial && i > from && next !== undefined && next.start - w.end <= 2 && !next.initial;
    // "Belmont Ave": a street word after a name ends a street's name, even one a word list holds ("Ave").
    const streetEnd = i > from && STREET_WORDS.has(w.key);
    const stop = !inOrgName && !middleInitial && !streetEnd && (opener || medical || (!orgRun && lex.notNames.has(w.key)));
    // "MS Society", "MISS": written in capitals these are letters or words, not the titles Ms and Miss.
    const isTitle = TITLES.has(w.key) && next !== undefined && !w.possessive && !(w.allCaps && (w.key === 'ms' || w.key === 'miss'));
    if (isTitle || stop) {
      if (i > from) flush(i, medicalWord && next === undefined ? false : medicalWord);
      from = i + 1;
      afterMedical = medicalWord;
      if (isTitle) title = w;
    }
  }
  if (from < words.length) flush(words.length);
  return out;
}

function joinedKey(words: readonly Word[], from = 0): string {
  let key = '';
  for (let i = from; i < words.length; i++) key += i === from ? (words[i] as Word).key : ` ${(words[i] as Word).key}`;
  return key;
}

function anyWord(words: readonly Word[], test: (w: Word) => boolean): boolean {
  for (const w of words) if (test(w)) return true;
  return false;
}

const isBrandLike = (w: Word): boolean => isMedicalWord(w.key) || (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u.test(w.text));

function spanEnd(run: Chunk): number {
  const last = run.words[run.words.length - 1];
  if (!last?.possessive) return run.end;
  return last.end - (/['’]$/u.test(last.text) ? 1 : 2);
}

function organisation(start: number, end: number, lower: string, confidence: number): Candidate {
  const medical = MEDICAL_NEARBY.test(lower.slice(Math.max(0, start - 70), Math.min(lower.length, end + 30)));
  return candidateOf('ORGANIZATION', start, end, 'medium', confidence, { facet: medical ? 'hospital' : undefined, detail: 'organisation' });
}

/**
 * Products, titles and public bodies that a run's own words cannot tell apart from a name.
 * Checked only once a run has been read as something, since most runs are dropped earlier.
 */
function isThingAfterAll({ run }: Run, text: string, lower: string, lex: Lexicons, c: Candidate): boolean {
  const words = run.words;
  const prior = lower.slice(Math.max(0, run.start - 40), run.start);
  if (PRODUCT_BEFORE.test(prior) || THING_SOON_AFTER.test(lower.slice(c.end, c.end + 40))) return true;
  // "Charles Bonnet syndrome", "Kennedy's disease": a name before a condition's word is an eponym.
  if (stickyAt(EPONYM_AFTER, lower, c.end)) return true;
  // "an Össur Cheetah", "one of those Vivi Cap cases": people are seldom "a" or "those" anything.
  if (c.kind === 'PERSON' && (/\b(?:an?|those|these)\s$/u.test(prior) || stickyAt(ON_AIR_AFTER, lower, c.end))) return true;
  // "Bob's your uncle": a saying, not a person.
  if (/^['’]s your uncle\b/u.test(lower.slice(c.end, c.end + 16))) return true;
  // "Jabra Enhance vs Sony …": things compared side by side are products, not people.
  if (/^\s(?:vs\.?|versus)\s/u.test(lower.slice(c.end, c.end + 10)) || /\s(?:vs\.?|versus)\s$/u.test(prior)) return true;
  if (words.length < 2) return false;
  // "Cochlear Nucleus 8", "Sony CRE-E10": a model number straight after a name of two or more words.
  if (/^(?:\s\d{1,2}(?![\d:/.,])|-?\d)/u.test(text.slice(c.end, c.end + 4)) && !/^\s\d{1,2}\s?(?:years?|yrs?|yo|y\/o|months?|weeks?)\b/u.test(lower.slice(c.end, c.end + 14))) return true;
  // "British Heart Foundation RevivR": a run that opens with a public body's name belongs to it.
  // But "came home from St Thomas' Hospital": a famous hospital where the writer was treated is kept (low).
  const treatedThere = c.kind === 'ORGANIZATION' && c.facet === 'hospital' && /\b(?:at|from|in|into)\s(?:the\s)?$/u.test(prior);
  if (treatedThere) c.severity = 'low';
  else for (let k = Math.min(words.length - 1, 4); k >= 2; k--) if (lex.publicOrgs.has(orgKey(joinedKey(words.slice(0, k))))) return true;
  // "Bright Spots & Landmines", “Grace and Frankie”: a run in quotes is the title of something.
  return /["“‘']$/u.test(text.slice(Math.max(0, run.start - 1), run.start)) && /^["”’']/u.test(text.slice(c.end, c.end + 1));
}

function classifyRun({ run, title, afterMedical, beforeMedical }: Run, text: string, lower: string, lex: Lexicons): Candidate | undefined {
  const words = run.words;
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  const key = joinedKey(words);
  const start = run.start;
  const end = spanEnd(run);
  const prior = lower.slice(Math.max(0, start - 40), start);

  // "Certificate of Vision Impairment", "Friends of the Earth": after a capitalised word and "of", a title goes on.
  // Not after a verb opening the sentence: "Posting for Jaz", "Asking for Marek".
  if (!title && (prior.endsWith(' of ') || prior.endsWith(' for ')) && /\p{Lu}\p{Ll}+\s(?:of|for)\s$/u.test(text.slice(Math.max(0, start - 30), start)) && !/(?:ing|ed) (?:of|for) $/u.test(prior) && !lex.given.has(first.key)) return undefined;
  if (title) {
    const clinician = CLINICAL_TITLES.has(title.key) || (title.key === 'mr' && /consultant|surgeon|specialist/u.test(lower.slice(Math.max(0, title.start - 60), title.start)));
    return candidateOf('PERSON', start, end, 'medium', 0.88, { facet: clinician ? 'clinician' : undefined, detail: clinician ? 'clinician' : 'titled' });
  }
  // "St Bede's", "St Brigid's Nursing Home": a saint's name is a school, church or hospital, never a person;
  // "St Albans", "St Ives" are towns.
  if ((first.key === 'st' || first.key === 'saint') && words.length > 1) {
    if (last.possessive || anyWord(words, (w) => lex.orgWords.has(w.key))) return organisation(start, end, lower, 0.7);
    // "scheduled 4/22 at Saint Francis": after "at", with care nearby, a saint's name is the hospital.
    if (AT_BEFORE.test(prior) && MEDICAL_NEARBY.test(lower.slice(Math.max(0, start - 50), end + 30))) return organisation(start, end, lower, 0.6);
    return PLACE_BEFORE.test(prior) ? placeAt(start, end, 0.6, 'medium', 'place') : undefined;
  }
  // "The school (Bishop Challoner)", "De Regenboog, a special school": named as what it is.
  // "Pinewood Lodge care home", "Oakfield primary": a name with what kind of place it is after it.
  const bracketed = text.charCodeAt(start - 1) === 40 && /\b(?:school|nursery|college|uni|university|hospital|clinic|hospice|practice|surgery|provider|employer|work)\s?\($/u.test(prior) && !allCapsRun(words);
  if (bracketed || (text.charCodeAt(end) === 44 && KIND_AFTER.test(lower.slice(end, end + 30)))) return organisation(start, end, lower, 0.7);
  if (lex.publicOrgStarts.has(first.key) && (lex.publicOrgs.has(orgKey(text.slice(start, end))) || (lex.publicOrgs.has(first.key) && !lex.given.has(first.key)))) return undefined;
  // "Orange County", "County Durham", "the Inner West": a county or a quarter of a city narrows little.
  if (first.key === 'county' || last.key === 'county' || /^(?:(?:north|south|east|west|inner|outer|central|mid|far)\s?)+$/u.test(key)) return undefined;
  const countryEnd = lex.countries.has(last.key);
  if (afterMedical && (countryEnd || !anyWord(words, (w) => !lex.orgSuffixes.has(w.key) && !lex.orgWords.has(w.key) && !lex.common.has(w.key)))) return undefined;
  if (beforeMedical && !title) return undefined;
  // Charities, societies, schemes and laws are public: named, they identify nobody unless the writer works there.
  // "Myasthenia Gravis Foundation of America": a body named for a whole country is public too.
  if (words.length > 1 && (PUBLIC_BODY.has(last.key) || (countryEnd && anyWord(words, (w) => PUBLIC_BODY.has(w.key)))) && !EMPLOYED_BEFORE.test(prior)) return undefined;
  if (isGenericService(words.map((w) => w.key))) return undefined;
  // "Leamington Spa", "Tunbridge Wells": a known town's name is read as the town, organisation words and all.
  if (words.length > 1 && (lex.orgSuffixes.has(last.key) || anyWord(words, (w) => lex.orgWords.has(w.key))) && placeKind(key) !== 'town') return organisation(start, end, lower, 0.75);
  // Medicines and brands: "Pilocarpine", "BlueCross", "HealthUnlocked" (but not "McDonald" or "DeShawn").
  if (anyWord(words, isBrandLike)) return undefined;
  if (words.length > 1 && STREET_WORDS.has(last.key)) {
    // "Gutsy Walk is coming up!": opening a sentence with nothing tying it to a place, it names an event.
    if (run.sentenceStart && !/\d\s?$/u.test(prior)) return undefined;
    return placeAt(start, end, 0.6, 'medium', 'place', 'street');
  }

  // "Birmingham AL", "Kingston ON": a town with a state or province code after it.
  if (words.length === 2 && last.allCaps && STATE_CODE.test(last.text) && placeKind(first.key) === 'town') {
    return placeAt(start, end, 0.7, 'medium', 'place');
  }
  // "Heaton Moor, SK4 2NP": a name with a postcode straight after it is a place.
  // A bare five-digit number after a known first name is more likely a number than a ZIP.
  const postcodeAfter = POSTCODE_AFTER.exec(text.slice(end, end + 12));
  // Not a province or state ("Hamilton, Ontario, L8P 2Y1"): those narrow little.
  if (postcodeAfter && !allCapsRun(words) && !(/\d{5}/u.test(postcodeAfter[0]) && lex.given.has(first.key)) && !['region', 'country'].includes(placeKind(key) ?? '')) {
    return placeAt(start, end, 0.75, 'medium', 'place');
  }
  const allCaps = !anyWord(words, (w) => !w.allCaps);
  const place = placeKind(key) ?? (words.length > 1 && PLACE_PREFIX.has(first.key) ? placeKind(joinedKey(words, 1)) : undefined);
  // Countries, states and regions narrow down very little: never flagged.
  // "Thanks Kerry!", "Jordan said…": a first name that is also a county or country, with a person cue.
  if ((place === 'country' || place === 'region') && words.length === 1 && lex.given.has(first.key) && !placeCueBefore(prior)
    && (PERSON_BEFORE.test(prior) || PERSON_AFTER.test(lower.slice(end, end + 40)) || NAME_VERB_AFTER.test(lower.slice(end, end + 24)))) {
    return personAt(start, end, 'low', 0.5, 'first name');
  }
  if (place === 'country' || place === 'region' || countryEnd) return undefined;
  // "at the N&N", "seen at UHL", "at Emory": after "at", a name is usually a hospital, school or employer.
  // "at Sarah's" is someone's home; "scan at King's", "at Guy's" with care nearby is a hospital.
  const possessiveName = words.length === 1 && last.possessive && lex.given.has(first.key);
  const atPlace = AT_BEFORE.test(prior) && !PERSON_BEFORE.test(prior) && !run.sentenceStart;
  const lookAt = atPlace ? LOOK_AT.exec(prior) : null;
  if (lookAt?.[1]) return undefined;
  if (atPlace && !lookAt && (!possessiveName || MEDICAL_NEARBY.test(lower.slice(Math.max(0, start - 50), end + 30)))) {
    const thing = THING_AFTER.test(lower.slice(end, end + 12));
    const placeLike = /\b(?:at|in|from|to)\s(?:the\s)?$/u.test(prior);
    if (!thing && (!allCaps || (placeLike && key.length >= 2 && !isMedicalWord(key)))) return organisation(start, end, lower, 0.6);
  }
  // "Reminder: AMIRA HASSAN, you have…": two or three capitals words, the first a known first name.
  if (allCaps && words.length >= 2 && words.length <= 3 && lex.given.has(first.key) && !lex.wordLike.has(first.key) && !lex.common.has(first.key) && !anyWord(words, (w) => w.key.length < 2 || lex.common.has(w.key) || isMedicalWord(w.key) || lex.notNames.has(w.key))) {
    return personAt(start, end, 'high', 0.6, 'full name');
  }
  if (allCaps) return undefined;

  const common: boolean[] = [];
  for (const w of words) common.push(lex.common.has(w.key));
  const firstName = first.key.includes('-') ? doubleFirstName(lex, first.key) : lex.given.has(first.key) && !lex.wordLike.has(first.key);
  const placeCue = placeCueBefore(prior);
  // "in Thornton Heath", "from Brunswick East": after a place cue, a last word that names a kind of place wins over a first name.
  if (placeCue && words.length === 2 && PLACE_LAST.test(last.key)) return placeAt(start, end, 0.65, 'medium', 'place');
  // "on Moorland Road in Burslem": a name after a street and "in" is the street's town.
  if (words.length <= 3 && STREET_THEN_IN.test(prior) && !anyWord(words, (w) => lex.common.has(w.key) || lex.notNames.has(w.key))) {
    return placeAt(start, end, 0.65, 'medium', 'place');
  }
  // A town needs "in", "from", "near"… before it, or a list comma ("Priory Medical Group, York"): untied mentions say little.
  // Not in a list of counties or countries ("Mayo, Galway, the whole west").
  const listed = /,\s$/u.test(prior) && !firstName;
  const afterRegion = /(\p{Lu}\p{Ll}+),\s$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const regionList = afterRegion !== undefined && ['region', 'country'].includes(placeKind(fold(afterRegion)) ?? '');
  if (place === 'town' && !run.sentenceStart && (placeCue || (listed && !regionList))) {
    return placeAt(start, end, 0.7, placeCue ? 'medium' : 'low', 'place');
  }
  if (place === 'town' && !firstName) return undefined;
  if (words.length === 1) {
    if (lex.given.has(first.key) && stickyAt(BIRTHDAY_AFTER, lower, end)) return personAt(start, end, 'low', 0.6, 'first name');
    // "Tier 3", "Ward 7": an unknown word with a number after it is a label, not a name.
    if (first.initial || (run.sentenceStart && common[0] && !firstName) || (!firstName && text.charCodeAt(end) === 32 && /\d/u.test(text.charAt(end + 1)))) return undefined;
    // A known first name (not also a word) opening a sentence with a verb after it: "Kevin had given…",
    // "Asya spent a year…", "Nicole: Remember me?" (a speaker in dialogue).
    const nameVerb = firstName && !common[0] && NAME_VERB_AFTER.test(lower.slice(end, end + 24));
    // "Gerhard's PSA came back": a known first name (not an eponym like "Addison's") owning something.
    // Not "Matthew's Friends" (a charity's name) or "Todd's paralysis" (a condition).
    const owned = first.possessive ? /^\s(?:[a-z]+|[A-Z]{2,6})(?![\p{L}\d])/u.exec(text.slice(last.end, last.end + 24))?.[0].trim() : undefined;
    const owner = firstName && !common[0] && owned !== undefined && !lex.eponymsWithCue.has(first.key) && !lex.medicalCueWords.has(owned);
    const cue = nameVerb || owner || PERSON_BEFORE.test(prior) || PERSON_AFTER.test(lower.slice(end, end + 40));
    // A lone capitalised word opening a sentence ("Breathing exercises…") needs a cue, not just the name list.
    if (run.sentenceStart && !cue) return undefined;
    // "I have Addison's", "my Barrett's": an eponym that is also a first name, owning nothing, is the condition.
    if (first.possessive && lex.eponymsWithCue.has(first.key) && !PERSON_AFTER.test(lower.slice(end, end + 40))) return undefined;
    // "Harriet's Hope", "Matthew's Friends": a name owning a capitalised ordinary word names a charity or a shop.
    const titled = first.possessive ? /^\s(\p{Lu}\p{Ll}+)/u.exec(text.slice(last.end, last.end + 20))?.[1] : undefined;
    if (titled && lex.common.has(fold(titled))) return undefined;
    // "the Flo app", "the Grace ward": a name seldom follows "the", or comes before a thing's name.
    if (/\bthe\s$/u.test(prior) || THING_AFTER.test(lower.slice(end, end + 12))) return undefined;
    if (firstName && (!common[0] || cue)) return personAt(start, end, 'low', 0.6, 'first name');
    // Opening a sentence, "is a" or "said" after an unknown word says little: "Priapism is a…", "Barber said…".
    if (cue && !common[0] && !(run.sentenceStart && /^\s(?:is|was|said|says)\b/u.test(lower.slice(end, end + 8)))) return personAt(start, end, 'low', 0.5, 'first name');
    return undefined;
  }
  // "The Serenity Prayer", "the Grace Kelly film": after "the", capitalised words name a thing.
  if (words.length > MAX_NAME_WORDS || /\bthe\s$/u.test(prior)) return undefined;
  // "Hylo Forte", "Women's Mini Marathon", "Carbs & Cals app": products and events, not people.
  if (lex.thingEnds.has(last.key) || THING_AFTER.test(lower.slice(end, end + 12))) return undefined;
  // Two to four capitalised words: a name unless they are ordinary words in title case ("Thank You", "Best Wishes").
  let ordinary = 0;
  for (const c of common) if (c) ordinary++;
  if (firstName && ordinary - (common[0] ? 1 : 0) < words.length - 1) return personAt(start, end, 'high', 0.8, 'full name');
  // "IVF Round", "MRI Results": an acronym opening the run names a thing, not a person.
  if (first.allCaps && first.key.length >= 3) return undefined;
  // Without a known first name, an ordinary last word ("Sickle Cell", "Shout Out") needs a cue to be a surname.
  const personCue = PERSON_BEFORE.test(prior) || PERSON_AFTER.test(lower.slice(end, end + 40));
  if (!firstName && common[words.length - 1] && !personCue) return undefined;
  // Mid-sentence, an ordinary first word before a surname-like last word is still a name ("add Lewis Forbes as guardian").
  if (ordinary === 0 || (ordinary < words.length && (!common[0] || (!run.sentenceStart && !common[words.length - 1])))) {
    // "from Faina D. Yefremova": a middle initial belongs to a person, never to a place; nor does
    // a name with a house number after it ("post to Moana Tupou, 22 Kawau Street": the addressee).
    if (placeCue && !(words.length === 3 && (words[1] as Word).initial) && !/^,\s?\d{1,5}[a-z]?\s\p{Lu}/u.test(text.slice(end, end + 10))) return placeAt(start, end, 0.45, 'low', 'place', undefined);
    return personAt(start, end, 'high', 0.6, 'full name');
  }
  return undefined;
}

/** "Bongani and Thandi", "Tunde, Marisol, Kev and Bev": capitalised words listed with a name read as a person. */
const LISTED_AFTER = /^(?:,\s|\s(?:and|&|n)\s|,\s(?:and|&)\s)(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?![\p{L}\d])/u;
const LISTED_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})(?:,\s|\s(?:and|&|n)\s)$/u;

function pairedName(word: string, lex: Lexicons): boolean {
  const key = fold(word.replace(/['’]s?$/u, ''));
  return !lex.common.has(key) && !lex.notNames.has(key) && !isMedicalWord(key) && placeKind(key) === undefined && !lex.publicOrgs.has(key) && !lex.wordLike.has(key);
}

/** Names listed with a person found by other means ("Thank you Bongani and Thandi"): people too, along the whole list. */
function pairedPeople(text: string, people: readonly Candidate[], lex: Lexicons, out: Candidate[]): void {
  const queue = [...people];
  const seen = new Set(people.map((p) => p.start));
  const add = (start: number, length: number): void => {
    if (seen.has(start)) return;
    seen.add(start);
    const c = personAt(start, start + length, 'low', 0.5, 'first name');
    out.push(c);
    queue.push(c);
  };
  for (let p = queue.shift(); p; p = queue.shift()) {
    const after = LISTED_AFTER.exec(text.slice(p.end, p.end + 28));
    const next = after?.[1];
    if (after && next && pairedName(next, lex)) add(p.end + after[0].length - next.length, next.length);
    const before = LISTED_BEFORE.exec(text.slice(Math.max(0, p.start - 28), p.start));
    const prev = before?.[1];
    const prevStart = before && prev ? p.start - before[0].length + before[0].indexOf(prev) : -1;
    // Only a lone word: "Kim Kardashian and Cara …" is a whole name the run reader has already judged.
    if (before && prev && pairedName(prev, lex) && !/\p{Lu}[\p{Ll}'’-]+\s$/u.test(text.slice(Math.max(0, prevStart - 25), prevStart))) add(prevStart, prev.length);
  }
}

export function detectEntities(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const lex = lexicons();
  const out: Candidate[] = [];
  const famous: Array<{ start: number; end: number }> = [];
  forEachChunk(text, (chunk) => {
    // Most runs are one ordinary word ("The", "I", "Thanks"): drop them before any work.
    const only = chunk.words.length === 1 ? chunk.words[0] : undefined;
    if (only && (only.initial || lex.notNames.has(only.key) || (chunk.sentenceStart && lex.common.has(only.key) && !lex.given.has(only.key)))) return;
    // "Selena Gomez", "Lady Gaga", "Prince Harry": a public figure, titles and all, identifies nobody here.
    const lead = chunk.words[0];
    if (!only && lead && chunk.words.length <= 4 && lex.publicOrgStarts.has(lead.key) && lex.publicOrgs.has(orgKey(text.slice(chunk.start, chunk.end)))) {
      famous.push(chunk);
      return;
    }
    // "Flew Aer Lingus to…", "Rang Macmillan": a verb opening the sentence, then a public body's name.
    const second = chunk.words[1];
    if (chunk.sentenceStart && second && lex.publicOrgStarts.has(second.key) && lex.publicOrgs.has(orgKey(text.slice(second.start, chunk.end)))) return;
    for (const run of cleanRuns(chunk, text, lower, lex)) {
      let c = classifyRun(run, text, lower, lex);
      // "Pinewood Lodge care home", "Oakfield primary": a name with what kind of place it is after it.
      const end = c?.end ?? run.run.end;
      if (lower.charCodeAt(end) === 32 && stickyAt(PLACE_KIND_AFTER, lower, end) && (c ? c.kind !== 'ORGANIZATION' : run.run.words.length > 1 && !allCapsRun(run.run.words))) c = organisation(c?.start ?? run.run.start, end, lower, 0.7);
      if (c && c.end > c.start && (run.title || !isThingAfterAll(run, text, lower, lex, c))) out.push(c);
    }
  });
  const kept = famous.length > 0 ? withoutListedWithFamous(text, out, famous) : out;
  pairedPeople(text, kept.filter((c) => c.kind === 'PERSON'), lex, kept);
  return kept;
}

const GAP_AFTER = /^(?:,\s(?:and|&)\s|,\s?|\s(?:and|&)\s)/u;
const GAP_BEFORE = /(?:,\s?|\s(?:and|&)\s|,\s(?:and|&)\s)$/u;

/** "Ray Charles, Stevie Wonder, Andrea Bocelli": names listed with a public figure are public figures too. */
function withoutListedWithFamous(text: string, found: readonly Candidate[], famous: Array<{ start: number; end: number }>): Candidate[] {
  const startsAt = new Map<number, Candidate>();
  const endsAt = new Map<number, Candidate>();
  for (const c of found) {
    if (c.kind !== 'PERSON') continue;
    startsAt.set(c.start, c);
    endsAt.set(c.end, c);
  }
  const dropped = new Set<Candidate>();
  for (let f = famous.pop(); f; f = famous.pop()) {
    const after = GAP_AFTER.exec(text.slice(f.end, f.end + 7))?.[0];
    const before = GAP_BEFORE.exec(text.slice(Math.max(0, f.start - 7), f.start))?.[0];
    for (const c of [after === undefined ? undefined : startsAt.get(f.end + after.length), before === undefined ? undefined : endsAt.get(f.start - before.length)]) {
      if (!c || dropped.has(c)) continue;
      dropped.add(c);
      famous.push(c);
    }
  }
  return dropped.size === 0 ? [...found] : found.filter((c) => !dropped.has(c));
}
