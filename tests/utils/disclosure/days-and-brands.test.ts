// Kinds read from the fourteenth held-out set: usernames "here", names after "my manager", dates
// after "scheduled", hospitals named for saints, towns after "collection only from" or "from
// round", ages after "G'day", IPs in brackets; and look-alikes: public days, counties and
// quarters of a city, someone else's "work at", model numbers, day-month dates before "Dr",
// brands, restaurant chains, royal colleges, cancer centres' websites.
import { describe, expect, it } from 'vitest';
import { flagged, seen } from './helpers';

describe('what the fourteenth set missed', () => {
  it('reads "my username here is", "my manager" and "scheduled" as cues', () => {
    expect(flagged('My username here is wobbly_wheels_dave if you can check', 'HANDLE')).toEqual(['wobbly_wheels_dave']);
    expect(flagged('my manager Bill was brilliant about it', 'PERSON')).toEqual(['Bill']);
    expect(flagged('Robotic prostatectomy scheduled 4/22, nervous', 'DATE')).toEqual(['4/22']);
  });
  it('reads a saint-named hospital after "at" when care is nearby, but not a saint-named anything', () => {
    expect(flagged('Prostatectomy scheduled 4/22 at Saint Francis.', 'ORGANIZATION')).toEqual(['Saint Francis']);
    expect(flagged('We had lunch at St Ives last summer', 'ORGANIZATION')).toEqual([]);
  });
  it('reads the town after "collection only from" and "anyone from round", and an age after "G\'day"', () => {
    expect(flagged('Collection only from Ballincollig, no posting', 'LOCATION')).toEqual(['Ballincollig']);
    expect(flagged('anyone from round Belper fancy a coffee', 'LOCATION')).toEqual(['Belper']);
    expect(flagged("G'day, 59 from Toowoomba.", 'AGE')).toEqual(['59']);
  });
  it('reads an IP address in brackets as an IP, not a phone', () => {
    expect(seen('It says my IP (86.142.77.19) is blocked').map((s) => s.kind)).toEqual(['IP']);
  });
});

describe('look-alikes the fourteenth set showed', () => {
  it('leaves public days alone, but not a day in the writer\'s life', () => {
    expect(flagged("Tourette's Awareness Month runs 15 May to 15 June in the UK.", 'DATE')).toEqual([]);
    expect(flagged('World Cerebral Palsy Day is 6 October every year', 'DATE')).toEqual([]);
    expect(flagged('Family day is Saturday 12 April and I am nervous', 'DATE')).toEqual(['Saturday 12 April']);
  });
  it('leaves counties and quarters of a city alone', () => {
    expect(seen('Parents in Orange County, our district will not help')).toEqual([]);
    expect(seen('a good physio in the Inner West? Anyone?')).toEqual([]);
  });
  it('leaves someone else\'s "work at" alone, but not the writer\'s', () => {
    expect(flagged('came out of the Dutch ILD work at St Antonius, worth a read', 'ORGANIZATION')).toEqual([]);
    expect(flagged('I work at St Antonius hospital', 'ORGANIZATION')).toEqual(['St Antonius']);
  });
  it('does not read "2 Feb. Urologist Dr …" as a street, nor a model number as a name', () => {
    expect(flagged('Biopsy on 2 Feb. Urologist Dr Kowalczyk was great', 'ADDRESS')).toEqual([]);
    expect(flagged('I live at 12 May Street, Leeds', 'ADDRESS')).toEqual(['12 May Street']);
    expect(flagged('Noise-cancelling headphones (Sony WH-1000XM5) help', 'PERSON')).toEqual([]);
  });
  it('leaves brands, chains, royal colleges and cancer centres\' pages alone', () => {
    expect(seen('Garment: Mediven Mondi esprit, class 2')).toEqual([]);
    expect(seen("Had a date at Nando's last week")).toEqual([]);
    expect(seen('per the Royal College of Ophthalmologists guidance')).toEqual([]);
    expect(seen('the nomogram: https://www.mskcc.org/nomograms/prostate')).toEqual([]);
    expect(seen('Boccia is massive in the CP world')).toEqual([]);
  });
});
