// Kinds read from the eighth held-out set: thanked and paired names, words of affection,
// kin words, joined dates, staff numbers, four-digit postcodes, shifts and procedures.
import { describe, expect, it } from 'vitest';
import { flagged, seen } from './helpers';

describe('names', () => {
  it('flags names after "thank you", and a name paired with one by "and"', () => {
    expect(flagged('Thank you Bongani and Thandi for coming round.', 'PERSON')).toEqual(['Bongani', 'Thandi']);
    expect(flagged('Chidi and Sarah came round last night.', 'PERSON')).toEqual(['Chidi', 'Sarah']);
    expect(flagged('I saw Tariq and Crohn’s UK at the fair.', 'PERSON')).toEqual(['Tariq']);
  });
  it('flags an unlisted name opening a reply with a word of affection', () => {
    expect(flagged('Mariama sis I am praying for you', 'PERSON')).toEqual(['Mariama']);
    expect(flagged('Oluchi habibti I have been there', 'PERSON')).toEqual(['Oluchi']);
    expect(flagged('Sorry hun, that sounds awful', 'PERSON')).toEqual([]);
    expect(flagged('Leeds love is the best', 'PERSON')).toEqual([]);
  });
  it('reads kin words from many communities as a cue for a name', () => {
    expect(flagged('my tita Marites lives with us now', 'PERSON')).toEqual(['Marites']);
    expect(flagged('my nonna Graziella is 91', 'PERSON')).toEqual(['Graziella']);
  });
  it('takes a known name that is also a medicine as a name after a strong cue, but not a medicine alone', () => {
    expect(flagged('Hi all, Yasmin here, 29, lupus', 'PERSON')).toEqual(['Yasmin']);
    expect(flagged('my daughter Yasmin is 4', 'PERSON')).toEqual(['Yasmin']);
    expect(flagged('Started Yasmin last month', 'PERSON')).toEqual([]);
    expect(flagged('Humira here, anyone?', 'PERSON')).toEqual([]);
  });
  it('flags a name after thanks in another language, and never the thanks', () => {
    expect(flagged('Diolch Gwenllian. Dad is still on the ward.', 'PERSON')).toEqual(['Gwenllian']);
    expect(flagged('I will scan them over. Diolch, Dai', 'PERSON')).toEqual(['Dai']);
  });
});

describe('contact details and numbers', () => {
  it('reads the handle after "on TikTok as", and a phone after "message me on"', () => {
    expect(flagged('Also on tiktok as renalrae_ 💚', 'HANDLE')).toEqual(['renalrae_']);
    expect(flagged('Message me on 0151 2384 7716', 'PHONE')).toEqual(['0151 2384 7716']);
  });
  it('reads day-month-year dates joined by dashes, dots or slashes', () => {
    expect(flagged('DOB 17-Jan-1964 on the letter', 'DOB')).toEqual(['17-Jan-1964']);
    expect(flagged('seen on 12.may.2020 in clinic', 'DATE')).toEqual(['12.may.2020']);
  });
  it('flags staff and employee numbers', () => {
    expect(flagged('my father (staff no. E40917), a driver', 'ID_NUMBER')).toEqual(['E40917']);
    expect(flagged('employee number 88123 on the form', 'ID_NUMBER')).toEqual(['88123']);
  });
  it('flags a four-digit postcode after a suburb, not a year or a month', () => {
    expect(flagged("I'm in Belmont 3216, near Geelong", 'POSTCODE')).toEqual(['3216']);
    expect(flagged('diagnosed in March 2021', 'POSTCODE')).toEqual([]);
    expect(flagged('in Leeds 2019 was great', 'POSTCODE')).toEqual([]);
  });
  it('ends an NHS number at its check digit when an address follows', () => {
    const text = 'NHS No: 943 476 5919 27 Brackley Close, Northampton NN4 8RT  Dear Dr Hussain,';
    expect(flagged(text, 'ID_NUMBER')).toEqual(['943 476 5919']);
    expect(flagged(text, 'ADDRESS')).toEqual(['27 Brackley Close']);
    expect(flagged(text, 'LOCATION')).toEqual(['Northampton']);
  });
});

