// Check-digit helpers so the forum drafts carry identifiers that pass the
// same validation real ones do. Writing check digits by hand invites typos,
// and a number with a wrong check digit is not the kind it claims to be.

function digitsOf(s: string): number[] {
  return [...s.replace(/\D/g, '')].map(Number);
}

/** NHS number check digit (mod 11, weights 10..2). Returns null when 10 (such numbers are never issued). */
export function nhsCheckDigit(first9: string): number | null {
  const d = digitsOf(first9);
  if (d.length !== 9) throw new Error(`NHS number needs 9 digits before the check digit: ${first9}`);
  const sum = d.reduce((acc, n, i) => acc + n * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

/** A full NHS number "NNN NNN NNNN" from its first 9 digits; throws if that stem can never be valid. */
export function nhsNumber(first9: string, separator = ' '): string {
  const check = nhsCheckDigit(first9);
  if (check === null) throw new Error(`No valid NHS number starts ${first9}`);
  const all = digitsOf(first9).join('') + String(check);
  return [all.slice(0, 3), all.slice(3, 6), all.slice(6)].join(separator);
}

export function isValidNhsNumber(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 10) return false;
  return nhsCheckDigit(d.slice(0, 9).join('')) === d[9];
}

/** Scottish CHI number: DDMMYY + 3 digits, then a mod-11 check digit (same weights as NHS). */
export function chiNumber(ddmmyy: string, serial3: string): string {
  return nhsNumber(ddmmyy + serial3, '').replace(/^(\d{6})(\d{4})$/, '$1 $2');
}

/** Luhn check digit for a payload (payment cards, Canadian SIN, Ontario health card). */
export function luhnCheckDigit(payload: string): number {
  const d = digitsOf(payload).reverse();
  let sum = 0;
  d.forEach((n, i) => {
    if (i % 2 === 0) {
      const doubled = n * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += n;
    }
  });
  return (10 - (sum % 10)) % 10;
}

export function isLuhnValid(s: string): boolean {
  const d = digitsOf(s);
  if (d.length < 2) return false;
  const payload = d.slice(0, -1).join('');
  return luhnCheckDigit(payload) === d[d.length - 1];
}

/** Payload + Luhn digit, regrouped into blocks of the given sizes, e.g. [4,4,4,4]. */
export function luhnNumber(payload: string, groups: readonly number[], separator = ' '): string {
  const all = digitsOf(payload).join('') + String(luhnCheckDigit(payload));
  const total = groups.reduce((a, b) => a + b, 0);
  if (total !== all.length) throw new Error(`groups ${groups.join('+')} do not cover ${all.length} digits`);
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push(all.slice(at, at + g));
    at += g;
  }
  return parts.join(separator);
}

function ibanRemainder(rearranged: string): number {
  let rem = 0;
  for (const ch of rearranged) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of code) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}

/** IBAN with its two check digits (ISO 13616 mod 97), printed in groups of four. */
export function iban(country: string, bban: string): string {
  const clean = bban.replace(/\s/g, '').toUpperCase();
  const rem = ibanRemainder(clean + country.toUpperCase() + '00');
  const check = String(98 - rem).padStart(2, '0');
  const all = country.toUpperCase() + check + clean;
  return all.replace(/(.{4})(?=.)/g, '$1 ');
}

export function isValidIban(s: string): boolean {
  const clean = s.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z\d]+$/.test(clean)) return false;
  return ibanRemainder(clean.slice(4) + clean.slice(0, 4)) === 1;
}

/** Australian Medicare card: 8 digits, a weighted check digit, an issue digit. */
export function medicareAu(first8: string, issue: number): string {
  const d = digitsOf(first8);
  if (d.length !== 8) throw new Error('Medicare needs 8 leading digits');
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = d.reduce((acc, n, i) => acc + n * (weights[i] ?? 0), 0) % 10;
  const all = d.join('') + String(check) + String(issue);
  return `${all.slice(0, 4)} ${all.slice(4, 9)} ${all.slice(9)}`;
}

/** Irish PPS number: 7 digits then a mod-23 check letter (W means 0). */
export function ppsNumber(first7: string): string {
  const d = digitsOf(first7);
  if (d.length !== 7) throw new Error('PPSN needs 7 digits');
  const sum = d.reduce((acc, n, i) => acc + n * (8 - i), 0);
  const letters = 'WABCDEFGHIJKLMNOPQRSTUV';
  return d.join('') + (letters[sum % 23] ?? 'W');
}
