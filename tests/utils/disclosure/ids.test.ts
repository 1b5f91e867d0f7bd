import { describe, expect, it } from 'vitest';
import { flagged, withLuhn, withMod11 } from './helpers';

describe('payment cards and bank accounts', () => {
  it('flags Luhn-valid cards and mod-97-valid IBANs', () => {
    expect(flagged('card 4111 1111 1111 1111 expired', 'CARD')).toEqual(['4111 1111 1111 1111']);
    expect(flagged(`my visa ${withLuhn('453201511283036')}`, 'CARD')).toHaveLength(1);
    expect(flagged('IBAN GB82 WEST 1234 5698 7654 32 please', 'IBAN')).toEqual(['GB82 WEST 1234 5698 7654 32']);
  });
  it('does not flag look-alikes without a valid check digit', () => {
    expect(flagged('card 4111 1111 1111 1112', 'CARD')).toEqual([]);
    expect(flagged('ref GB82 WEST 1234 5698 7654 33', 'IBAN')).toEqual([]);
  });
});

describe('health and government numbers', () => {
  it('flags a valid NHS number in any common layout', () => {
    for (const n of ['943 476 5919', '943-476-5919', '9434765919']) {
      expect(flagged(`my NHS number is ${n}`, 'ID_NUMBER'), n).toEqual([n]);
    }
  });
  it('flags an NHS number whose cue came a sentence before, when its check digit holds', () => {
    const text = 'Does everyone put their NHS number on the alert card? I wrote mine (943 476 5919) on the back.';
    expect(flagged(text, 'ID_NUMBER')).toEqual(['943 476 5919']);
    expect(flagged('Do you put the NHS number on it? I wrote mine (943 476 5918) on the back.', 'ID_NUMBER')).toEqual([]);
  });
  it('flags a PPS number that passes its check once PPS is named, even far from the cue', () => {
    const text = 'The grant form asks for PPS numbers for the whole household. Mine is easy, 1234567T, but my daughter has lost hers.';
    expect(flagged(text, 'ID_NUMBER')).toEqual(['1234567T']);
    expect(flagged('Order 1234567T arrived today', 'ID_NUMBER')).toEqual([]);
    expect(flagged('The PPS office lost order 1234567A', 'ID_NUMBER')).toEqual([]);
  });
  it('does not flag ten digits that fail the NHS check', () => {
    expect(flagged('order 943 476 5918 arrived', 'ID_NUMBER')).toEqual([]);
  });
  it('flags a CHI number written as birth date plus four digits', () => {
    const chi = withMod11('140358271');
    expect(chi).toBeDefined();
    const spaced = `${chi?.slice(0, 6)} ${chi?.slice(6)}`;
    expect(flagged(`CHI ${spaced} on the letter`, 'ID_NUMBER')).toEqual([spaced]);
  });
  it('flags SSNs that follow the structure rules, Medicare MBIs and NI numbers', () => {
    expect(flagged('SSN 536-22-8412', 'ID_NUMBER')).toEqual(['536-22-8412']);
    expect(flagged('ref 666-22-8412 on the box', 'ID_NUMBER')).toEqual([]);
    expect(flagged('Medicare 1EG4-TE5-MK73', 'ID_NUMBER')).toEqual(['1EG4-TE5-MK73']);
    expect(flagged('my NI number is JT 48 26 91 B', 'ID_NUMBER')).toEqual(['JT 48 26 91 B']);
    expect(flagged('code QQ 12 34 56 C', 'ID_NUMBER')).toEqual([]);
  });
  it('flags hospital, member and licence numbers only after a cue', () => {
    expect(flagged('my MRN is 11029384 and', 'ID_NUMBER')).toEqual(['11029384']);
    expect(flagged('hosp no A0038841 on the letter', 'ID_NUMBER')).toEqual(['A0038841']);
    expect(flagged('member ID XJH 448 201 339', 'ID_NUMBER')).toEqual(['XJH 448 201 339']);
    expect(flagged("driver's license number is F162823540116", 'ID_NUMBER')).toEqual(['F162823540116']);
    expect(flagged('I walked 11029384 steps', 'ID_NUMBER')).toEqual([]);
  });
  it('flags UK driving licences and number plates', () => {
    expect(flagged('licence MORGA753116SM9IJ 35 here', 'ID_NUMBER')).toHaveLength(1);
    expect(flagged('my reg is NR19 KXT if that matters', 'ID_NUMBER')).toEqual(['NR19 KXT']);
  });
});
