// Kinds read from the ninth held-out set: lists of names, appositions, nicknames for someone else,
// lower-case thanks, "mum of", "who is" ages, repeated birth dates, ZIPs after a town, health
// cards, account names after a platform, and house names with no street word.
import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

describe('names', () => {
  it('flags every name in a list that holds a name', () => {
    expect(flagged('Thanks everyone. Tunde, Marisol, Kev and of course Bev with her flapjacks.', 'PERSON')).toEqual(['Tunde', 'Marisol', 'Kev', 'Bev']);
    expect(flagged('Humira, Stelara and Sarah helped', 'PERSON')).toEqual(['Sarah']);
  });
  it('flags a name with "my coordinator" or "from <town>" after it', () => {
    expect(flagged('Sandeep my coordinator says keep the phone on', 'PERSON')).toEqual(['Sandeep']);
    expect(flagged('Cerys from Llanelli, 37, mildly losing it', 'PERSON')).toEqual(['Cerys']);
  });
  it('flags a nickname someone else goes by', () => {
    expect(flagged('married to Zbigniew (everyone calls him Zbyszek) who was diagnosed', 'PERSON')).toContain('Zbyszek');
  });
  it('flags known names in lower case after thanks or "ask for", not ordinary words', () => {
    expect(flagged('thank u fatima and yusuf for the lifts', 'PERSON')).toEqual(['fatima', 'yusuf']);
    expect(flagged('txt 087 619 4428 ask for aoife', 'PERSON')).toEqual(['aoife']);
    expect(flagged('thanks all, cheers mate', 'PERSON')).toEqual([]);
    expect(flagged('ring me and ask for help', 'PERSON')).toEqual([]);
  });
  it('flags a child named after "mum of", and an age after "who is"', () => {
    expect(flagged('Samoan mum of Sione who is 7.', 'PERSON')).toEqual(['Sione']);
    expect(flagged('Samoan mum of Sione who is 7.', 'AGE')).toEqual(['7']);
    expect(flagged('anyone who is 18 can apply', 'AGE')).toEqual([]);
  });
  it('reads capitalised words after "the" as a thing', () => {
    expect(flagged('The Serenity Prayer is on my fridge.', 'PERSON')).toEqual([]);
  });
});

describe('numbers and places', () => {
  it('reads a birth date written again in another format as a birth date', () => {
    expect(flagged('my date of birth as 30.08.1988, then 30/08/1988', 'DOB')).toEqual(['30.08.1988', '30/08/1988']);
    expect(flagged('appointment 12/03/2024 and again 12/03/2024', 'DOB')).toEqual([]);
  });
  it('flags a ZIP after a town and a where-word', () => {
    expect(flagged("We're in Scottsdale, 85251. Any tips?", 'POSTCODE')).toEqual(['85251']);
  });
  it('flags an Ontario health card once the draft names the card', () => {
    expect(flagged('It asks for the health card number. Mine is 7420-183-654-KT', 'ID_NUMBER')).toEqual(['7420-183-654-KT']);
    expect(flagged('Order 7420-183-654-KT shipped', 'ID_NUMBER')).toEqual([]);
  });
  it('reads the account name after "on Discord, I\'m"', () => {
    expect(flagged("or on discord, I'm lornaxcv", 'HANDLE')).toEqual(['lornaxcv']);
    expect(flagged("I'm on reddit, I'm new here", 'HANDLE')).toEqual([]);
  });
  it('reads a house name with no street word when a known town follows', () => {
    expect(flagged('send it to 3 Ard na Gréine, Tuam, Co. Galway', 'ADDRESS')).toEqual(['3 Ard na Gréine']);
    expect(flagged('took 2 Panadol, Cork is far', 'ADDRESS')).toEqual([]);
  });
  it('reads a Welsh or Irish school word as a school', () => {
    expect(flagged('Ysgol Glan Clwyd have been good about it', 'ORGANIZATION')).toEqual(['Ysgol Glan Clwyd']);
  });
  it('leaves "the States", the EMU and Todd\'s paresis alone', () => {
    for (const text of ['My cousin in the States talks about MELD', 'after 5 days in the EMU. Feel awful', "Todd's paresis after a big one"]) {
      expect(flagged(text, 'PERSON').concat(flagged(text, 'ORGANIZATION'), flagged(text, 'LOCATION')), text).toEqual([]);
    }
  });
});

describe('lower-case towns, patient lines and children listed with ages', () => {
  it('flags a known town written in lower case after a where-word, not everyday words', () => {
    expect(flagged('anyone round bristol want to meet? hairdresser in leamington?', 'LOCATION')).toEqual(['bristol', 'leamington']);
    expect(flagged('i live in hope and in reading the news', 'LOCATION')).toEqual([]);
    expect(flagged("I'm in pain in march", 'LOCATION')).toEqual([]);
  });
  it('reads a full name after "Patient", double-barrelled surnames included', () => {
    expect(flagged('The print out says: Patient Kwabena Asante-Mensah NHS No 943 476 5919', 'PERSON')).toEqual(['Kwabena Asante-Mensah']);
    expect(flagged('The form says: Patient Information Leaflet enclosed', 'PERSON')).toEqual([]);
  });
  it('flags children listed with their ages', () => {
    expect(flagged('Two kids, Ellie is 12 and Finn is 9.', 'AGE')).toEqual(['12', '9']);
    expect(flagged('Leeds is 12 miles away', 'AGE')).toEqual([]);
  });
});
