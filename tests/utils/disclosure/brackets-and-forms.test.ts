// Kinds read from the thirteenth held-out set: names with who they are in brackets, names after
// "posting for", "replying to" or "looked after", dotted account names before "on instagram",
// licence and card IDs written loosely, hospitals on a form's "centre:" line, employers after
// "work in a call centre for"; and look-alikes: ages then, provinces before a postcode, medical
// words after a postcode, "Bob's your uncle", hearing aid brands.
import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('names the thirteenth set missed', () => {
  it('flags names with who they are in brackets, even names that are also words', () => {
    expect(flagged('Grace and May (our twins) both ate their tea', 'PERSON')).toEqual(['Grace', 'May']);
    expect(flagged('Bea (my youngest daughter) starts school', 'PERSON')).toEqual(['Bea']);
    expect(flagged('I take Humira (my third biologic) weekly', 'PERSON')).toEqual([]);
    expect(flagged('Monday (my day off) was rough', 'PERSON')).toEqual([]);
  });
  it('flags a name after "posting for", "replying to" or "looked after"', () => {
    expect(flagged("Posting for Jaz who doesn't have Facebook", 'PERSON')).toEqual(['Jaz']);
    expect(flagged('replying to Shaz above, yes it helps', 'PERSON')).toEqual(['Shaz']);
    expect(flagged('the ward that looked after Teddy after his bleed', 'PERSON')).toEqual(['Teddy']);
    expect(flagged('Looking for Advice on flying with a pump', 'PERSON')).toEqual([]);
  });
  it('flags a dotted or underscored account name before "on instagram" with no cue', () => {
    expect(flagged('we post about it: hs.and.honest on instagram', 'HANDLE')).toEqual(['hs.and.honest']);
    expect(flagged('seen in the u.s.a on tiktok', 'HANDLE')).toEqual([]);
    expect(flagged('e.g. on instagram people post', 'HANDLE')).toEqual([]);
  });
});

describe('numbers and places the thirteenth set missed', () => {
  it('reads "driver license", "card ID" and "Medicare card number" as ID cues', () => {
    expect(flagged('Driver license D4829173, they want it back', 'ID_NUMBER')).toEqual(['D4829173']);
    expect(flagged('the card ID is HC 90027 41815 and they', 'ID_NUMBER')).toEqual(['HC 90027 41815']);
    expect(flagged('the Medicare card number 2975 04184 2 on every form', 'ID_NUMBER')).toEqual(['2975 04184 2']);
    expect(flagged('my debit card ID is on the back', 'ID_NUMBER')).toEqual([]);
  });
  it('reads the hospital on a form\'s "centre:" line, up to the line break', () => {
    expect(flagged('Transplant center: UCSF\nDate of transplant: 08/19/2023', 'ORGANIZATION')).toEqual(['UCSF']);
    expect(flagged('Clinic: Neuromuscular', 'ORGANIZATION')).toEqual([]);
  });
  it('reads the employer after "work in a call centre for"', () => {
    expect(flagged('I work in a call centre for Sky and my hands hurt', 'ORGANIZATION')).toEqual(['Sky']);
    expect(flagged('I work in a team for the NHS', 'ORGANIZATION')).toEqual([]);
  });
  it('reads the town after "ich komme aus" or "schreibe aus"', () => {
    expect(flagged('Ich schreibe aus Kassel, sorry for my English', 'LOCATION')).toEqual(['Kassel']);
  });
});

describe('look-alikes the thirteenth set showed', () => {
  it('leaves an age in the past alone: "I was 12 when…"', () => {
    expect(flagged('I was 12 when my first lump came up', 'AGE')).toEqual([]);
    expect(flagged('he was 7 at the time', 'AGE')).toEqual([]);
    expect(flagged("I'm 34 and tired", 'AGE')).toEqual(['34']);
  });
  it('leaves a province before a postcode, and a medical word after one, alone', () => {
    expect(flagged("I'm Steve, Hamilton, Ontario, L8P 2Y1", 'LOCATION')).not.toContain('Ontario');
    expect(flagged('12 Lochview Crescent, Dunfermline KY11 4RW Renal transplant clinic review', 'LOCATION')).toEqual(['Dunfermline']);
  });
  it("leaves \"Bob's your uncle\" and hearing aid brands alone", () => {
    expect(flagged("Bob's your uncle, 12 weeks later I was walking", 'PERSON')).toEqual([]);
    expect(flagged('my first hearing aids (Oticon Intent), then Phonak on the NHS', 'PERSON')).toEqual([]);
    expect(flagged("Bob's mum rang me", 'PERSON')).toEqual(['Bob']);
  });
});
