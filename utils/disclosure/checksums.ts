// Check digits and structure rules. A number is only reported as a card, NHS
// number, IBAN… when it passes the real check, so order numbers, lab values
// and random digits stay unflagged.

const digitsOf = (s: string): string => s.replace(/\D/gu, '');

/** Luhn (payment cards): 13–19 digits, weighted sum divisible by 10. */
export function luhnValid(input: string): boolean {
  const d = digitsOf(input);
  if (d.length < 12 || d.length > 19) return false;
  if (/^(\d)\1+$/u.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/**
 * NHS number (England, Wales, Isle of Man) and CHI number (Scotland) share the
 * modulus 11 check: weights 10..2 on the first nine digits, 11 − (sum mod 11)
 * must equal the tenth digit (11 → 0; 10 → never valid).
 */
export function mod11Valid(input: string): boolean {
  const d = digitsOf(input);
  if (d.length !== 10) return false;
  if (/^(\d)\1+$/u.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d.charCodeAt(9) - 48;
}

/** CHI numbers start with the date of birth (DDMMYY) and carry the same mod 11 check. */
export function chiValid(input: string): boolean {
  const d = digitsOf(input);
  if (!mod11Valid(d)) return false;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** IBAN: country letters, two check digits, then the account; the rearranged number mod 97 must be 1. */
export function ibanValid(input: string): boolean {
  const s = input.replace(/[\s-]/gu, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z\d]{10,30}$/u.test(s)) return false;
  const length = IBAN_LENGTHS[s.slice(0, 2)];
  if (length !== undefined && s.length !== length) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

// Lengths for the countries people here are most likely to paste; others only need mod 97.
const IBAN_LENGTHS: Record<string, number> = {
  GB: 22, IE: 22, DE: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, PT: 25, AT: 20, CH: 21,
  SE: 24, DK: 18, NO: 15, FI: 18, PL: 28, LU: 20, GR: 27, CZ: 24, HU: 28, RO: 24, MT: 31, CY: 28,
};

/**
 * US Social Security number structure: area not 000, 666 or 900–999; group not
 * 00; serial not 0000; and not the well-known advertising numbers.
 */
export function ssnValid(input: string): boolean {
  const d = digitsOf(input);
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  if (d === '078051120' || d === '219099999' || d === '123456789') return false;
  return !/^(\d)\1+$/u.test(d);
}

/**
 * Medicare Beneficiary Identifier (US): 11 characters, position by position
 * digit 1–9 · letter · letter/digit · digit · letter · letter/digit · digit ·
 * letter · letter · digit · digit; letters exclude S L O I B Z.
 */
export const MBI_SHAPE = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/u;

export function mbiValid(input: string): boolean {
  return MBI_SHAPE.test(input.replace(/[\s-]/gu, '').toUpperCase());
}

/**
 * UK National Insurance number: two prefix letters (not D F I Q U V; second not O;
 * not BG GB NK KN TN NT ZZ), six digits, suffix A–D.
 */
export function niValid(input: string): boolean {
  const s = input.replace(/\s/gu, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/u.exec(s);
  if (!m) return false;
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(`${m[1]}${m[2]}`);
}

/** A plausible calendar date (used by DOB, CHI and driving licence checks). */
export function plausibleDate(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  if (day > days) return false;
  if (year !== undefined && month === 2 && day === 29 && year % 4 !== 0) return false;
  return true;
}

/** Australian Medicare card number: 10 digits (first 2–6) with a weighted check digit in place 9, then an optional issue digit. */
export function medicareAuValid(input: string): boolean {
  const d = input.replace(/\D/gu, '');
  if ((d.length !== 10 && d.length !== 11) || !/^[2-6]/u.test(d)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (weights[i] ?? 0);
  return sum % 10 === Number(d[8]);
}

/** Letters of a New Zealand NHI number as numbers: A=1 … Z=24, with I and O left out. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** New Zealand NHI number, old form AAANNNC: weights 7…2 over six characters, check digit (11 - sum mod 11) mod 10. */
export function nhiValid(input: string): boolean {
  const s = input.toUpperCase();
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/u.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const ch = s.charAt(i);
    const value = i < 3 ? NHI_LETTERS.indexOf(ch) + 1 : Number(ch);
    sum += value * (7 - i);
  }
  const rest = sum % 11;
  if (rest === 0) return false;
  return (11 - rest) % 10 === Number(s.charAt(6));
}

/**
 * Irish PPS number: seven digits, a check letter and sometimes a second letter. Weights 8…2 over
 * the digits, 9 over the second letter (A=1 … W=0); the sum mod 23 gives the check letter (0 = W).
 */
export function ppsValid(input: string): boolean {
  const s = input.toUpperCase().replace(/\s/gu, '');
  const m = /^(\d{7})([A-W])([A-IW])?$/u.exec(s);
  if (!m) return false;
  const digits = m[1] as string;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits.charAt(i)) * (8 - i);
  const second = m[3];
  if (second) sum += (second === 'W' ? 0 : second.charCodeAt(0) - 64) * 9;
  const rest = sum % 23;
  return m[2] === (rest === 0 ? 'W' : String.fromCharCode(64 + rest));
}
