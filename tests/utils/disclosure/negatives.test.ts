// Look-alikes that must stay clean: conditions, medicines, doses, service
// numbers, greetings and capitals that only open a sentence.
import { describe, expect, it } from 'vitest';
import { seen } from './helpers';

const clean: string[] = [
  "I have Crohn's and Hashimoto's, and my mum has Parkinson's.",
  "Addison's disease and Sjögren's syndrome are both autoimmune.",
  'Guillain-Barré left me weak; Ehlers-Danlos makes it worse.',
  "Anyone with Graves' disease or Wilson's disease on here?",
  'Started Humira last month, switched from Metformin. Ocrevus next.',
  'Methotrexate 20mg weekly plus folic acid 5mg.',
  'My HbA1c was 64 and my TSH 4.5 mmol/L.',
  'Ring 111 or 999 if you get a fever. Samaritans on 116 123.',
  'Good morning everyone! Hope you are all well.',
  'Thanks so much, Will do. Hugs to all xx',
  'Crashing every Sunday after family visits. Pacing helps a bit.',
  'NICE changed the guideline and the NHS now offers it.',
  'Saw on Healthline that endo can affect the nerves.',
  'Bronchiectasis, 3rd infection this year. Doxycycline again.',
  'Pilocarpine made me sweat buckets but Salagen was fine.',
  'Merry Christmas everyone, go easy on the pudding!',
  'In my 30s, diagnosed in 2015, flares every March.',
  'Pain is 7/10 today, slept 4 hours, walked 2 miles.',
  'Grace under pressure is hard when May is this busy.',
];

describe('must not flag', () => {
  for (const text of clean) {
    it(text, () => {
      expect(seen(text)).toEqual([]);
    });
  }
});

describe('public figures', () => {
  it('leaves a public figure alone, titles and all', () => {
    for (const text of ['Selena Gomez talking about her lupus really helped me.', 'Did anyone see the Lady Gaga documentary?', 'Michael J. Fox has a foundation for research.', 'Prince Harry wrote about grief.']) {
      expect(seen(text), text).toEqual([]);
    }
  });
  it('reads names listed with one as public too, but still flags a private person beside one, and a hospital named after a queen', () => {
    expect(seen('Kim Kardashian and Cara Delevingne both have psoriasis')).toEqual([]);
    expect(seen('Selena Gomez, Stevie Wonder and Andrea Bocelli all talk about it')).toEqual([]);
    expect(seen('Kim Kardashian and my cousin Cara Doyle both have psoriasis').map((s) => s.text)).toEqual(['Cara Doyle']);
    expect(seen('my friend Sarah Jones said hi').map((s) => s.text)).toEqual(['Sarah Jones']);
    expect(seen('seen at Queen Elizabeth Hospital Birmingham last week').map((s) => s.kind)).toEqual(['ORGANIZATION']);
  });
});
