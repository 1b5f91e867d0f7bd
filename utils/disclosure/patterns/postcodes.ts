// Postcodes and ZIP codes: a full UK postcode covers about fifteen homes, an
// Eircode one. Shapes are checked (real UK areas, Canadian letter rules) and
// US ZIP codes need an address or a cue nearby, since five digits are common.
import { candidateOf } from '../candidate';
import type { Candidate } from '../types';
import { before, fold, gluedTo, type ScanContext } from '../text';
import { isMedicalWord, lexicons } from '../lexicon/lexicons';
import { US_STATES } from './state-codes';

// UK postcode areas, so "HB1 2AB" or "ZZ9 9ZZ" are not taken for postcodes.
const UK_AREAS = new Set('AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(' '));

export const UK_POSTCODE = /\b([A-Za-z]{1,2})(\d[A-Za-z\d]?) ?(\d[A-Za-z]{2})(?![A-Za-z\d])/gu;
export const UK_OUTWARD = /\b([A-Z]{1,2})\d{1,2}[A-Z]?(?![A-Za-z\d])/gu;
export const CA_POSTCODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z\d])/gu;
export const EIRCODE = /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}(?![A-Za-z\d])/gu;
export const US_ZIP = /\b\d{5}(?:-\d{4})?(?![\w-])/gu;
/** Four digits: an Australian (or Danish, Swiss, Belgian…) postcode when a place name comes first. */
export const FOUR_DIGITS = /\b\d{4}(?![\w-])/gu;
/** "in Belmont 3216", "from Wagga Wagga, 2650": a where-word and a place name straight before. */
const PLACE_BEFORE_NUMBER = /\b(?:in|from|to|near|round|around|live|living|based)\s(?:in\s)?(\p{Lu}[\p{Ll}'’-]{2,20}(?:\s\p{Lu}[\p{Ll}'’-]{2,20})?)(?:,?\s|\s\()$/u;
/**
 * lower. "anyone near 45409?", "a huisarts closer to 3521 AB": a bare postcode straight after "near",
 * not a count of something ("near 2000 calories"), when someone or somewhere is being looked for.
 */
export const NEAR_CODE = /\b(?:near|nr|closer to)\s(\d{4}\s?[a-z]{2}(?![a-z])|\d{4,5})(?![\d.,:/%-]|\s?(?:k|kg|lbs?|mg|mcg|ml|cals?|kcal|steps|calories|units|miles|km|ft|feet|people|words|pounds|quid|dollars|euros|times|per|a\s(?:day|week|month|year))\b)/gu;
/** lower */
export const POSTCODE_CUE = /\b(?:zip(?: ?code)?|post ?code|postal code|eircode|pin ?code)\W{0,4}(?:is\s)?([a-z\d](?:[ -]?[a-z\d]){2,9})/gu;

/** lower. Someone or somewhere looked for, before "near <code>". */
const LOOKING_FOR = /\b(?:any(?:one|body|where)|some(?:one|body|where)|live|lives|living|local|group|meet(?:up)?|catch up|looking for|recommend)\b/u;

export const POSTCODE_PATTERNS: readonly RegExp[] = [LOOKING_FOR, UK_POSTCODE, UK_OUTWARD, CA_POSTCODE, EIRCODE, US_ZIP, FOUR_DIGITS, PLACE_BEFORE_NUMBER, NEAR_CODE, POSTCODE_CUE];

const US_STATE_BEFORE = new RegExp(`\\b(?:${US_STATES}),?\\s?$`, 'u');
const ZIP_CUE = /(?:zip|post ?code|postal|address|mail)\W{0,14}$/iu;
/** A street's name (and maybe its town) just before: "Larkspur Close, didcot ". */
const STREET_BEFORE = /\b(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|crescent|court|ct|grove|gardens|terrace|place|mews|row|walk|green|hill|park|view|rise),?\s(?:[a-z'’-]+,?\s){0,3}$/iu;
const AREA_CUE = /(?:\bin|\bnear|\bfrom|\bround|\baround|post ?code|area|district)\s?(?:the\s)?$/iu;

/** A where-word and a place name straight before `at` ("in Belmont ", "in Scottsdale, "); not a month or an ordinary word. */
function placeBefore(text: string, at: number): boolean {
  const place = PLACE_BEFORE_NUMBER.exec(text.slice(Math.max(0, at - 48), at))?.[1];
  if (!place) return false;
  const first = fold(place.split(' ')[0] ?? '');
  const lex = lexicons();
  return !lex.notNames.has(first) && !lex.common.has(first) && !isMedicalWord(first);
}

function push(out: Candidate[], start: number, end: number, severity: Candidate['severity'], confidence: number, detail: string): void {
  out.push(candidateOf('POSTCODE', start, end, severity, confidence, { facet: 'postcode', detail }));
}

export function detectPostcodes(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  if (!/\d/u.test(text)) return out;
  for (const m of text.matchAll(UK_POSTCODE)) {
    const area = (m[1] ?? '').toUpperCase();
    const upper = m[0] === m[0].toUpperCase();
    // Lower case only with a cue: "postcode ml3 7tw", "anyone near ml3 7tw?".
    const prior = before(text, m.index, 16);
    // "7 Larkspur Close, didcot ox11 7qr": a street and maybe its town just before; the inward letters
    // of a real postcode never include C, I, K, M, O or V (so "b1 2pm" is a time, not a postcode).
    const cue = /(?:post ?code|address)\W{0,6}$/iu.test(prior) || AREA_CUE.test(prior)
      || (/\s/u.test(m[0]) && !/[cikmov]/iu.test((m[3] ?? '').slice(1)) && STREET_BEFORE.test(before(text, m.index, 40)));
    if (UK_AREAS.has(area) && (upper || cue)) push(out, m.index, m.index + m[0].length, 'high', 0.95, 'full postcode');
  }
  for (const m of text.matchAll(UK_OUTWARD)) {
    // A postcode district ("LS6", "M20") only with a where-cue: too many product codes look the same.
    if (UK_AREAS.has(m[1] ?? '') && AREA_CUE.test(before(text, m.index, 14))) push(out, m.index, m.index + m[0].length, 'medium', 0.7, 'postcode area');
  }
  for (const m of text.matchAll(CA_POSTCODE)) push(out, m.index, m.index + m[0].length, 'high', 0.9, 'full postcode');
  for (const m of text.matchAll(EIRCODE)) {
    // The last four characters of an Eircode mix letters and digits; "D02 ABCD" alone is more likely a code word.
    if (/\d/u.test(m[0].slice(-4)) && /[A-Z]/u.test(m[0].slice(-4))) push(out, m.index, m.index + m[0].length, 'high', 0.8, 'full postcode');
  }
  for (const m of text.matchAll(US_ZIP)) {
    if (gluedTo(text, m.index, '-')) continue;
    // "We're in Scottsdale, 85251": a ZIP after a where-word and a place name, like a four-digit postcode.
    if (US_STATE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) || ZIP_CUE.test(before(text, m.index, 22)) || placeBefore(text, m.index)) {
      push(out, m.index, m.index + m[0].length, 'high', 0.85, 'ZIP code');
    }
  }
  for (const m of text.matchAll(FOUR_DIGITS)) {
    // "in Leeds 2019": a number that reads as a recent year is a year.
    const value = Number(m[0]);
    if (value >= 1950 && value <= 2035) continue;
    if (placeBefore(text, m.index)) push(out, m.index, m.index + 4, 'high', 0.75, 'postcode');
  }
  for (const m of lower.matchAll(NEAR_CODE)) {
    const value = m[1] ?? '';
    const digits = Number(value.slice(0, 4));
    // A recent year is a year ("near 2019"); "my count was near 1500." is an amount: someone or
    // somewhere must be looked for first. Dutch codes need their letters in capitals.
    if (value.length === 4 && digits >= 1950 && digits <= 2035) continue;
    if (!LOOKING_FOR.test(lower.slice(Math.max(0, m.index - 50), m.index))) continue;
    const start = m.index + m[0].length - value.length;
    if (/[a-z]/u.test(value) && !/[A-Z]{2}$/u.test(text.slice(start, start + value.length))) continue;
    push(out, start, start + value.length, 'high', 0.7, 'postcode');
  }
  if (/zip|post|eircode|pin/u.test(lower)) {
    for (const m of lower.matchAll(POSTCODE_CUE)) {
      const value = m[1] ?? '';
      const start = m.index + m[0].length - value.length;
      // Keep the groups that look like a code ("D02 X285", "7412 SL"), not the words after it ("… for the parcel").
      let length = 0;
      for (const group of text.slice(start, start + value.length).split(/(?=[ -])/u)) {
        const bare = group.replace(/^[ -]/u, '');
        if (!/\d/u.test(bare) && !(bare.length <= 3 && bare === bare.toUpperCase())) break;
        length += group.length;
      }
      if (length > 0 && /\d/u.test(value)) push(out, start, start + length, 'high', 0.9, 'full postcode');
    }
  }
  return out;
}
