// Phone numbers: find number-shaped runs cheaply, then let libphonenumber-js
// decide whether they are real numbers for the countries we serve. Service
// numbers (111, 999, helplines, freephone) are never flagged: sharing them helps.
import { candidateOf } from '../candidate';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import { isValidPhoneNumber } from './phone-parse';
import type { Candidate } from '../types';
import metadataJson from '../data/phone-metadata.json';
import { exact as serviceExact, prefixes as servicePrefixList } from '../data/service-numbers.json';
import { before, after, gluedTo, trimEndChars, type ScanContext } from '../text';

const metadata = metadataJson as unknown as MetadataJson;

// Digits with spaces, dots, dashes and brackets between them; optional + or
// 00 prefix and an extension. Bounded repeats keep backtracking small.
/** lower */
export const PHONE_CANDIDATE = /(?:\+|\b(?=\d)|\()\(?\d[\d \t\u00a0().-]{4,22}\d(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/]|[.,]\d)/g;

export const PHONE_PATTERNS: readonly RegExp[] = [PHONE_CANDIDATE];

const DEFAULT_COUNTRIES: readonly CountryCode[] = ['GB', 'US', 'IE', 'AU', 'CA', 'NZ'];
const exactServices = new Set<string>(serviceExact.split('|'));
const servicePrefixes: readonly string[] = servicePrefixList.split('|').map((p) => p.replace(/\D/gu, ''));

const CONTEXT_BEFORE = /(?:phone|tel|mobile|mob|cell|call|ring|text|whatsapp|number|no\.|fax|contact|reach|office|desk|sms|landline|on|at)\W{0,3}$/iu;
const STRONG_CONTEXT = /phone|tel|mobile|mob|cell|call me|ring me|text me|whatsapp|fax|landline|number is|contact me/iu;
const CONTEXT_AFTER = /^\s*(?:[-–(]\s*)?(?:office|fax|mobile|home|work|cell|desk)/iu;
const UNIT_AFTER = /^\s?(?:mg|mcg|µg|ml|g|kg|lbs?|units?|iu|mmol|miles?|km|steps|cals?|%|pounds|k\b|x\b)/iu;
const MONEY_BEFORE = /[£$€¥]\s?$/u;
const DATE_SHAPE = /^\d{1,4}[.-]\d{1,2}[.-]\d{1,4}$/u;
const IP_SHAPE = /^\(?\d{1,3}(?:\.\d{1,3}){3}$/u;
const YEAR_RANGE = /^(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d$/u;

export function isServiceNumber(digits: string): boolean {
  if (exactServices.has(digits)) return true;
  const national = digits.replace(/^(?:44|0044|353|61|1)(?=\d{9,10}$)/u, '0');
  return servicePrefixes.some((p) => digits.startsWith(p) || national.startsWith(p) || `1${digits}`.startsWith(p));
}

const TRUNK_ZERO_COUNTRIES: readonly CountryCode[] = ['GB', 'IE', 'AU'];
const NANP_COUNTRIES: readonly CountryCode[] = ['US', 'CA'];

/**
 * Drafts are re-scanned on every keystroke, so the same numbers come back
 * again and again; parsing is the slow part. A small bounded memo of verdicts.
 */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 500;

function validInSomeCountry(raw: string, digits: string): boolean {
  const known = verdicts.get(raw);
  if (known !== undefined) return known;
  const valid = parseValid(raw, digits);
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(raw, valid);
  return valid;
}

function parseValid(raw: string, digits: string): boolean {
  if (/^(?:\+|00)/u.test(raw)) return isValidPhoneNumber(raw.replace(/^00/u, '+'), metadata);
  // Parsing is the slow part: only try the countries whose numbers can look like this.
  const countries = digits.startsWith('0') ? TRUNK_ZERO_COUNTRIES : digits.length === 10 || (digits.length === 11 && digits.startsWith('1')) ? NANP_COUNTRIES : DEFAULT_COUNTRIES;
  for (const country of countries) {
    if (isValidPhoneNumber(raw, metadata, country)) return true;
  }
  return false;
}

/** Looks like a phone by layout alone: "+46 (0)8 …", "(020) 7946 0018", "905-674-3793", "07700 900 123". */
function phoneShaped(raw: string, digits: string): boolean {
  if (/^(?:\+|00)\d/u.test(raw) && digits.length >= 8) return true;
  if (/^\(\d{2,5}\)\s?\d/u.test(raw) && digits.length >= 7) return true;
  if (/^\d{3}[-.\s]\d{3}[-.\s]\d{4}(?:\s?(?:x|ext\.?)\s?\d+)?$/iu.test(raw)) return true;
  return /^0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}$/u.test(raw);
}

export function detectPhones(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  for (const m of lower.matchAll(PHONE_CANDIDATE)) {
    if (gluedTo(lower, m.index, '+.,/-') || (lower.charAt(m.index) !== '+' && lower.charAt(m.index) !== '(' ? false : /\w/u.test(lower.charAt(m.index - 1)))) continue;
    let raw = text.slice(m.index, m.index + m[0].length);
    // Don't swallow a closing bracket that belongs to the sentence.
    while (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    raw = trimEndChars(raw, ' \t\u00a0.-');
    const digits = raw.replace(/\D/gu, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_SHAPE.test(raw) || YEAR_RANGE.test(raw) || IP_SHAPE.test(raw)) continue;
    const start = m.index;
    const end = start + raw.length;
    if (MONEY_BEFORE.test(before(text, start, 2)) || UNIT_AFTER.test(after(text, end, 9))) continue;
    // Thousands separators ("1,234,567") and decimals are amounts, not phones.
    if (/^\d{1,3}(?:,\d{3})+$/u.test(raw)) continue;
    // "(08) 7010 2219": a two-digit area code in brackets is an Australian landline, not a UK 0870 service line.
    if (isServiceNumber(digits) && !/^\(0\d\)/u.test(raw)) continue;

    const context = CONTEXT_BEFORE.test(before(text, start, 30)) || CONTEXT_AFTER.test(after(text, end, 12));
    const strong = STRONG_CONTEXT.test(before(text, start, 40));
    // A bare run of digits with no layout and no cue is more often an order or reference number.
    // Without a cue, only the layouts phones are written in: a trunk 0, a + or (, or the US 3-3-4 shape.
    const laidOut = context || /^(?:\+|00|[0(])/u.test(raw) || /^\d{3}[-.\s]\d{3}[-.\s]\d{4}\b/u.test(raw);
    if (laidOut && validInSomeCountry(raw, digits)) {
      out.push(candidateOf('PHONE', start, end, 'high', context ? 0.95 : 0.8));
    } else if (strong || (context && phoneShaped(raw, digits)) || (phoneShaped(raw, digits) && /[\s().-]/u.test(raw))) {
      out.push(candidateOf('PHONE', start, end, 'high', strong ? 0.7 : 0.55));
    }
  }
  return out;
}
