// Street addresses: "14 Chapel Lane, Bramhall", "Koskikatu 25", "PO Box 12",
// "Parramatta NSW 2150", and whatever follows "my address is".
import type { Candidate } from '../types';
import { lexicons } from '../lexicon/lexicons';
import { fold, gluedTo, trimEndChars, wordStartBefore, type ScanContext } from '../text';

const STREET_WORDS = 'street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|cl|way|court|ct|crescent|cres|place|pl|terrace|grove|gardens|gdns|boulevard|blvd|parade|square|sq|mews|row|hill|park|view|walk|rise|green|highway|hwy|parkway|pkwy|circle|cir|trail|vale|gate|wharf|quay|estate|meadows?|fields?|croft|heights|strasse|straße|gasse|vej|gade|gata|gatan|vägen|veien|straat|laan|weg|allee|platz|terrasse';

/** lower. House number(s), one to four words, then a street word. Words are checked for capitals afterwards. */
export const STREET = new RegExp(`\\b\\d{1,5}[a-z]?(?:[-/]\\d{1,4})?(?:\\s\\d{1,5})?,?\\s(?:\\p{L}[\\p{L}'’.-]{0,30}\\s){1,4}(?:${STREET_WORDS})(?![\\p{L}\\d])\\.?`, 'gu');
/** lower. European order: street, then number ("Koskikatu 25", "Via Roma 12", "Villacher Strasse 89"). */
export const STREET_PREFIX_FIRST = /\b(?:rua|via|calle|avenida|rue|avenue|strada|vicolo|piazza|plac|ulica|ul\.|utca)\s(?:[\p{L}'’.-]{1,30}\s){0,3}\d{1,5}[a-z]?(?![\p{L}\d])/gu;
export const STREET_SUFFIX_FIRST = /(?:katu|tie|vej|gata|gatan|vägen|veien|gade|straße|strasse|straat|laan|weg|allee|platz|gasse|polku|kuja|tér|utca|u\.)\s\d{1,5}[a-z]?\.?(?![\p{L}\d])/gu;
/** lower */
export const UNIT = /\b(?:apt\.?|apartment|suite|flat|unit)\s?#?\d{1,5}[a-z]?(?![\w-])/gu;
/** lower */
export const PO_BOX = /\b(?:(?:psc|unit|cmr)\s\d{3,5},?\sbox\s\d{3,5}|p\.?\s?o\.?\sbox\s\d{1,6}|(?:apo|fpo|dpo)\s(?:aa|ae|ap)\s\d{5})(?![\w-])/gu;
/** "…, ON", "… NSW 2150": a state or province code after a place name. */
export const STATE_AFTER_TOWN = /,?\s(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT)(?:\s\d{4,5}(?:-\d{4})?)?(?![\p{L}\d])/gu;
/** lower. "my address is …", "lives at …", "send it to …". */
export const ADDRESS_CUE = /\b(?:address(?:\sis|:)|addresses(?:\sare|:)|lives?\s(?:at|on)|living\sat|located\s(?:at|on)|(?:send|sent|deliver(?:ed)?|post|posted|return|mail)\s(?:it\s|them\s|this\s)?to|moved\sto|meet\s(?:me\s|us\s)?at|office\sis\sat|(?:is|are)\sat|stop\sat|house\sat)\s(?=(?:the\scorner\sof\s)?\d|the\scorner)/gu;
// Continue an address over ", Town", ", Town ST 12345", a postcode. Stops at the first lower-case word.
const CONTINUATION = /(?:,?\s{1,3}(?:\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}|\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})){1,4}/uy;

export const ADDRESS_PATTERNS: readonly RegExp[] = [STREET, STREET_PREFIX_FIRST, STREET_SUFFIX_FIRST, UNIT, PO_BOX, STATE_AFTER_TOWN, ADDRESS_CUE, CONTINUATION];

function extend(text: string, end: number): number {
  CONTINUATION.lastIndex = end;
  const m = CONTINUATION.exec(text);
  return m ? end + m[0].length : end;
}

function push(out: Candidate[], start: number, end: number, confidence: number, severity: Candidate['severity'] = 'high'): void {
  out.push({ start, end, kind: 'ADDRESS', severity, confidence, detail: 'street address' });
}

/** The words of a street must look like a name: capitalised or numbers ("12 High Street", not "2 miles in the park"). */
function capitalisedStreet(original: string): boolean {
  const words = original.split(/\s+/u).slice(1);
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|de|la|du|del|and)$/u.test(w));
}

function detectStreets(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (const m of lower.matchAll(STREET)) {
    if (gluedTo(text, m.index, '-')) continue;
    if (!capitalisedStreet(text.slice(m.index, m.index + m[0].length))) continue;
    push(out, m.index, extend(text, m.index + m[0].length), 0.9);
  }
  for (const m of lower.matchAll(STREET_PREFIX_FIRST)) push(out, m.index, extend(text, m.index + m[0].length), 0.85);
  for (const m of lower.matchAll(STREET_SUFFIX_FIRST)) {
    // Walk back to the start of the street name ("Koski|katu 25", "Villacher Strasse 89").
    let start = wordStartBefore(text, m.index + 1, 31);
    if (start === m.index && text.charAt(start - 1) === ' ') start = wordStartBefore(text, start - 1, 31);
    if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) continue;
    push(out, start, extend(text, m.index + m[0].length), 0.85);
  }
  for (const m of lower.matchAll(PO_BOX)) push(out, m.index, m.index + m[0].length, 0.9);
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
    if (words.every((w) => lex.commonWords.has(fold(w)) && !lex.towns.has(fold(w)))) continue;
    const start = townStart;
    const end = m.index + m[0].length;
    if (hasZip) push(out, start, end, 0.85);
    else out.push({ start, end: m.index, kind: 'LOCATION', severity: 'medium', confidence: 0.75, facet: 'town', detail: 'town' });
  }
}

function detectCuedAddresses(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (const m of lower.matchAll(ADDRESS_CUE)) {
    const start = m.index + m[0].length;
    // Up to the end of the sentence: ". " before a capital, "?", "!", a blank line, or 120 characters.
    const rest = text.slice(start, start + 120);
    const stop = /[.?!;](?:\s|$)|\n\s*\n|\s(?:for|in case|after|before|if|when|and then|please)\s/u.exec(rest);
    const length = (stop ? stop.index : rest.length);
    const span = trimEndChars(rest.slice(0, length), ' \t\n\r,.');
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
