import { describe, expect, it } from 'vitest';
import {
  chiNumber, iban, isLuhnValid, isValidIban, isValidNhsNumber, luhnNumber, medicareAu, nhsCheckDigit, nhsNumber, ppsNumber,
} from '../../bench/checksums';

describe('check-digit helpers', () => {
  it('computes the NHS mod-11 digit of the published example 943 476 5919', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(nhsNumber('943476591')).toBe('943 476 5919');
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
  });

  it('refuses NHS stems whose check digit would be 10', () => {
    expect(nhsCheckDigit('485777321')).toBeNull();
    expect(() => nhsNumber('485777321')).toThrow();
  });

  it('builds CHI numbers that pass the same mod-11 check', () => {
    const chi = chiNumber('140358', '272');
    expect(chi).toMatch(/^140358 \d{4}$/);
    expect(isValidNhsNumber(chi)).toBe(true);
  });

  it('computes Luhn digits (4111 1111 1111 1111 is the classic test card)', () => {
    expect(luhnNumber('411111111111111', [4, 4, 4, 4])).toBe('4111 1111 1111 1111');
    expect(isLuhnValid('4111 1111 1111 1112')).toBe(false);
  });

  it('computes IBAN check digits (GB82 WEST 1234 5698 7654 32 is the ISO example)', () => {
    expect(iban('GB', 'WEST12345698765432')).toBe('GB82 WEST 1234 5698 7654 32');
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB83 WEST 1234 5698 7654 32')).toBe(false);
  });

  it('computes Australian Medicare and Irish PPS check characters', () => {
    // 2123 45670 1: weights 1,3,7,9,1,3,7,9 over 21234567 give 170 → check 0.
    expect(medicareAu('21234567', 1)).toBe('2123 45670 1');
    // 1234567 → 8+14+18+20+20+18+14 = 112, 112 mod 23 = 20 → T.
    expect(ppsNumber('1234567')).toBe('1234567T');
  });
});
