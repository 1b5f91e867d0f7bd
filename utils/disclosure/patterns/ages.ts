// Ages: "I'm 34", "34F", "he's 7", "my son Jake (9)", "Dermot here, 71, from
// Ennis". An exact age narrows down who someone is; "in my 30s" does not and
// is never flagged.
import { candidateOf } from '../candidate';
import type { Candidate } from '../types';
import { isMedicalWord, lexicons } from '../lexicon/lexicons';
import { fold, gluedTo, wordStartBefore, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';
import { KIN_WORDS } from './kin';

const RELATIVE_WORDS = KIN_WORDS;
const RELATIVE = `(?:${RELATIVE_WORDS})`;
/** Things a number can count that are not years of age. */
const NOT_AGE_AFTER = '(?![\\d.,:/\'’]\\d|\\d|\\s?(?:week|wk|day|month|mo|hour|hr|min|time|x\\b|%|kg|lb|st\\b|stone|ft|feet|foot|inch|cm|mm|mg|mcg|ml|mile|km|unit|percent|pound|quid|step|o\'?clock|am\\b|pm\\b|th\\b|nd\\b|rd\\b|and a half|[-–]\\d|/\\d|out of|of\\s|in the|on the|point|stitch|tablet|pill|dose|injection|infusion|flight|stair|cup|glass|kids|children|years (?:ago|since|later|before|after|in|of|with|on|now|post|out|clean|sober|free|past)|yrs (?:ago|since|post|out)))';

/**
 * An age in words: "my daughter's fifteen", "Siobhán is seventeen", "he's one and has no idea".
 * Only where an age can end the clause, so "she's two weeks late" and "he's one of them" stay clean.
 */
const AGE_WORD = `((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=\\s?[,.!?;)]|$|\\s(?:now|today|this|next|and|but|so|years? old|yrs? old|soon)\\b)`;
/** lower. The age is group 1 in digits, or group 2 in words. */
export const AGE_SAID = new RegExp(`\\b(?:i'?m|i am|i was|i turned|i'll turn|i will turn|just turned|turned|turning|turns|aged?|he'?s|she'?s|they'?re|he is|she is|they are|he was|she was|${RELATIVE}(?:\\s[\\p{L}'’-]{2,20})?\\s(?:is|was|just turned|turned|turns|will be)|${RELATIVE}['’]s)\\s(?:now\\s|only\\s|just\\s|nearly\\s|almost\\s)?(?:(\\d{1,3})${NOT_AGE_AFTER}|${AGE_WORD})`, 'gu');
/** lower. Forum shorthand with the age straight after: "my DS 7 was diagnosed", "DH 56 and I…". */
export const AGE_AFTER_SHORTHAND = /\b(?:ds|dd|dh|dw|dp|ds1|ds2|dd1|dd2)\s(\d{1,2})(?=\s(?:was|is|has|had|and|who|got|just|started)\b|\s?[,.;)!])/gu;
/** lower. "j'ai 45 ans", "ich bin 33", "tengo 40 años", "ho 52 anni", "ik ben 29". */
export const AGE_EU = /\b(?:j'ai\s(\d{1,3})\sans|ich\sbin\s(\d{1,2})(?=\s?[,.!]|\sjahre|\sund)|tengo\s(\d{1,3})\saños|ho\s(\d{1,3})\sanni|ik\sben\s(\d{1,2})(?=\s?[,.!]|\sjaar|\sen))/gu;
/** lower */
export const AGE_YEARS_OLD = /\b(\d{1,3})(?:\s?|-)(?:years?|yrs?)(?:\s?|-)(?:old|young)\b|\b(\d{1,3})\s?(?:yo|y\/o|y\.o\.)(?!\w)/gu;
/** lower */
export const AGE_AT = /\b(?:age|aged|at the age of|at age)\s(\d{1,3})(?![\d.,:])/gu;
export const AGE_SEX = /\((?:\s?(\d{1,2})\s?[FfMm]|\s?[FfMm]\s?(\d{1,2}))\s?\)|\b(\d{1,2})[FM]\b|\b(\d{1,2})\s\([FfMm]\)/gu;
/** lower. A baby's age in weeks or months: "he's 7 weeks", "our daughter is 4 months old", "Baby's 3 weeks old" (not "7 weeks post-op"). */
export const AGE_INFANT = /\b(\d{1,2}\s(?:weeks?|months?)(?:\sold)?)(?!\s(?:pregnant|post|pp|postpartum|in|into|since|off|clean|sober|out|ago|away|later|of|free|behind|ahead|late|early|overdue|after|from|on|til|until)\b)(?![\p{L}\d])/gu;
/** lower. Whose weeks or months they are, just before them (read back from the number, which is rarer). */
export const INFANT_BEFORE = new RegExp(`\\b(?:he'?s|she'?s|he is|she is|${RELATIVE}(?:['’]s|(?:\\s[\\p{L}'’-]{2,20})?\\sis))\\s(?:now\\s|only\\s|just\\s|nearly\\s|almost\\s)?$`, 'u');
/** lower. Words before "I'm 5" / "I was 12" that make it a simile or a past age, not how old someone is now. */
const NOT_NOW_BEFORE = /(?:\blike|\bas if|\bas though|\bfeel|\bfelt|\bsince|\bwhen|\btill|\buntil|\bbefore|\bafter|\bbecause)\s$/u;
/** lower. "Jack turns 21 on the 14th", "the day after I turned 29", "Twins turn 3 tomorrow": a birthday. */
export const TURNS_AGE = /\bturn(?:s|ed|ing)?\s(\d{1,3})(?!\d|[.,:/'’]\d|\s?(?:%|°|degrees|times|page|mg|kg|lb|x\b|[-–]\d))/gu;
/** lower. "before he turns 18", "until she's 16": an age as a rule's threshold, not anyone's age. */
const THRESHOLD_BEFORE = /\b(?:before|until|till|til|once|when|by the time|unless)\s(?:[a-z'’]+\s){1,2}$/u;
/** lower. "from age 14", "under age 5": a rule's threshold, not someone's age. */
const AGE_FLOOR_BEFORE = /\b(?:from|under|over|until|till|before|after|by|above|below)\s$/u;
/** "Jake (9)", "Raj (61)": a bracketed number right after a name or a relative. */
export const AGE_BRACKETED = /\((\d{1,3})\)/gu;
/** "Sarah Jenkins, 34, diagnosed…", "Aussie here, 58, Geelong", "35, Limerick." */
const SELF_INTRO = /^\s*(?:i'?m|i am)\s/iu;
export const AGE_APPOSITIVE = /(?:^|[,(]\s?|[.!?]\s{1,3}|\n)(\d{1,3})(?=\s?(?:[,.)!;]|$)|\s(?:and|from|with|here|yrs|years|now)\b)/gu;
/** The same after an emoji ("Hi from Perth 👋 58, …"); a separate pass, run only when the text has an emoji. */
// Matched from a rough superset of emoji in code units (three times faster to scan than the Unicode
// property), then checked properly.
export const AGE_AFTER_EMOJI = /(?:[\u00a9\u00ae\u203c-\u3299]|[\ud83c-\ud83e][\udc00-\udfff])\ufe0f?\s(\d{1,3})(?=\s?(?:[,.)!;]|$)|\s(?:and|from|with|here|yrs|years|now)\b)/g;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
const HAS_EMOJI = /\p{Extended_Pictographic}/u;


// A greeting before a comma-set age opens an introduction: "Kia ora, 50, chronic pain…", "Hi all, 34, …".
const RELATIVE_OR_HERE = new RegExp(`^(?:${RELATIVE_WORDS}|here|me|myself|lol|hi|hello|hey|hiya|heya|g'day|ora|all|everyone|folks|guys|y'all|ladies)$`, 'u');

/** lower. "Sione who is 7", "my lad who's 12 now": an age after "who is", checked against the word before. */
export const WHO_IS_AGE = new RegExp(`\\swho(?:'s|\\sis)\\s(?:now\\s|only\\s|just\\s|nearly\\s|almost\\s)?(\\d{1,2})${NOT_AGE_AFTER}(?!\\s(?:today|this))`, 'gu');
export const AGE_PATTERNS: readonly RegExp[] = [TURNS_AGE, THRESHOLD_BEFORE, AGE_FLOOR_BEFORE, WHO_IS_AGE, AGE_AFTER_EMOJI, HAS_EMOJI, AGE_SAID, AGE_AFTER_SHORTHAND, AGE_EU, AGE_YEARS_OLD, AGE_AT, AGE_SEX, AGE_INFANT, INFANT_BEFORE, NOT_NOW_BEFORE, AGE_BRACKETED, AGE_APPOSITIVE, RELATIVE_OR_HERE, SELF_INTRO];

function push(out: Candidate[], start: number, end: number, confidence: number, detail?: string): void {
  out.push(candidateOf('AGE', start, end, 'medium', confidence, { facet: 'age', detail }));
}

function pushNumber(out: Candidate[], start: number, value: string, confidence: number): void {
  const n = Number(value);
  if (!Number.isFinite(n) || n > 110 || value.length === 0) return;
  push(out, start, start + value.length, confidence);
}

/** Is the word before a bracketed or comma-set number a name, a relative or "here"? */
function namedBefore(text: string, at: number): boolean {
  const end = text.charAt(at - 1) === ' ' ? at - 1 : at;
  const word = text.slice(wordStartBefore(text, end, 30), end);
  if (word.length < 2) return false;
  const key = fold(word.replace(/['’]s$/u, ''));
  if (RELATIVE_OR_HERE.test(key)) return true;
  // "fine at my age (58)".
  if (key === 'age') return /\bmy\sage\s?$/iu.test(text.slice(Math.max(0, at - 10), at));
  const lex = lexicons();
  if (!/^\p{Lu}/u.test(word) || isMedicalWord(key) || lex.notNames.has(key)) return false;
  return !lex.common.has(key) || lex.given.has(key) || lex.towns.has(key);
}

/** The part of the current sentence before `at`, at most `max` characters. */
function sentenceBefore(text: string, at: number, max: number): string {
  let i = at;
  while (i > 0 && at - i < max && !'.!?\n'.includes(text.charAt(i - 1))) i--;
  return text.slice(i, at);
}

const isAdultAge = (value: string): boolean => value.length === 2 && Number(value) >= 13;

/** The comma-separated item before the comma at `comma` ("ER+ HER2-" in "ER+ HER2-, 42."). */
function previousItem(text: string, comma: number): string {
  let i = comma;
  while (i > 0 && comma - i < 40 && !',.!?\n'.includes(text.charAt(i - 1))) i--;
  return text.slice(i, comma);
}

function detectBareNumbers(text: string, out: Candidate[]): void {
  if (text.includes('(')) {
    for (const m of text.matchAll(AGE_BRACKETED)) {
      if (namedBefore(text, m.index)) pushNumber(out, m.index + 1, m[1] ?? '', 0.7);
    }
  }
  // Each bare number with what stands before it: a comma, a bracket, or a sentence break (stop, line, emoji).
  const found: Array<{ at: number; value: string; sep: string }> = [];
  for (const m of text.matchAll(AGE_APPOSITIVE)) {
    const value = m[1] ?? '';
    found.push({ at: m.index, value, sep: m[0].trimStart()[0] ?? '' });
  }
  if (HAS_EMOJI.test(text)) {
    for (const m of text.matchAll(AGE_AFTER_EMOJI)) if (EMOJI_START.test(m[0])) found.push({ at: m.index + m[0].length - (m[1] ?? '').length, value: m[1] ?? '', sep: '' });
  }
  for (const { at, value, sep } of found) {
    const start = text.indexOf(value, at);
    const rest = text.slice(start + value.length, start + value.length + 24);
    // "survivor here, 3 years on": a time since something, not an age.
    if (/^\s(?:years?|yrs?|months?|weeks?)\s(?:on|in|since|post|ago|later|out|clean|sober|free|now)\b/u.test(rest)) continue;
    if (sep === ',' || sep === '(') {
      // "…, 34, …" after a name, "here", or in a clause that began "I'm …".
      const selfIntro = SELF_INTRO.test(sentenceBefore(text, at, 60));
      // "Thal major, 38, from Palmers Green": an age set off by commas, then where the writer is from.
      const placeWord = sep === ',' && isAdultAge(value) ? /^,\s(?:from|in|living in|based in)\s(\p{Lu}\p{Ll}+)/u.exec(rest)?.[1] : undefined;
      const fromPlace = placeWord !== undefined && !lexicons().notNames.has(fold(placeWord));
      if (namedBefore(text, at) || selfIntro || fromPlace) pushNumber(out, start, value, 0.65);
      // "…HER2-, 42. Lumpectomy…": a grown-up's age closing a run of facts about the writer.
      else if (sep === ',' && /^(?:[.!]|$)/u.test(rest) && isAdultAge(value) && /\p{L}/u.test(previousItem(text, at))) pushNumber(out, start, value, 0.55);
    } else if (sep === '.' && isMedicalWord(fold(/[\p{L}\d]{2,12}$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? ''))) {
      // "…explained my eGFR. 52, stage 3a": a result after the test's name, not an age.
      continue;
    } else if (/^(?:,\s(?:from\s)?\p{Lu}|,\s\p{Ll}|\snow\b|\swith\s|\sand\s(?:newly|recently|just|still|have|had|got|was|i'?ve|i'?m|living|been|diagnosed|on)\b)/u.test(rest) && isAdultAge(value)) {
      // Sentence opening "35, Limerick.", "68, from Navan", "24, first baby", "49 now, living…".
      pushNumber(out, start, value, 0.6);
    }
  }
}


function detectWhoIsAges(text: string, lower: string, out: Candidate[]): void {
  if (!lower.includes(' who')) return;
  for (const m of lower.matchAll(WHO_IS_AGE)) {
    const word = text.slice(wordStartBefore(text, m.index, 30), m.index);
    const key = fold(word);
    // After a name ("Sione") or a kin word ("my lad"), not after "anyone" or "someone".
    const named = /^\p{Lu}\p{Ll}/u.test(word) && !lexicons().notNames.has(key) && !lexicons().common.has(key) && !isMedicalWord(key);
    if (!named && !RELATIVE_OR_HERE.test(key)) continue;
    const value = m[1] ?? '';
    pushNumber(out, m.index + m[0].lastIndexOf(value), value, 0.65);
  }
}

const AGE_SAID_AT = indexedCue('AGE_SAID', AGE_SAID, CUE_WORDS.AGE_SAID);

export function detectAges(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  for (const m of cueMatches(ctx, AGE_SAID_AT)) {
    if (gluedTo(lower, m.index, "'’") || NOT_NOW_BEFORE.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/turn/u.test(m[0]) ? THRESHOLD_BEFORE.test(lower.slice(Math.max(0, m.index - 30), m.index)) : /^age/u.test(m[0]) && AGE_FLOOR_BEFORE.test(lower.slice(Math.max(0, m.index - 7), m.index))) continue;
    // "I was 12 when my first lump came up": an age then, not now.
    if (/\bwas\s/u.test(m[0]) && /^\s(?:when|at the time)\b/u.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 13))) continue;
    const word = m[2];
    if (word !== undefined) {
      // "I'm one" is "I'm one of them" more often than an age: a toddler's "one" needs someone else.
      if (word === 'one' && /^i/u.test(m[0])) continue;
      push(out, m.index + m[0].length - word.length, m.index + m[0].length, 0.65);
      continue;
    }
    const value = m[1] ?? '';
    pushNumber(out, m.index + m[0].length - value.length, value, 0.75);
  }
  if (!/\d/u.test(text)) return out;
  detectWhoIsAges(text, lower, out);
  if (lower.includes('turn')) {
    for (const m of lower.matchAll(TURNS_AGE)) {
      if (THRESHOLD_BEFORE.test(lower.slice(Math.max(0, m.index - 30), m.index))) continue;
      const value = m[1] ?? '';
      pushNumber(out, m.index + m[0].length - value.length, value, 0.7);
    }
  }
  for (const m of lower.matchAll(AGE_YEARS_OLD)) {
    if (gluedTo(lower, m.index, '.')) continue;
    if (Number(m[1] ?? m[2]) <= 110) push(out, m.index, m.index + m[0].length, 0.85);
  }
  for (const m of lower.matchAll(AGE_AT)) {
    if (AGE_FLOOR_BEFORE.test(lower.slice(Math.max(0, m.index - 7), m.index))) continue;
    const value = m[1] ?? '';
    pushNumber(out, m.index + m[0].length - value.length, value, 0.8);
  }
  for (const m of text.matchAll(AGE_SEX)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (Number(value) >= 13) push(out, m.index, m.index + m[0].length, 0.8, 'age and sex');
  }
  for (const m of lower.matchAll(AGE_EU)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    pushNumber(out, m.index + m[0].indexOf(value, m[0].search(/\d/u)), value, 0.75);
  }
  for (const m of lower.matchAll(AGE_AFTER_SHORTHAND)) {
    const value = m[1] ?? '';
    pushNumber(out, m.index + m[0].length - value.length, value, 0.7);
  }
  for (const m of lower.matchAll(AGE_INFANT)) {
    if (!INFANT_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    push(out, m.index, m.index + m[0].length, 0.6, 'baby');
  }
  detectBareNumbers(text, out);
  return out;
}
