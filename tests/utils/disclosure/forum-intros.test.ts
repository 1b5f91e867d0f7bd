// How people introduce themselves and sign off in groups, and the look-alikes that must stay
// clean. Written for this file (not taken from the benchmark sets).
import { describe, expect, it } from 'vitest';
import { covers, flagged } from './helpers';

describe('names in introductions and sign-offs', () => {
  it('finds a name signed after a kiss, an emoji or a line break, and the town signed with it', () => {
    expect(flagged('Thanks for all the tips ladies x Bronwen', 'PERSON')).toEqual(['Bronwen']);
    expect(flagged('fingers crossed for tomorrow ☕ Saoirse', 'PERSON')).toEqual(['Saoirse']);
    const signed = 'It took a while to write this.\n\nDeclan, Swindon';
    expect(flagged(signed, 'PERSON')).toEqual(['Declan']);
    expect(flagged(signed, 'LOCATION')).toEqual(['Swindon']);
    // "Love, Sarah": the longest reading only counts when its first word is a name.
    expect(flagged('See you all next week. Love, Priya', 'PERSON')).toEqual(['Priya']);
  });

  it('takes a lone lower-case sign-off only when it can only be a name', () => {
    expect(flagged('my brain is mush today. niamh', 'PERSON')).toEqual(['niamh']);
    expect(flagged('my brain is mush today. lol', 'PERSON')).toEqual([]);
    expect(flagged('my brain is mush today. thanks', 'PERSON')).toEqual([]);
  });

  it('reads a town signed on its own as a place, not a name', () => {
    expect(flagged('Still going strong at 80.\nDoncaster', 'LOCATION')).toEqual(['Doncaster']);
    expect(flagged('Still going strong at 80.\nDoncaster', 'PERSON')).toEqual([]);
  });

  it('finds names after greetings and intros, even unusual or everyday ones', () => {
    expect(flagged('Hi all, Mairead from Sligo here', 'PERSON')).toEqual(['Mairead']);
    expect(flagged('Morning everyone, Jo-Anne (44) with lupus', 'PERSON')).toEqual(['Jo-Anne']);
    expect(flagged('Hallo zusammen, Katrin here, 41, with MS', 'PERSON')).toEqual(['Katrin']);
    expect(flagged("I'm Hope, 27, newly diagnosed", 'PERSON')).toEqual(['Hope']);
    // Without the age, "I'm Hope…" is not an introduction.
    expect(flagged("I'm hoping the new dose works", 'PERSON')).toEqual([]);
    expect(flagged('Hi all, Just diagnosed and scared', 'PERSON')).toEqual([]);
  });

  it('finds a name after a relative even when the name is also a word', () => {
    expect(flagged('My daughter April starts school in September', 'PERSON')).toEqual(['April']);
    expect(flagged('my 6 year old Freddie has coeliac', 'PERSON')).toEqual(['Freddie']);
    // "my mum Sunday": a day after a relative is when, not who.
    expect(flagged('I rang my mum Sunday about the results', 'PERSON')).toEqual([]);
  });

  it('keeps a middle initial inside a name, and finds a name after an everyday first word', () => {
    expect(flagged('Please add Oksana T. Melnyk to the rota', 'PERSON')).toEqual(['Oksana T. Melnyk']);
    expect(flagged('The form lists Fergus B Whitlock as my carer', 'PERSON')).toEqual(['Fergus B Whitlock']);
    expect(flagged('we need to add Lewis Dunmore as next of kin', 'PERSON')).toEqual(['Lewis Dunmore']);
  });
});

describe('ages as people write them', () => {
  it('finds ages after forum shorthand for family', () => {
    expect(flagged('DS is 11 and on Humira', 'AGE')).toEqual(['11']);
    expect(flagged('My DD (9) has JIA', 'AGE')).toEqual(['9']);
    expect(flagged("My nan's 93 and still gardening", 'AGE')).toEqual(['93']);
  });

  it('finds an age opening or closing a run of facts', () => {
    expect(flagged('36, two kids, diagnosed with RA last spring', 'AGE')).toEqual(['36']);
    expect(flagged('Hello from Perth 👋 58, psoriatic arthritis', 'AGE')).toEqual(['58']);
    expect(flagged('Stage 2, triple negative, 39. Starting chemo soon', 'AGE')).toEqual(['39']);
    expect(flagged('61 now, retired early because of it', 'AGE')).toEqual(['61']);
    expect(flagged('44 (F), fibro for ten years', 'AGE')).toEqual(['44 (F)']);
  });

  it('does not take counts and lab values for ages', () => {
    expect(flagged('Ferritin 14, folate 3, B12 190.', 'AGE')).toEqual([]);
    expect(flagged('5, 10, 15. That is how the dose went up', 'AGE')).toEqual([]);
    expect(flagged('my son is 3 weeks post-op', 'AGE')).toEqual([]);
  });
});

