import { describe, expect, it } from 'vitest';
import { chiValid, ibanValid, luhnValid, mbiValid, mod11Valid, nhiValid, niValid, plausibleDate, ppsValid, ssnValid } from '@/utils/disclosure/checksums';
import { withLuhn, withMod11 } from './helpers';

describe('Luhn (cards)', () => {
  it('accepts numbers with a correct check digit', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid(withLuhn('535522004455123'))).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
  });
  it('rejects a changed digit, repeated digits and wrong lengths', () => {
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(luhnValid('0000000000000000')).toBe(false);
    expect(luhnValid('4111111')).toBe(false);
    expect(luhnValid('41111111111111111111')).toBe(false);
  });
});

describe('NHS and CHI modulus 11', () => {
  it('accepts the published example NHS number and computed ones', () => {
    expect(mod11Valid('943 476 5919')).toBe(true);
    const made = withMod11('401023213');
    expect(made).toBeDefined();
    expect(mod11Valid(made as string)).toBe(true);
  });
  it('rejects a wrong check digit and numbers whose check would be 10', () => {
    expect(mod11Valid('943 476 5918')).toBe(false);
    expect(mod11Valid('1111111111')).toBe(false);
    expect(mod11Valid('123456789')).toBe(false);
  });
  it('needs a real day and month for CHI', () => {
    const chi = withMod11('140358271');
    if (chi) expect(chiValid(chi)).toBe(true);
    const badDate = withMod11('401358271');
    if (badDate) expect(chiValid(badDate)).toBe(false);
  });
});

describe('IBAN mod 97', () => {
  it('accepts valid IBANs with or without spaces and in lower case', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('gb82west12345698765432')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
  });
  it('rejects a changed digit or a wrong length for the country', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654')).toBe(false);
  });
});

describe('structure rules', () => {
  it('SSN: no area 000, 666 or 9xx, no zero group or serial, no advertising numbers', () => {
    expect(ssnValid('536-22-8412')).toBe(true);
    expect(ssnValid('000-12-3456')).toBe(false);
    expect(ssnValid('666-12-3456')).toBe(false);
    expect(ssnValid('912-12-3456')).toBe(false);
    expect(ssnValid('536-00-3456')).toBe(false);
    expect(ssnValid('536-22-0000')).toBe(false);
    expect(ssnValid('078-05-1120')).toBe(false);
  });
  it('Medicare MBI: CMS example shape, no S L O I B Z letters', () => {
    expect(mbiValid('1EG4-TE5-MK73')).toBe(true);
    expect(mbiValid('1EG4-TE5-MK7')).toBe(false);
    expect(mbiValid('1SG4-TE5-MK73')).toBe(false);
    expect(mbiValid('0EG4-TE5-MK73')).toBe(false);
  });
  it('National Insurance: valid prefixes and suffix A–D only', () => {
    expect(niValid('AB 12 34 56 C')).toBe(true);
    expect(niValid('QQ 12 34 56 C')).toBe(false);
    expect(niValid('GB 12 34 56 A')).toBe(false);
    expect(niValid('AB 12 34 56 E')).toBe(false);
  });
  it('calendar dates', () => {
    expect(plausibleDate(29, 2, 2024)).toBe(true);
    expect(plausibleDate(29, 2, 2023)).toBe(false);
    expect(plausibleDate(31, 4)).toBe(false);
    expect(plausibleDate(0, 1)).toBe(false);
  });
});

describe('New Zealand NHI (old form, mod 11)', () => {
  it('accepts the Ministry of Health test number and rejects a changed check digit', () => {
    // ZZZ0016 is the published test NHI: 24×7 + 24×6 + 24×5 + 0×4 + 0×3 + 1×2 = 434; 434 mod 11 = 5; 11 − 5 = 6.
    expect(nhiValid('ZZZ0016')).toBe(true);
    expect(nhiValid('zzz0016')).toBe(true);
    expect(nhiValid('ZZZ0017')).toBe(false);
  });
  it('rejects I and O, and the wrong shape', () => {
    expect(nhiValid('IZZ0016')).toBe(false);
    expect(nhiValid('ZZO0016')).toBe(false);
    expect(nhiValid('ZZ00016')).toBe(false);
  });
});

describe('PPS number (Ireland)', () => {
  it('accepts the right check letter, with or without a second letter', () => {
    expect(ppsValid('1234567T')).toBe(true);
    expect(ppsValid('1234567FA')).toBe(true);
    expect(ppsValid('1234567fa')).toBe(true);
  });
  it('rejects a wrong check letter or shape', () => {
    expect(ppsValid('1234567A')).toBe(false);
    expect(ppsValid('1234567TA')).toBe(false);
    expect(ppsValid('123456T')).toBe(false);
  });
});
