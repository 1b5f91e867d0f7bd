// Employers, schools, hospitals and GP practices tied to the writer or their
// family: "I work at…", "my daughter goes to…", "my consultant at…". A named
// place like this narrows down who someone is, more so next to other details.
import { candidateOf, placeAt } from '../candidate';
import type { Candidate, QuasiFacet } from '../types';
import { isGenericService, isMedicalWord, lexicons, orgKey, placeKind, trimTrailingWhen } from '../lexicon/lexicons';
import { fold, trimEndChars, wordSet, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';

/** lower */
const WORK = /\b(?:(?:work(?:s|ed|ing)?|volunteer(?:s|ed|ing)?|teach(?:es|ing)?|taught|job|shifts?|placement|internship|employed|hired|retired)(?:\s(?:early|nights|days|weekends|shifts|part[- ]time|full[- ]time|on\sthe\s[a-z]{3,12}|as\san?\s[a-z]{3,15}|in\san?\s[a-z]{3,15}(?:\s[a-z]{3,15})?))?\s(?:at|for|in|by|from)|(?:i'?m|i\sam|i\swas|i'?ve\sbeen|she'?s|he'?s|she\swas|he\swas)\san?\s[a-z]{3,20}(?:\s[a-z]{3,20})?\s(?:at|for|in|with)|my\s(?:employer|company|workplace)\s(?:is|at)|on\s(?:nights|days|lates|earlies|shifts?)\s(?:at|for|in)|(?:let\sgo|sacked|fired|laid\soff|made\sredundant|dismissed)\s(?:from|by))\s{1,3}/gu;
/** lower */
const SCHOOL = /\b(?:(?:goes|go|went|started|starts|attends|attend|attended)\s(?:to|at)?|is\s(?:in\s(?:year|grade)\s\d{1,2}\s)?at|studying\sat|study\sat|i'?m\sat|pupil\sat|student\sat|(?:first|second|third|final)\syear\sat)\s{1,3}/gu;
/** lower */
const CARE = /\b(?:(?:gp|consultant|surgeon)\sat|(?:fitted|implanted|inserted|done|removed)\sat|my\s(?:consultant|specialist|rheumatologist|rheumy|neurologist|neuro|gastroenterologist|gastro|endocrinologist|endo|cardiologist|dermatologist|oncologist|surgeon|gp|doctor|doc|nurse|team|ibd nurse|ms nurse|physio|care team|hospital|clinic|practice|surgery|gp surgery|gp practice|pharmacy)\s(?:at|from|in|is at|is)|(?:i'?m|i am|i was|was|been|being|am|we'?re|we are|she'?s|he'?s|they'?re|is|are)\s(?:treated|seen|under|admitted|referred|diagnosed)(?:\s(?:at|to|by|in))?|under\sthe\s(?:care|team)\sof|patient\sat|registered\s(?:at|with)|referred\sto|admitted\sto|(?:discharged|transferred)\s(?:from|to)|(?:moved|moving|went|going|gone)\sinto|(?:had|have|having|got)\s(?:my\s|an\s|a\s)?(?:surgery|infusions?|appointments?|appt|op|operation|scans?|mri|ct|ablation|biopsy|colonoscopy|endoscopy|bloods|transplant|treatment|chemo|radiotherapy|procedure|injections?|c-section|baby)\s(?:at|in)|(?:nicu|picu|scbu|icu|hdu|ward|rehab|dialysis|infusions?|chemo|radiotherapy|surgery|op|operation|resection|transplant|delivered|born)\s(?:at|in)|(?:rheum|rheumy|rheumatologist|neuro|neurologist|gastro|consultant|specialist|endo|cardiologist|oncologist|surgeon|psychiatrist|team)\s(?:at|from)|(?:(?:transplant|cancer|dialysis|treatment)\s)?(?:cent(?:er|re)|hospital)\s?:)\s{1,3}/gu;
const ORG_NAME = /(?:the\s)?((?:St\.?\s)?\p{Lu}[\p{L}\p{M}'’&-]{0,30}(?:\s(?:of|and|&|upon|on|for|the|de|la)?\s?\p{Lu}[\p{L}\p{M}'’&-]{0,30}){0,5}|[a-z]{3,20}(?:\s[a-z]{2,20}){0,3}\s(?:hospital|infirmary|clinic|surgery|medical cent(?:re|er)|health cent(?:re|er)|primary|school|academy|college|university))/uy;

/** "anyone's at Aviva in the Norwich office", "at Lidl head office": an organisation and the office the writer works in. */
const OFFICE = /\bat\s(?:the\s)?(?=\p{Lu}[\p{L}'’&]+(?:\s\p{Lu}[\p{L}'’&]+){0,2}(?:['’]s)?\s(?:in\sthe\s\p{Lu}\p{Ll}+\s|head\s)?office\b)/gu;

export const ORG_PATTERNS: readonly RegExp[] = [WORK, SCHOOL, CARE, ORG_NAME, OFFICE];

const FAMILY_BEFORE = /\b(?:my|our|her|his|their)\s(?:son|daughter|kid|kids|child|children|boy|girl|twins?|little one|eldest|youngest|stepson|stepdaughter)(?:\s\(?\d{1,2}\)?)?\s$/iu;
const HOSPITAL_WORDS = /hospital|infirmary|clinic|surgery|medical|health|practice|hospice|nhs|trust|centre|center|royal|general|memorial|st\.? |saint/iu;
const SCHOOL_WORDS = /school|academy|college|university|uni\b|nursery|primary|secondary|high|grammar|prep|sixth form/iu;
/** Words that follow a cue but are not organisations ("I work at home", "I'm at School", "I work for myself"). */
const NOT_ORG = wordSet('home|myself|the moment|night|nights|weekends|work|school|uni|university|college|hospital|a|an|my|our|the|it|this|that|times|least|all|first|last|night');

function orgAfter(text: string, at: number): { start: number; end: number; name: string } | undefined {
  ORG_NAME.lastIndex = at;
  const m = ORG_NAME.exec(text);
  const name = m?.[1];
  if (!m || !name) return undefined;
  // A name ends at a line break: "Transplant center: UCSF\nDate of transplant: …".
  const trimmed = trimTrailingWhen(trimEndChars(name.split('\n')[0] as string, '. ').replace(/['’]s?$/u, ''));
  const start = m.index + m[0].length - name.length;
  return { start, end: start + trimmed.length, name: trimmed };
}

const ORG_HEAD = /(?:hospital|infirmary|clinic|surgery|practice|centre|center|school|academy|college|university|nursery|trust|council|bank|ltd|inc|plc|group|unit|ward|hospice|home)\b/iu;

function push(out: Candidate[], text: string, at: number, facet: QuasiFacet, cueConfidence: number, cueWord = ''): void {
  const org = orgAfter(text, at);
  if (!org) return;
  const key = fold(org.name);
  const lex = lexicons();
  const firstKey = key.split(' ')[0] ?? '';
  // "the Amazon warehouse", "the Lidl distribution centre": a workplace word after the name makes it the employer.
  const workplaceAfter = /^\s(?:[a-z]+\s)?(?:centre|center|warehouse|store|shop|factory|office|branch|depot|plant|site|call centre)\b/u.test(text.slice(org.end, org.end + 30));
  if (NOT_ORG.has(key) || (!workplaceAfter && (lex.notNames.has(key) || lex.notNames.has(firstKey))) || isMedicalWord(key)) return;
  const kind = workplaceAfter ? undefined : placeKind(key);
  // Countries and regions ("what works in France") say little; a town after "work in" is a place, not an employer.
  if (kind === 'country' || kind === 'region') return;
  // "discharged from Springfield", "surgery at Leeds": after a care cue with at/from/to, a place name is the hospital.
  const hospitalNamedForPlace = facet === 'hospital' && cueWord !== 'in';
  if (hospitalNamedForPlace && kind === 'town') cueConfidence += 0.1;
  if (kind === 'town' && !/\s/u.test(org.name.trim()) && !hospitalNamedForPlace) {
    out.push(placeAt(org.start, org.end, cueConfidence - 0.1));
    return;
  }
  // "works in Marketing" is a department; "in" only counts when the name says what it is ("in Leeds General Infirmary").
  // "work nights in the Lidl distribution centre": a workplace word just after the name counts too.
  if (cueWord === 'in' && !ORG_HEAD.test(org.name) && !workplaceAfter) return;
  const publicOrg = lex.publicOrgs.has(orgKey(org.name));
  // Being referred to "the Long Covid Clinic" or "CAMHS" says what, not where: only a workplace narrows things down.
  // "had surgery at Cleveland Clinic": a famous hospital cited as a source says nothing, but
  // after a care cue it is where the writer was treated (kept, at low severity).
  const generic = isGenericService(fold(org.name).split(/\s+/u));
  // A named hospital ("Cleveland Clinic"), not a kind of service ("Long Covid Clinic", "Pain Clinic").
  const named = fold(org.name).split(/\s+/u).slice(0, -1).every((w) => !isMedicalWord(w) && !lex.notNames.has(w));
  const treatedAtFamous = facet === 'hospital' && publicOrg && named && ORG_HEAD.test(org.name);
  if (facet !== 'employer' && !treatedAtFamous && (publicOrg || generic)) return;
  out.push(candidateOf('ORGANIZATION', org.start, org.end, publicOrg ? 'low' : 'medium', cueConfidence, { facet, detail: facet }));
}


const WORK_AT = indexedCue('WORK', WORK, CUE_WORDS.WORK);
const SCHOOL_AT = indexedCue('SCHOOL', SCHOOL, CUE_WORDS.SCHOOL);
const CARE_AT = indexedCue('CARE', CARE, CUE_WORDS.CARE);

export function detectTiedOrgs(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  if (lower.includes(' office')) for (const m of text.matchAll(OFFICE)) push(out, text, m.index + m[0].length, 'employer', 0.8);
  for (const m of cueMatches(ctx, WORK_AT)) {
    // "the Dutch ILD work at St Antonius": work as a noun, someone else's, not a job.
    if (m[0].startsWith('work ') && /\b(?:the|their|his|her|its|this|that)\s(?:[a-z]+\s){0,2}$/u.test(lower.slice(Math.max(0, m.index - 30), m.index))) continue;
    push(out, text, m.index + m[0].length, 'employer', 0.85, /\bin\s+$/u.test(m[0]) ? 'in' : '');
  }
  for (const m of cueMatches(ctx, SCHOOL_AT)) {
    const prior = text.slice(Math.max(0, m.index - 40), m.index);
    const ahead = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "I'm at Ohio State": the cue itself can say it is the writer's.
    const mine = /^i/u.test(m[0]) || /\b(?:i|i'?m|i am)\s$/iu.test(prior) || FAMILY_BEFORE.test(prior);
    if (mine || SCHOOL_WORDS.test(ahead.split(/[.,;!?\n]/u)[0] ?? '')) push(out, text, m.index + m[0].length, 'school', mine ? 0.85 : 0.6);
  }
  for (const m of cueMatches(ctx, CARE_AT)) {
    const at = m.index + m[0].length;
    const ahead = text.slice(at, at + 60).split(/[,;!?\n]/u)[0] ?? '';
    // "registered with the NDSS": a scheme in capitals, not a practice.
    if (/^registered/u.test(m[0]) && /^(?:the\s)?\p{Lu}{2,6}\b/u.test(ahead)) continue;
    push(out, text, at, 'hospital', HOSPITAL_WORDS.test(ahead) ? 0.85 : 0.7, /\bin\s+$/u.test(m[0]) ? 'in' : '');
  }
  return out;
}