describe('look-alikes that stay clean', () => {
  it('does not take a job or role written with a capital for a name', () => {
    expect(flagged('Dietitian says no more than two portions', 'PERSON')).toEqual([]);
    expect(flagged('Solicitor reckons we have a case', 'PERSON')).toEqual([]);
  });

  it('does not take a verb opening a sentence for a first name', () => {
    expect(covers('Using Blephasol wipes twice a day now', 'Using')).toBe(false);
    expect(covers('Started Mounjaro last week 🙂 Feeling Better already', 'Feeling')).toBe(false);
  });

  it('does not take a condition after an age for a town', () => {
    expect(flagged('My husband, 70, Parkinson’s and diabetes', 'LOCATION')).toEqual([]);
  });

  it('knows the common Parkinson’s and dementia medicines', () => {
    expect(flagged('Timing is everything with Madopar and Stalevo', 'PERSON')).toEqual([]);
  });
});

describe('numbers, postcodes and handles with looser wording', () => {
  it('finds an ID number in brackets or a word or two after its cue word', () => {
    expect(flagged('the form wants my PPS (8123456T) again', 'ID_NUMBER')).toEqual(['8123456T']);
    expect(flagged('my hospital number showing RX7741200 on the letter', 'ID_NUMBER')).toEqual(['RX7741200']);
    expect(flagged('they ask for my SIN 046 454 286 on every page', 'ID_NUMBER')).toEqual(['046 454 286']);
    expect(flagged('it says Versichertennummer A123456789 at the top', 'ID_NUMBER')).toEqual(['A123456789']);
    // A cue word followed by a small count is not an ID.
    expect(flagged('my hospital number showing up twice on 2 letters', 'ID_NUMBER')).toEqual([]);
  });

  it('finds a lower-case UK postcode after a where-word, and a handle after "on insta"', () => {
    expect(flagged('any groups near ls6 2ab?', 'POSTCODE')).toEqual(['ls6 2ab']);
    expect(flagged('i walked 2 miles near the park', 'POSTCODE')).toEqual([]);
    expect(flagged('follow us on insta little_warrior_ben for updates', 'HANDLE')).toEqual(['little_warrior_ben']);
    expect(flagged('I posted it on insta yesterday', 'HANDLE')).toEqual([]);
  });
});

describe('capitalised things that are not people', () => {
  it('leaves acronym-led phrases, ordinary-word pairs and app names alone', () => {
    expect(flagged('IVF Round 3 starts Monday', 'PERSON')).toEqual([]);
    expect(flagged('Our local Sickle Cell Support Group is great', 'PERSON')).toEqual([]);
    expect(flagged('I track it all in the Flo app', 'PERSON')).toEqual([]);
    expect(flagged('Applied for Universal Credit and a Blue Badge', 'ORGANIZATION')).toEqual([]);
    expect(flagged('The Pain Management Programme was not for me', 'ORGANIZATION')).toEqual([]);
  });

  it('still finds a name with an ordinary surname when something marks it as a person', () => {
    expect(flagged('I met Oksana Baker at the support group and she said to try it', 'PERSON')).toEqual(['Oksana Baker']);
  });
});

describe('public bodies, services and checked numbers', () => {
  it('leaves charities, schemes, laws and services named by what they treat alone', () => {
    expect(flagged('The Menopause Charity website is brilliant', 'PERSON')).toEqual([]);
    expect(flagged('we are applying for Domiciliary Care Allowance', 'PERSON')).toEqual([]);
    expect(flagged('it is a reasonable adjustment under the Equality Act', 'ORGANIZATION')).toEqual([]);
    expect(flagged('been referred to the Hypermobility Clinic at last', 'ORGANIZATION')).toEqual([]);
    // A named hospital the writer is treated at still counts.
    expect(flagged('been referred to Castlehill Hospital for the scan', 'ORGANIZATION')).toEqual(['Castlehill Hospital']);
    // …and working for a charity narrows things down.
    expect(flagged('I work for the Brightwater Trust', 'ORGANIZATION')).toEqual(['Brightwater Trust']);
  });

  it('reads "X in Town" as two names', () => {
    const text = 'My endo at Ninewells in Dundee is great';
    expect(flagged(text, 'LOCATION')).toEqual(['Dundee']);
    expect(covers(text, 'Ninewells in Dundee')).toBe(true);
  });

  it('finds names after a role or relative with no "my", and lower-case names with an age', () => {
    expect(flagged('Social worker Bernadette is coming on Monday', 'PERSON')).toEqual(['Bernadette']);
    expect(flagged('my son oisin (4) has eczema', 'PERSON')).toEqual(['oisin']);
    expect(flagged('the dietitian Anjali was lovely', 'PERSON')).toEqual(['Anjali']);
  });

  it('checks an Australian Medicare number and finds cued numbers over phone-shaped readings', () => {
    expect(flagged('is it 2746 93182 1 on the form?', 'ID_NUMBER')).toEqual(['2746 93182 1']);
    expect(flagged('is it 2746 93183 1 on the form?', 'ID_NUMBER')).toEqual([]);
    expect(flagged('form with my health card no. 5382-019-478 on it', 'ID_NUMBER')).toEqual(['5382-019-478']);
    expect(flagged('son numéro de sécu 1 85 05 78 006 084 36 sur le formulaire', 'ID_NUMBER')).toEqual(['1 85 05 78 006 084 36']);
  });
});