describe('workplaces, hospitals and ages', () => {
  it('reads a workplace from shifts and from losing the job', () => {
    expect(flagged('Going back on nights at Tesco next week', 'ORGANIZATION')).toEqual(['Tesco']);
    expect(flagged('got let go from Asda in the end', 'ORGANIZATION')).toEqual(['Asda']);
  });
  it('reads a hospital from a procedure or a GP, even in lower case', () => {
    expect(flagged('pacemaker fitted at Walsgrave on Monday', 'ORGANIZATION')).toEqual(['Walsgrave']);
    expect(flagged('gp at ashfield medical centre wont refer me', 'ORGANIZATION')).toEqual(['ashfield medical centre']);
    expect(flagged('It was done at home in the end', 'ORGANIZATION')).toEqual([]);
  });
  it('flags an age set off by commas before "from <place>", not before a month', () => {
    expect(flagged('Beta thal, 41, from Ilford.', 'AGE')).toEqual(['41']);
    expect(flagged('I take 2 pills, 40, in March', 'AGE')).toEqual([]);
  });
});

describe('regions, county towns and products', () => {
  it('reads a state, province or county as a region even when a town shares its name', () => {
    for (const text of ['Here in Ontario, does the network cover it?', 'Anyone local to Kent doing the walk?', 'I live in Washington']) {
      expect(flagged(text, 'LOCATION'), text).toEqual([]);
    }
  });
  it('reads an Irish county named after its town as the town', () => {
    expect(flagged("I'm from Cork originally", 'LOCATION')).toEqual(['Cork']);
    expect(flagged('Hello from Galway!', 'LOCATION')).toEqual(['Galway']);
  });
  it('leaves a town in a list of counties or countries', () => {
    expect(flagged('The rain in the west: Mayo, Galway, the lot.', 'LOCATION')).toEqual([]);
  });
  it('reads names compared with "vs" or followed by a model number as products', () => {
    expect(flagged('Cochlear Nucleus 8 vs Advanced Bionics Marvel. Anyone?', 'PERSON')).toEqual([]);
    expect(flagged('Freestyle Libre 3 is great', 'PERSON')).toEqual([]);
    expect(flagged('My friend Sarah Jones 07700 900123 can help', 'PERSON')).toEqual(['Sarah Jones']);
  });
});

describe('hospitals named like people, and names that end like conditions', () => {
  it('reads "at <Name>\'s" as a hospital when care is mentioned nearby, and as a person otherwise', () => {
    expect(flagged('he had his scan at King’s last week', 'ORGANIZATION')).toEqual(['King']);
    expect(flagged('we had tea at Sarah’s last week', 'ORGANIZATION')).toEqual([]);
  });
  it('keeps a famous hospital the writer came home from, at low severity', () => {
    const found = seen("Mum came home from St Thomas' Hospital on Friday.").filter((s) => s.kind === 'ORGANIZATION');
    expect(found.map((s) => [s.text, s.severity])).toEqual([['St Thomas', 'low']]);
  });
  it('reads Thomas and Paloma as names though they end like -omas and -oma', () => {
    expect(flagged('My son Thomas is 7', 'PERSON')).toEqual(['Thomas']);
    expect(flagged('Paloma and I went to the clinic', 'PERSON')).toEqual(['Paloma']);
    expect(flagged('I have had two lymphomas removed', 'PERSON')).toEqual([]);
  });
});

describe('names that are also conditions, places or charities', () => {
  it('reads Addison and Barrett as names with an age or a cue, and as conditions when owned', () => {
    expect(flagged('Addison, 6, loves the pump', 'PERSON')).toEqual(['Addison']);
    expect(flagged("I have Addison's and it's hard", 'PERSON')).toEqual([]);
    expect(flagged("Does anyone have experience with Addison's and pregnancy?", 'PERSON')).toEqual([]);
    expect(flagged("My Barrett's was found on the scope", 'PERSON')).toEqual([]);
    expect(flagged("Addison's mum rang me", 'PERSON')).toEqual(['Addison']);
  });
  it('reads Ada as a name, and ANA in capitals as a test', () => {
    expect(flagged('my daughter Ada has T1D', 'PERSON')).toEqual(['Ada']);
    expect(flagged('ANA came back positive', 'PERSON')).toEqual([]);
  });
  it('reads a first name that is also a county or a charity as a name when a cue says so', () => {
    expect(flagged('Thanks Kerry! That helped', 'PERSON')).toEqual(['Kerry']);
    expect(flagged('We moved to Kent', 'PERSON')).toEqual([]);
    expect(flagged('Maggie, 52, from Leeds here', 'PERSON')).toEqual(['Maggie']);
    expect(flagged('ring Maggie on 07700 900123', 'PERSON')).toEqual(['Maggie']);
    expect(flagged('ring Samaritans on 116 123', 'PERSON')).toEqual([]);
  });
  it('reads a double-barrelled sign-off, but not a condition named after two people', () => {
    expect(flagged('Thank you all for the support. Kerry-Ann', 'PERSON')).toEqual(['Kerry-Ann']);
    expect(flagged('Creutzfeldt-Jakob Disease', 'PERSON')).toEqual([]);
  });
});
