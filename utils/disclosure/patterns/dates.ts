// Dates. A date of birth identifies; an exact appointment or surgery date
// narrows down who you are, and links a post to records. Months and years
// alone are left alone: they narrow very little.
import { candidateOf } from '../candidate';
import type { Candidate } from '../types';
import { plausibleDate } from '../checksums';
import { before, gluedTo, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';

const ENGLISH_MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// With the Dutch, German, French and Spanish names people keep when they write in English ("3 februari");
// those languages put the day first, so only day-month dates read them.
const MONTH = `(?:${ENGLISH_MONTH}|januari|januar|janvier|februari|februar|f[ée]vrier|febrero|maart|m[äa]rz|marzo|avril|abril|mei|mai|mayo|juni|juin|junio|juli|juillet|julio|augustus|ao[ûu]t|agosto|septiembre|okt(?:ober)?|octobre|octubre|novembre|noviembre|d[ée]cembre|dez(?:ember)?|dic(?:iembre)?)`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';

export const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?![\w/]|[.-]\d)/gu;
export const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?![\w/]|[.-]\d)/gu;
/** lower */
// "3. Oktober": German writes the day with a stop (checked below, since "a 6. May the…" is English).
export const DAY_MONTH = new RegExp(`\\b(?:${WEEKDAY},?\\s)?(?:the\\s)?${DAY}\\.?\\s(?:of\\s)?${MONTH}\\.?(?:,?\\s(?:\\d{4}|'\\d{2}))?(?!\\w)`, 'gu');
/** lower */
// A full stop only after a short month ("Apr. 6"): after "April." a new sentence starts ("in April. 6 days off").
// No weekday in front: an optional group that every position must try made this the slowest date
// pattern; a weekday before the month is added afterwards (WEEKDAY_BEFORE).
export const MONTH_DAY = new RegExp(`\\b(?:${ENGLISH_MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)\\s(?:the\\s)?${DAY}(?:,?\\s\\d{4})?(?![\\w:])`, 'gu');
/** lower. Day, month and year joined by dashes, dots or slashes: "17-Jan-1964", "03.mar.2021", "5/Sept/88". */
export const DAY_MON_YEAR_JOINED = new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])([-/.])${MONTH}\\1(?:\\d{4}|\\d{2})(?![\\w-])`, 'gu');
/** lower. "Thursday 14th", "on the 3rd" is too vague; a weekday pins the week. */
/** lower. "Thursday, March 6": the weekday just before a month and day belongs to the date. */
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY},?\\s$`, 'u');
export const WEEKDAY_DAY = new RegExp(`\\b${WEEKDAY}\\s(?:the\\s)?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b`, 'gu');
/**
 * "on 5/9", "resection done 19/05", "appt 14/03", "hearing is 11/18": day and month without a year, only after a
 * word that says something happens on that day ("pain 7/10", "24/7" and "1/2 a tablet" have none). lower
 */
export const SHORT_DATE = /\b(?:on|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|done|booked(?:\sin)?\sfor|scheduled(?:\sfor)?|due(?:\son)?|(?:appt|appointment|assessment|op|surgery|scan|hearing|tribunal|infusion|procedure|induction|biopsy|consult)(?:\s(?:is|was|is\son|was\son|date\sis)|:)?|admitted|discharged|until|till|before|after)\s(?:the\s)?(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d|\s(?:of|clear|normal)\b)/gu;
/** lower. A birth year alone: "born in 1988". */
export const BIRTH_YEAR = /\bborn\s(?:in\s)?((?:19|20)\d{2})(?![\w/-])/gu;
export const BIRTH_CUE = /(?:\bborn|\bbirth|\bdob|d\.o\.b\.?|birthday|b'?day|\bb\.)(?:['’]s)?(?:\s(?:is\s)?(?:today|tomorrow|yesterday))?\W{0,6}(?:on|is|was|:|was on|date|as)?\W{0,4}(?:the\s)?$/iu;

/** "World CP Day is 6 October", "runs 15 May to 15 June": a public day (a capital Day), not one in the writer's life ("Family day is…"). */
const PUBLIC_DAY_BEFORE = /\b(?:Day|Week|Month)\s(?:is|runs|falls)\s(?:on\s)?$|\bruns\s(?:from\s)?\S+\s\S+\sto\s$/u;

export const DATE_PATTERNS: readonly RegExp[] = [PUBLIC_DAY_BEFORE, NUMERIC_DATE, ISO_DATE, DAY_MONTH, DAY_MON_YEAR_JOINED, MONTH_DAY, WEEKDAY_BEFORE, WEEKDAY_DAY, SHORT_DATE, BIRTH_YEAR, BIRTH_CUE];

