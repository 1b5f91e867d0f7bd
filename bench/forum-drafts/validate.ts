// Checks on gold values that have an objective test (phone numbers parse,
// cards pass Luhn, IBANs pass mod 97), so a typo in a draft does not become a
// "miss" the detector is blamed for.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { isLuhnValid, isValidIban, isValidNhsNumber } from '../checksums';
import type { CorpusDocument } from './index';

const REGIONS: CountryCode[] = ['GB', 'IE', 'US', 'CA', 'AU', 'NL', 'DE', 'FR'];

function isPlausiblePhone(s: string): boolean {
  return REGIONS.some((r) => parsePhoneNumberFromString(s, r)?.isValid() === true);
}

/** Problems found, one line each; empty when every checkable value is sound. */
export function checkGoldValues(docs: readonly CorpusDocument[]): string[] {
  const problems: string[] = [];
  for (const d of docs) {
    for (const s of d.spans) {
      const value = d.text.slice(s.start, s.end);
      const before = d.text.slice(Math.max(0, s.start - 12), s.start);
      if (s.label === 'PHONE' && !isPlausiblePhone(value)) problems.push(`${d.id}: phone not valid anywhere: ${value}`);
      if (s.label === 'CARD' && !isLuhnValid(value)) problems.push(`${d.id}: card fails Luhn: ${value}`);
      if (s.label === 'IBAN' && !isValidIban(value)) problems.push(`${d.id}: IBAN fails mod 97: ${value}`);
      if (s.label === 'ID_NUMBER' && /NHS|CHI/.test(before) && !isValidNhsNumber(value)) {
        problems.push(`${d.id}: NHS/CHI number fails mod 11: ${value}`);
      }
      if (s.label === 'EMAIL' && !/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value)) problems.push(`${d.id}: odd email: ${value}`);
    }
  }
  return problems;
}
