// Street addresses: "14 Chapel Lane, Bramhall", "Koskikatu 25", "PO Box 12",
// "Parramatta NSW 2150", and whatever follows "my address is".
import { candidateOf, placeAt } from '../candidate';
import type { Candidate } from '../types';
import { isMedicalWord, lexicons } from '../lexicon/lexicons';
import { fold, gluedTo, trimEndChars, wordStartBefore, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';
import { STATE_CODES } from './state-codes';

const STREET_WORDS = 'street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|cl|way|court|ct|crescent|cres|place|pl|terrace|tce|esplanade|esp|circuit|cct|grove|gardens|gdns|boulevard|blvd|parade|square|sq|mews|row|hill|park|view|walk|rise|green|highway|hwy|parkway|pkwy|circle|cir|trail|vale|gate|wharf|quay|estate|meadows?|fields?|croft|heights|strasse|straße|gasse|vej|gade|gata|gatan|vägen|veien|straat|laan|weg|allee|platz|terrasse';

/** lower. House number(s), one to four words, then a street word. Words are checked for capitals afterwards. */
export const STREET = new RegExp(`\\b\\d{1,5}[a-z]?(?:[-/]\\d{1,4})?(?:\\s\\d{1,5})?,?\\s(?:(?:\\p{L}[\\p{L}'’.-]{0,30}|\\d{1,3}(?:st|nd|rd|th))\\s){1,4}(?:${STREET_WORDS})(?![\\p{L}\\d])\\.?`, 'gu');
/** lower. European order: street, then number ("Koskikatu 25", "Via Roma 12", "Villacher Strasse 89"). */
export const STREET_PREFIX_FIRST = /\b(?:rua|via|calle|avenida|rue|avenue|strada|vicolo|piazza|plac|ulica|ul\.|utca)\s(?:[\p{L}'’.-]{1,30}\s){0,3}\d{1,5}[a-z]?(?![\p{L}\d])/gu;
/** lower. French order, number first: "118 rue Saint-Jean", "4500 boul. Décarie", "12 chemin de la Côte". */
export const NUMBER_THEN_STREET_WORD = /\b\d{1,5}[a-z]?,?\s(?:rue|boulevard|boul\.|bd|chemin|ch\.|route|rang|montée|allée|impasse|côte|avenue|av\.|place|calle|rua)\s/gu;
/** The street's name after a French street word: capitalised words and the little words between them. */
const FRENCH_NAME_WORD = /(?:\p{Lu}[\p{L}\p{M}'’.]{0,30}|de|des|du|la|le|les|sur|d['’]|l['’])(?=[\s,.;\-\p{Lu}]|$)/uy;
/**
 * "3 Ard na Gréine, Tuam": a number and a capitalised name with no street word (Irish estates,
 * named closes), counted only when a known town follows the comma.
 */
export const NUMBER_NAME_COMMA = /\b\d{1,4}[a-z]?\s(\p{Lu}[\p{L}\p{M}'’-]{1,20}(?:\s(?:na|an|a|de|of|the|\p{Lu}[\p{L}\p{M}'’-]{1,20})){0,3}),\s/gu;
const TOWN_AFTER = /^(\p{Lu}[\p{L}\p{M}'’-]{1,25}(?:\s\p{Lu}[\p{L}\p{M}'’-]{1,25})?)(?:,|\s|$)/u;
export const STREET_SUFFIX_FIRST = /(?:katu|tie|vej|gata|gatan|vägen|veien|gade|straße|strasse|straat|laan|weg|allee|platz|gasse|polku|kuja|tér|utca|u\.)\s\d{1,5}[a-z]?\.?(?![\p{L}\d])/gu;
/** lower */
/** "20789 Allika 46", "03751 Gerrit Achterberghove 137": number, street name, number, then the end of a line or part. */
export const STREET_NUMBERED = /(?<![\p{L}\d.,:/-])\d{1,5}[a-z]?[ \t](?:\p{Lu}[\p{L}\p{M}'’.-]{1,30}[ \t]){1,3}\d{1,5}[a-z]?(?=[ \t]*(?:[,\n>]|$)|[ \t]{2}|[ \t](?:[Aa]pt|[Ss]uite|[Ff]lat|[Uu]nit)\b)/gu;

const HOUSE_NUMBER_BEFORE = /(?<![\p{L}\d.,:/-])\d{1,5}[a-z]?[ \t]$/u;

export const UNIT = /\b(?:apt\.?|apartment|suite|flat|unit)\s?#?\d{1,5}[a-z]?(?![\w-])/gu;
/** lower */
export const PO_BOX = /\b(?:(?:psc|unit|cmr)\s\d{3,5},?\sbox\s\d{3,5}|p\.?\s?o\.?\sbox\s\d{1,6}|(?:apo|fpo|dpo)\s(?:aa|ae|ap)\s\d{5})(?![\w-])/gu;
/** "…, ON", "… NSW 2150": a state or province code after a place name. */
export const STATE_AFTER_TOWN = new RegExp(`,?\\s(?:${STATE_CODES})(?:\\s\\d{4,5}(?:-\\d{4})?)?(?![\\p{L}\\d])`, 'gu');
/** lower. "my address is …", "lives at …", "send it to …". */
export const ADDRESS_CUE = /\b(?:address(?:\sis|:)|addresses(?:\sare|:)|lives?\s(?:at|on)|living\sat|located\s(?:at|on)|(?:send|sent|deliver(?:ed)?|post|posted|return|mail)\s(?:it\s|them\s|this\s)?to|moved\sto|meet\s(?:me\s|us\s)?at|office\sis\sat|(?:is|are)\sat|stop\sat|house\sat)\s(?=(?:the\scorner\sof\s)?\d|the\scorner)/gu;
// Continue an address over ", Town", ", Town ST 12345", a postcode. Stops at the first lower-case word.
// The parts that follow a street, as people type or paste them: "14 Chapel Lane, Bramhall",
// "Puruntie 82 Apt. 595\n LAPPEENRANTA\n 53650", "12 Poole Road, Bournemouth BH4 9DW".
/** Between parts: a comma, a line break, a quoted-mail ">", or spaces. */
const PART_GAP = /[ \t]*(?:[,\n>][ \t>\n,]*)?/y;
const TAIL_UNIT = /(?:apt\.?|apartment|suite|flat|unit)\s?#?\d{1,5}[a-z]?(?![\p{L}\d-])/uy;
const TAIL_POSTCODE = /(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d{2}\s?[\dA-Z]{4}|\d{3}\s\d{2}|\d{4,6}(?:-\d{4})?)(?![\p{L}\d])/uy;
/** A state, province or county code ("NSW", "CO", "SK"): part of the address, nothing on its own. */
const TAIL_REGION_CODE = /[A-Z]{2,3}(?![\p{L}\d])/uy;
/** One to four capitalised (or all-capital) words: a town, a district, a country. */
const TAIL_PLACE = /\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?:[ -](?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|upon|on|sur|de|del|la|le|am|an|der|di|da|do|dos|das|of)){0,3}(?![\p{L}\d])/uy;

const LOWER_TAIL_TOWN = /[a-z][a-z'’-]{2,30}(?![\p{L}\d])/uy;

export const ADDRESS_PATTERNS: readonly RegExp[] = [STREET, STREET_NUMBERED, HOUSE_NUMBER_BEFORE, STREET_PREFIX_FIRST, NUMBER_THEN_STREET_WORD, FRENCH_NAME_WORD, NUMBER_NAME_COMMA, TOWN_AFTER, STREET_SUFFIX_FIRST, UNIT, PO_BOX, STATE_AFTER_TOWN, ADDRESS_CUE, PART_GAP, TAIL_UNIT, TAIL_POSTCODE, TAIL_REGION_CODE, TAIL_PLACE, LOWER_TAIL_TOWN];

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/**
 * Read what follows a street: flat or suite numbers stay with the street; the town, the country
 * and the postcode become findings of their own, so each can be fixed on its own ("keep the
 * town, hide the street"). Returns where the street part ends.
 */
function addressTail(text: string, streetEnd: number, out: Candidate[]): number {
  const lex = lexicons();
  let end = streetEnd;
  let at = streetEnd;
  for (let part = 0; part < 7; part++) {
    const gap = sticky(PART_GAP, text, at) ?? '';
    const from = at + gap.length;
    if (from >= text.length) break;
    const lowerNext = text.slice(from, from + 16).toLowerCase();
    const unit = sticky(TAIL_UNIT, lowerNext, 0);
    if (unit) {
      end = from + unit.length;
      at = end;
      continue;
    }
    const postcode = sticky(TAIL_POSTCODE, text, from);
    if (postcode) {
      out.push(candidateOf('POSTCODE', from, from + postcode.length, 'high', 0.9, { facet: 'postcode', detail: 'postcode', structural: true }));
      at = from + postcode.length;
      continue;
    }
    const place = sticky(TAIL_PLACE, text, from);
    const region = sticky(TAIL_REGION_CODE, text, from);
    if (region && (!place || place.length === region.length) && !lex.countries.has(fold(region))) {
      at = from + region.length;
      continue;
    }
    // "…Close, didcot ox11 7qr": a town we know, written in lower case (read as the town, not the words).
    const lowerTown = place ? undefined : sticky(LOWER_TAIL_TOWN, text, from);
    const placeText = place ?? (lowerTown && lex.towns.has(lowerTown) && !lex.common.has(lowerTown) && !lex.given.has(lowerTown) ? lowerTown : undefined);
    // "Mobile:", "Tel:" — a field label starts the next line's contact details, not a town.
    if (!placeText || text.charAt(from + placeText.length) === ':') break;
    // "Parramatta NSW": a state code after a town is not part of the town's name.
    let words = placeText.replace(/\.$/u, '');
    const lastSpace = words.lastIndexOf(' ');
    if (lastSpace > 0 && /\p{Ll}/u.test(words) && /^[A-Z]{2,3}$/u.test(words.slice(lastSpace + 1))) words = words.slice(0, lastSpace);
    const folded = fold(words);
    const lone = !/[\s-]/u.test(words);
    // "…Lane, Bramhall. Text me": a lone ordinary word ("Text", "Thanks") ends the address.
    const shouting = words === words.toUpperCase();
    const country = lex.countries.has(folded);
    if (lone && !shouting && !country && (lex.common.has(folded) || lex.notNames.has(folded)) && !lex.towns.has(folded)) break;
    // "…DH8 5QB  Do I put…": words that are all ordinary start a sentence, not a town,
    // unless a postcode follows them ("…Street, New Farm 4005").
    const postcodeNext = text.charAt(from + words.length) === ' ' && sticky(TAIL_POSTCODE, text, from + words.length + 1) !== undefined;
    if (!lone && !shouting && !postcodeNext && !lex.towns.has(folded) && folded.split(/[\s-]/u).every((w) => w === 'i' || lex.common.has(w) || lex.notNames.has(w))) break;
    // "…NN4 8RT  Dear Dr Hussain": a greeting opens the letter; the address has ended.
    const firstWord = folded.split(/[\s-]/u)[0] ?? '';
    if (!lone && lex.notNames.has(firstWord) && !lex.towns.has(firstWord)) break;
    // "…KY11 4RW Renal transplant clinic": a medical word opens what comes next, not a town.
    if (isMedicalWord(firstWord) && !lex.towns.has(folded)) break;
    out.push({
      start: from,
      end: from + words.length,
      kind: 'LOCATION',
      severity: country ? 'low' : 'medium',
      confidence: 0.9,
      ...(country ? { detail: 'country' } : { facet: 'town' as const, detail: 'town' }),
      structural: true,
    });
    at = from + words.length;
  }
  return end;
}

/** "28245 Puruntie 82": a building number before a street that carries its own number. */
function houseNumberBefore(text: string, start: number): number {
  const m = HOUSE_NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return m ? start - m[0].length : start;
}

function push(out: Candidate[], start: number, end: number, confidence: number, severity: Candidate['severity'] = 'high'): void {
  out.push(candidateOf('ADDRESS', start, end, severity, confidence, { detail: 'street address' }));
}

/** A street, its flat or suite, and (as separate findings) the town, country and postcode after it. */
const DAY_MONTH_START = /^\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\.|\s(?!(?:street|st|road|rd|lane|avenue|ave|close|drive|dr|way)\b))/iu;

function pushStreet(text: string, out: Candidate[], start: number, end: number, confidence: number, tails: Map<number, number>): void {
  // "on 2 Feb. Urologist Dr Kowalczyk": a day and month, then a new sentence, not a house on "… Dr" (but "12 May Street" is).
  if (DAY_MONTH_START.test(text.slice(start, end))) return;
  // Several street patterns often find the same street: read what follows it once.
  let streetEnd = tails.get(end);
  if (streetEnd === undefined) {
    streetEnd = addressTail(text, end, out);
    tails.set(end, streetEnd);
  }
  out.push(candidateOf('ADDRESS', start, streetEnd, 'high', confidence, { detail: 'street address', structural: true }));
}

/** The words of a street must look like a name: capitalised or numbers ("12 High Street", not "2 miles in the park"). */
function capitalisedStreet(original: string): boolean {
  const words = original.split(/\s+/u).slice(1);
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|de|la|du|del|and)$/u.test(w));
}

/** Where a French-style street name that starts at `at` ends; `at` itself when none does. It ends on a capitalised word, not on "de" or "la". */
function frenchStreetNameEnd(text: string, at: number): number {
  let end = at;
  let lastCapitalEnd = at;
  for (let n = 0; n < 6; n++) {
    FRENCH_NAME_WORD.lastIndex = end;
    const w = FRENCH_NAME_WORD.exec(text)?.[0];
    if (!w) break;
    end += w.length;
    if (/^\p{Lu}/u.test(w)) lastCapitalEnd = end;
    if (/['’]$/u.test(w)) continue;
    const sep = text.charAt(end);
    if (sep !== ' ' && sep !== '-') break;
    // Only carry on over the space when a name word follows.
    FRENCH_NAME_WORD.lastIndex = end + 1;
    if (!FRENCH_NAME_WORD.test(text)) break;
    end += 1;
  }
  return lastCapitalEnd;
}

const STREET_PREFIX_AT = indexedCue('STREET_PREFIX_FIRST', STREET_PREFIX_FIRST, CUE_WORDS.STREET_PREFIX_FIRST);
const PO_BOX_AT = indexedCue('PO_BOX', PO_BOX, CUE_WORDS.PO_BOX);
const ADDRESS_CUE_AT = indexedCue('ADDRESS_CUE', ADDRESS_CUE, CUE_WORDS.ADDRESS_CUE);

function detectStreets(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  const tails = new Map<number, number>();
  for (const m of lower.matchAll(STREET)) {
    if (gluedTo(text, m.index, '-')) continue;
    let start = m.index;
    // "NHS No: 612 094 7388 27 Brackley Close": the first number ends a longer one; the street starts at the next.
    if (/\d[ \t]$/u.test(text.slice(Math.max(0, start - 2), start))) {
      const second = /^\d{1,5}[a-z]?\s(?=\d)/u.exec(m[0]);
      if (!second) continue;
      start += second[0].length;
    } else {
      start = houseNumberBefore(text, start);
    }
    if (!capitalisedStreet(text.slice(m.index, m.index + m[0].length))) continue;
    pushStreet(text, out, start, m.index + m[0].length, 0.9, tails);
  }
  for (const m of cueMatches(ctx, STREET_PREFIX_AT)) pushStreet(text, out, houseNumberBefore(text, m.index), m.index + m[0].length, 0.85, tails);
  for (const m of lower.matchAll(NUMBER_THEN_STREET_WORD)) {
    const end = frenchStreetNameEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length) pushStreet(text, out, m.index, end, 0.85, tails);
  }
  for (const m of text.matchAll(NUMBER_NAME_COMMA)) {
    const name = m[1] ?? '';
    const town = TOWN_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    const lex = lexicons();
    // The name must not be ordinary words ("3 Musketeers", "2 Days") and must be followed by a town we know.
    if (!town || !lex.towns.has(fold(town))) continue;
    if (name.split(' ').every((w) => lex.common.has(fold(w)) || lex.notNames.has(fold(w)) || isMedicalWord(fold(w)) || /^(?:na|an|a|de|of|the)$/u.test(w))) continue;
    if (gluedTo(text, m.index, '.,:/-')) continue;
    pushStreet(text, out, m.index, m.index + m[0].length - 2, 0.75, tails);
  }
  for (const m of lower.matchAll(STREET_SUFFIX_FIRST)) {
    // Walk back to the start of the street name ("Koski|katu 25", "Villacher Strasse 89").
    let start = wordStartBefore(text, m.index + 1, 31);
    if (start === m.index && text.charAt(start - 1) === ' ') start = wordStartBefore(text, start - 1, 31);
    if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) continue;
    pushStreet(text, out, houseNumberBefore(text, start), m.index + m[0].length, 0.85, tails);
  }
  for (const m of text.matchAll(STREET_NUMBERED)) {
    const words = m[0].split(/[ \t]/u).slice(1, -1);
    // "3 Musketeers 2", "Day 3 Methotrexate 15": every word ordinary or medical is not a street.
    if (words.every((w) => lexicons().notNames.has(fold(w)) || isMedicalWord(fold(w)))) continue;
    pushStreet(text, out, m.index, m.index + m[0].length, 0.8, tails);
  }
  for (const m of cueMatches(ctx, PO_BOX_AT)) push(out, m.index, m.index + m[0].length, 0.9);
  for (const m of lower.matchAll(UNIT)) push(out, m.index, m.index + m[0].length, 0.6, 'medium');
}

/** Start of up to `max` capitalised words, separated by single spaces, that end at `end`. */
function capitalisedWordsBefore(text: string, end: number, max: number): number {
  let start = end;
  for (let n = 0; n < max; n++) {
    const wordEnd = n === 0 ? end : start - 1;
    if (n > 0 && text.charAt(start - 1) !== ' ') break;
    const wordStart = wordStartBefore(text, wordEnd, 31);
    if (wordStart === wordEnd || !/^\p{Lu}/u.test(text.charAt(wordStart))) break;
    start = wordStart;
  }
  return start;
}

function detectTownState(text: string, out: Candidate[]): void {
  const lex = lexicons();
  for (const m of text.matchAll(STATE_AFTER_TOWN)) {
    const hasComma = m[0].startsWith(',');
    const hasZip = /\d/u.test(m[0]);
    if (!hasComma && !hasZip) continue;
    const townStart = capitalisedWordsBefore(text, m.index, 3);
    if (townStart === m.index) continue;
    const town = text.slice(townStart, m.index);
    const words = town.split(' ');
    // "Fine, OK" is not a place: the words must not all be ordinary words.
    if (words.every((w) => lex.common.has(fold(w)) && !lex.towns.has(fold(w)))) continue;
    const start = townStart;
    const end = m.index + m[0].length;
    if (hasZip) push(out, start, end, 0.85);
    else out.push(placeAt(start, m.index, 0.75));
  }
}

function detectCuedAddresses(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of cueMatches(ctx, ADDRESS_CUE_AT)) {
    const start = m.index + m[0].length;
    // Up to the end of the sentence: ". " before a capital, "?", "!", a blank line, or 120 characters.
    const rest = text.slice(start, start + 120);
    const stop = /[.?!;](?:\s|$)|\n\s*\n|\s(?:for|in case|after|before|if|when|and then|please|or)\s/u.exec(rest);
    const length = (stop ? stop.index : rest.length);
    const span = trimEndChars(rest.slice(0, length), ' \t\n\r,.');
    // "the funeral is at 2pm", "meet at 10:30": a time, not a house number.
    if (/^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m|p\.m|o'?clock|h)\b|^\d{1,2}:\d{2}/iu.test(span)) continue;
    if (span.length >= 3) push(out, start, start + span.length, 0.8);
  }
}

export function detectAddresses(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!/\d/u.test(ctx.text)) return out;
  detectStreets(ctx, out);
  detectTownState(ctx.text, out);
  detectCuedAddresses(ctx, out);
  return out;
}