function pushDate(text: string, out: Candidate[], start: number, end: number, hasYear: boolean): void {
  if (PUBLIC_DAY_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || /^,?\s(?:every|each)\syear/iu.test(text.slice(end, end + 12))) return;
  if (BIRTH_CUE.test(before(text, start, 28))) {
    out.push(candidateOf('DOB', start, end, hasYear ? 'high' : 'medium', 0.95, { facet: 'birth date' }));
  } else {
    out.push(candidateOf('DATE', start, end, 'medium', 0.8, { facet: 'date', detail: 'exact date' }));
  }
}

/** The digits of a numeric date, without separators or leading zeros: "30.08.1988" and "30/8/1988" match. */
const dayKey = (date: string): string => date.split(/\D+/u).filter(Boolean).map((n) => String(Number(n))).join('-');

const DAY_MONTH_AT = indexedCue('DAY_MONTH', DAY_MONTH, CUE_WORDS.DAY_MONTH);
const MONTH_DAY_AT = indexedCue('MONTH_DAY', MONTH_DAY, CUE_WORDS.MONTH_DAY);
const WEEKDAY_DAY_AT = indexedCue('WEEKDAY_DAY', WEEKDAY_DAY, CUE_WORDS.WEEKDAY_DAY);
const SHORT_DATE_AT = indexedCue('SHORT_DATE', SHORT_DATE, CUE_WORDS.SHORT_DATE);

export function detectDates(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  if (!/\d/u.test(text)) return out;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (gluedTo(text, m.index, '/.:-')) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Either day/month or month/day must be a real date; two-digit years only with slashes ("12/03/88").
    if (!plausibleDate(a, b) && !plausibleDate(b, a)) continue;
    if ((m[4] ?? '').length === 2 && m[2] !== '/') continue;
    pushDate(text, out, m.index, m.index + m[0].length, true);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (gluedTo(text, m.index, '/.-')) continue;
    if (plausibleDate(Number(m[3]), Number(m[2]))) pushDate(text, out, m.index, m.index + m[0].length, true);
  }
  for (const cue of [DAY_MONTH_AT, MONTH_DAY_AT]) {
    const re = cue.pattern;
    for (const m of cueMatches(ctx, cue)) {
      const original = text.slice(m.index, m.index + m[0].length);
      // Lower-case "may" and "march" are usually verbs ("we may 2…"): want a capital or a year.
      if (/(?:^|\s)(?:may|march)(?:\s|$)/u.test(original) && !/\d{4}/u.test(original)) continue;
      // A stop after the day only before a month spelled another way than in English ("3. Mai", not "6. May").
      if (/^\d{1,2}\.\s(?:jan|feb|mar|may|jun|jul|oct|dec)[a-z]*$/u.test(m[0])) continue;
      // "the 4th of July": the date starts after "the"; "Thursday, March 6" starts at the weekday.
      const skip = m[0].startsWith('the ') ? 4 : 0;
      const weekday = re === MONTH_DAY ? WEEKDAY_BEFORE.exec(lower.slice(Math.max(0, m.index - 11), m.index))?.[0].length ?? 0 : 0;
      pushDate(text, out, m.index + skip - weekday, m.index + m[0].length, /\d{4}|'\d{2}/u.test(m[0]));
    }
  }
  for (const m of lower.matchAll(DAY_MON_YEAR_JOINED)) pushDate(text, out, m.index, m.index + m[0].length, true);
  for (const m of cueMatches(ctx, WEEKDAY_DAY_AT)) pushDate(text, out, m.index, m.index + m[0].length, false);
  for (const m of cueMatches(ctx, SHORT_DATE_AT)) {
    if (!plausibleDate(Number(m[1]), Number(m[2])) && !plausibleDate(Number(m[2]), Number(m[1]))) continue;
    // The date is the digits after the cue word.
    const start = m.index + m[0].length - `${m[1]}/${m[2]}`.length;
    pushDate(text, out, start, m.index + m[0].length, false);
  }
  // "my date of birth as 30.08.1988 … had to do 30/08/1988": the same day written again is the birth date too.
  const births = new Set(out.filter((c) => c.kind === 'DOB').map((c) => dayKey(text.slice(c.start, c.end))));
  if (births.size > 0) for (const c of out) if (c.kind === 'DATE' && births.has(dayKey(text.slice(c.start, c.end)))) Object.assign(c, { kind: 'DOB', severity: 'high', confidence: 0.9, facet: 'birth date', detail: undefined });
  for (const m of lower.matchAll(BIRTH_YEAR)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    out.push(candidateOf('DOB', start, start + year.length, 'medium', 0.6, { facet: 'birth date', detail: 'year' }));
  }
  return out;
}
