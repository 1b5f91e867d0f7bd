// Numbers that point at one person: health and social-security numbers, cards,
// bank accounts, licences, number plates. Each shape is checked (check digit or
// structure rule) before it is reported; a bare number with no check and no cue
// word nearby is left alone.
import { candidateOf } from '../candidate';
import type { Candidate } from '../types';
import { chiValid, ibanValid, luhnValid, mbiValid, medicareAuValid, mod11Valid, nhiValid, niValid, plausibleDate, ppsValid, ssnValid } from '../checksums';
import { before, gluedTo, trimEndChars, type ScanContext } from '../text';
import { cueMatches, indexedCue } from '../word-index';
import * as CUE_WORDS from '../data/cue-words.json';

export const CARD = /\b\d(?:[ -]?\d){11,18}(?!\d|-\d)/gu;
export const IBAN = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z\d]){10,30}(?![A-Za-z\d])/gu;
export const TEN_DIGITS = /\b\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])/gu;
// CHI numbers are often written as the birth date then four digits: "140358 2718".
export const CHI_SPACED = /\b\d{6} \d{4}(?![\d-])/gu;
// Australian Medicare as printed on the card: "2746 93182 1".
export const MEDICARE_AU = /\b[2-6]\d{3} \d{5} \d(?:[ -]?\d)?(?![\d-])/gu;
export const SSN = /\b\d{3}([- ])\d{2}\1\d{4}(?![\d-])/gu;
export const MBI = /\b[1-9][A-Za-z][A-Za-z\d]\d-?[A-Za-z][A-Za-z\d]\d-?[A-Za-z]{2}\d{2}(?![A-Za-z\d])/gu;
export const NI_NUMBER = /\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![A-Za-z\d])/gu;
/** UK driving licence, matched from its six digits: starting at every capital letter is slow on a long paste. */
export const UK_DRIVING_LICENCE = /\d{6}[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?(?![A-Za-z\d])/gu;
/** The five letters (or 9s) of the surname before the digits, and nothing glued before them. */
const LICENCE_SURNAME = /^[A-Z9]{5}$/u;
/** New Zealand NHI number, old form: three letters (no I or O), four digits, the last a check digit. */
export const NHI = /\b[A-HJ-NP-Za-hj-np-z]{3}\d{4}(?![A-Za-z\d])/gu;
/** Ontario health card: ten digits (4-3-3) and a two-letter version code, read once the draft names a health card or OHIP. */
export const ONTARIO_HEALTH_CARD = /\b\d{4}[- ]?\d{3}[- ]?\d{3}[- ]?[A-Z]{2}(?![A-Za-z\d])/gu;
/** Irish PPS number: seven digits, a check letter, sometimes a second letter. */
export const PPSN = /\b\d{7}[A-Wa-w][A-IWa-iw]?(?![A-Za-z\d])/gu;
export const UK_PLATE = /\b[A-HJ-PR-Y][A-Z]\d{2} ?[A-Z]{3}(?![A-Za-z\d])/gu;
// A cue word, then within a few characters an ID-looking token (letters and digits, at least 4 digits). lower
export const ID_CUE = /\b(?:mrn|medical record(?: number| no\.?)?|hosp(?:ital)? (?:number|no\.?|id)|patient (?:number|no\.?|id)|unit number|nhs (?:number|no\.?)|chi(?: number| no\.?)?|member (?:id|number|no\.?)|card id|membership (?:number|no\.?)|policy (?:number|no\.?)|insurance (?:id|number|no\.?)|medicare (?:number|no\.?|card(?: number| no\.?)?)|medicaid (?:id|number)|health card(?: number| no\.?)?|ohip(?: number)?|ihi(?: number)?|pps(?:n| number| no\.?)?|social insurance number|sin(?: number)?|versichertennummer|krankenversichertennummer|kvnr|bsn|burgerservicenummer|nhi(?: number)?|ndis(?: number| no\.?)?|phn|personal health number|health number|num[ée]ro de s[ée]cu(?:rit[ée] sociale)?|carte vitale|tax file number|tfn|ssn|social security(?: number| no\.?)?|ni number|national insurance(?: number| no\.?)?|passport(?: number| no\.?)?|driver'?s? licen[cs]e(?: number| no\.?)?|driving licen[cs]e(?: number| no\.?)?|licen[cs]e (?:number|no\.?)|id (?:number|no\.?)|account (?:number|no\.?)|sort code|reg(?:istration)? (?:number|plate)|number plate|(?:file|claim|case|reference|ref|record|registration|participant) (?:number|no\.?|#)|(?:staff|employee|payroll|works|personnel) (?:id|number|no\.?)|ref\.?|reference)(?![a-z])/gu;
// "PPS (7315804J)", "hospital number showing RM4820193": a bracket or a word or two may come between.
const ID_TOKEN = /[:#\s(,-]{0,4}(?:is\s{1,3}|was\s{1,3}|it'?s\s{1,3}|(?:which\s|and\s)?i\s(?:have|had|wrote|put|gave)(?:\sit)?(?:\sas|\sdown\sas)?,?\s{1,3}|i'?ve\s(?:written|put)(?:\sdown)?,?\s{1,3}|(?:showing|shows|reads|says|ending|ends|starts|on it|printed)\s{1,3}\(?)?(?:the\s)?(?:#\s?)?([A-Z]{0,4}[- ]?\d[A-Z\d]{0,3}(?:[ -]?\d[A-Z\d]{0,6}){0,7})/iuy;

/** "…a reference for phone calls, writing it here so I stop losing it: OMC-4471920": a code after a colon. */
export const CODE_AFTER_COLON = /[:(]\s?([A-Z]{2,4}-?\d{5,10})(?![A-Za-z\d])/gu;
/** lower. Words that make a code someone's own: a reference, a case, a claim, a record (not a batch or a lot). */
const FAR_ID_CUE = /\b(?:reference|ref|case|claim|file|record|account|member|membership|patient|hospital|policy|mrn|nhs|chi|clinic number)\b/u;
export const ID_PATTERNS: readonly RegExp[] = [CODE_AFTER_COLON, FAR_ID_CUE, MEDICARE_AU, CARD, IBAN, TEN_DIGITS, CHI_SPACED, SSN, MBI, NI_NUMBER, NHI, PPSN, ONTARIO_HEALTH_CARD, UK_DRIVING_LICENCE, LICENCE_SURNAME, UK_PLATE, ID_CUE, ID_TOKEN];

const CARD_PREFIX = /^(?:4|5\d|2[2-7]|3[0-8]|6|1800|2131)/u;
const CARD_CUE = /(?:card|visa|mastercard|amex|debit|credit|cc)\W{0,12}(?:number|no\.?|#)?\W{0,6}$/iu;
const NHS_CUE = /(?:nhs|chi|health|patient|hospital|hosp)\W{0,3}(?:number|no\.?|#)?\W{0,6}$/iu;
const NHS_NUMBER_EARLIER = /\b(?:nhs|chi)\s(?:numbers?|no\b)/u;
const PHONE_CUE = /(?:phone|tel|mobile|mob|call|ring|text|whatsapp|fax)\W{0,12}$/iu;
const PLATE_CUE = /(?:reg|plate|car|registration|van)\W{0,12}$/iu;

function push(out: Candidate[], start: number, end: number, confidence: number, detail: string, kind: Candidate['kind'] = 'ID_NUMBER'): void {
  out.push({ start, end, kind, severity: 'high', confidence, detail });
}

function detectCards(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CARD)) {
    if (gluedTo(text, m.index, '-')) continue;
    const raw = m[0];
    const digits = raw.replace(/\D/gu, '');
    if (digits.length < 12 || !luhnValid(digits)) continue;
    const cue = CARD_CUE.test(before(text, m.index, 30));
    if (!cue && (!CARD_PREFIX.test(digits) || digits.length < 13)) continue;
    push(out, m.index, m.index + raw.length, cue ? 0.97 : 0.9, 'card', 'CARD');
  }
}

function detectBankAndHealthNumbers(text: string, lower: string, out: Candidate[]): void {
  // Shapes that pass their check by chance too often are read only once the draft names the scheme.
  const hasNhi = /\bnhi\b/u.test(lower);
  const hasPps = /\bppsn?\b|personal public service/u.test(lower);
  const hasHealthCard = /health card|\bohip\b/u.test(lower);
  for (const m of text.matchAll(IBAN)) {
    // The pattern may run on into the next word ("… 7654 32 please"): drop trailing groups until the check passes.
    let raw = trimEndChars(m[0], ' ');
    while (raw.length >= 15 && !ibanValid(raw)) {
      const cut = raw.lastIndexOf(' ');
      if (cut < 0) break;
      raw = raw.slice(0, cut);
    }
    if (ibanValid(raw)) push(out, m.index, m.index + raw.length, 0.98, 'bank account', 'IBAN');
  }
  for (const m of text.matchAll(TEN_DIGITS)) {
    if (gluedTo(text, m.index, '-')) continue;
    const prior = before(text, m.index, 30);
    // "NHS number? I've put mine (943 618 2058)": the cue may sit a sentence before, when the check digit holds.
    const cue = NHS_CUE.test(prior) || NHS_NUMBER_EARLIER.test(before(text, m.index, 160));
    if (!mod11Valid(m[0])) continue;
    // "…wants to talk, 412-867-3390": dashes are how US phones are written; NHS numbers take spaces.
    if (!cue && (PHONE_CUE.test(prior) || m[1] === '-')) continue;
    // Unprompted, only the ranges England and Wales actually issue (4xx, 6xx, 7xx) or a CHI date prefix.
    const scottish = chiValid(m[0]) && /chi/iu.test(prior);
    if (!cue && !/^[467]/u.test(m[0]) && !scottish) continue;
    push(out, m.index, m.index + m[0].length, cue ? 0.97 : 0.85, scottish ? 'a CHI number' : 'an NHS number');
  }
  for (const m of text.matchAll(CHI_SPACED)) {
    if (gluedTo(text, m.index, '-')) continue;
    if (chiValid(m[0])) push(out, m.index, m.index + m[0].length, NHS_CUE.test(before(text, m.index, 30)) ? 0.97 : 0.85, 'a CHI number');
  }
  for (const m of text.matchAll(SSN)) {
    if (gluedTo(text, m.index, '-')) continue;
    if (ssnValid(m[0])) push(out, m.index, m.index + m[0].length, 0.9, 'a social security number');
  }
  for (const m of text.matchAll(MEDICARE_AU)) {
    // "wants my Medicare number … mine's 2953 71846 1": named as one, it counts even with a wrong check digit.
    if (medicareAuValid(m[0]) || /medicare/iu.test(before(text, m.index, 160))) push(out, m.index, m.index + m[0].length, 0.9, 'a Medicare number');
  }
  for (const m of text.matchAll(MBI)) {
    if (mbiValid(m[0])) push(out, m.index, m.index + m[0].length, 0.9, 'a Medicare number');
  }
  // One in ten letter-and-digit codes passes the NHI check by chance: the word "NHI" must come first.
  if (hasNhi) {
    for (const m of text.matchAll(NHI)) {
      if (nhiValid(m[0]) && /\bnhi\b/iu.test(before(text, m.index, 60))) push(out, m.index, m.index + m[0].length, 0.95, 'an NHI number');
    }
  }
  // "it wants PPS numbers for everyone… Mine's 6284117M": with PPS named in the draft, a number that passes its check.
  if (hasPps) {
    for (const m of text.matchAll(PPSN)) if (ppsValid(m[0])) push(out, m.index, m.index + m[0].length, 0.95, 'a PPS number');
  }
  if (hasHealthCard) {
    for (const m of text.matchAll(ONTARIO_HEALTH_CARD)) push(out, m.index, m.index + m[0].length, 0.9, 'a health card number');
  }
  for (const m of text.matchAll(NI_NUMBER)) {
    const upper = m[0] === m[0].toUpperCase();
    const cue = /(?:ni|national insurance)\W{0,12}(?:number|no\.?)?\W{0,6}$/iu.test(before(text, m.index, 40));
    if ((upper || cue) && niValid(m[0])) push(out, m.index, m.index + m[0].length, 0.97, 'a National Insurance number');
  }
}

function detectVehicleAndLicence(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(UK_DRIVING_LICENCE)) {
    const start = m.index - 5;
    if (start < 0 || !LICENCE_SURNAME.test(text.slice(start, m.index)) || /[A-Za-z\d]/u.test(text.charAt(start - 1))) continue;
    const month = Number(m[0].slice(1, 3));
    const day = Number(m[0].slice(3, 5));
    const realMonth = month > 50 ? month - 50 : month;
    if (plausibleDate(day, realMonth)) push(out, start, m.index + m[0].length, 0.9, 'a driving licence number');
  }
  for (const m of text.matchAll(UK_PLATE)) {
    const age = Number(m[0].slice(2, 4));
    const validAge = (age >= 2 && age <= 30) || (age >= 51 && age <= 80);
    const cue = PLATE_CUE.test(before(text, m.index, 25));
    if (validAge || cue) push(out, m.index, m.index + m[0].length, cue ? 0.85 : 0.6, 'a number plate');
  }
}

const ID_CUE_AT = indexedCue('ID_CUE', ID_CUE, CUE_WORDS.ID_CUE);

function detectCuedIds(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of cueMatches(ctx, ID_CUE_AT)) {
    ID_TOKEN.lastIndex = m.index + m[0].length;
    const t = ID_TOKEN.exec(text);
    const token = t?.[1];
    if (!t || !token) continue;
    let trimmed = trimEndChars(token, ' -');
    // "NHS No: 612 094 7388 27 Brackley Close": a valid NHS number ends where its check digit is.
    const nhsFirst = /^(\d{3}([ -]?)\d{3}\2\d{4})[ -]\d/u.exec(trimmed)?.[1];
    if (nhsFirst && mod11Valid(nhsFirst)) trimmed = nhsFirst;
    const digits = trimmed.replace(/\D/gu, '').length;
    if (digits < 4 || trimmed.length < 5) continue;
    const start = t.index + t[0].length - token.length;
    const cue = m[0].toLowerCase();
    // A bare "ref" ("letter says ref RTH-5520981") only before a code with letters in it, not any number.
    if (/^ref(?:erence)?\.?$/u.test(cue) && !/\p{L}/u.test(trimmed)) continue;
    const detail = /plate|reg/u.test(cue) ? 'a number plate' : /licen/u.test(cue) ? 'a licence number' : /passport/u.test(cue) ? 'a passport number' : /account|sort/u.test(cue) ? 'an account number' : 'an ID number';
    // A cue word settles what the number is: it wins over a phone-shaped reading of the same digits.
    const phoneShaped = /^[\d\s-]+$/u.test(trimmed);
    out.push(candidateOf('ID_NUMBER', start, start + trimmed.length, 'high', 0.96, { detail, structural: phoneShaped }));
  }
}


/** A letters-and-digits code set after a colon or in brackets ("I gave it (GU-77215)"), with a reference-like word earlier in the same stretch of text (too far for ID_TOKEN). */
function detectFarCuedCodes(text: string, lower: string, out: Candidate[]): void {
  for (const m of text.matchAll(CODE_AFTER_COLON)) {
    const code = m[1] ?? '';
    const start = m.index + m[0].length - code.length;
    if (FAR_ID_CUE.test(lower.slice(Math.max(0, m.index - 160), m.index))) push(out, start, start + code.length, 0.8, 'an ID number');
  }
}

export function detectIds(ctx: ScanContext): Candidate[] {
  const { text, lower } = ctx;
  const out: Candidate[] = [];
  if (!/\d/u.test(text)) return out;
  detectCards(text, out);
  detectBankAndHealthNumbers(text, lower, out);
  detectVehicleAndLicence(text, out);
  detectCuedIds(ctx, out);
  if (text.includes(':') || text.includes('(')) detectFarCuedCodes(text, lower, out);
  return out;
}
