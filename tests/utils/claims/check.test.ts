import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_NOTES, checkClaims, claimSummary, overallTier, type ClaimCategory, type ClaimFlag } from '@/utils/claims';

const top = (text: string): string => overallTier(checkClaims(text));
const categories = (text: string): ClaimCategory[] => checkClaims(text).map((f) => f.category);
const spanText = (text: string, f: ClaimFlag): string => text.slice(f.start, f.end);

describe('checkClaims: high tier', () => {
  it.each([
    ['I came off sertraline cold turkey and feel fine.', 'stop-medication'],
    ['Honestly just stop taking the pred.', 'stop-medication'],
    ['I ditched my metformin last spring.', 'stop-medication'],
    ['I doubled my levothyroxine on bad days.', 'dose-change'],
    ['Skip your evening dose if you are going out.', 'dose-change'],
    ['Try 800mg ibuprofen, it works.', 'dose-change'],
    ['I use cider vinegar instead of my metformin.', 'replace-treatment'],
    ['Turmeric is a natural alternative to ibuprofen.', 'replace-treatment'],
    ['I take turmeric every day with my warfarin.', 'supplement-interaction'],
    ["St John's wort works well alongside sertraline.", 'supplement-interaction'],
    ['Grapefruit juice with tacrolimus every morning.', 'supplement-interaction'],
    ["Don't bother with A&E, they send you home.", 'delay-care'],
    ['I cancelled my colonoscopy.', 'delay-care'],
    ['You can get tramadol without a prescription.', 'no-prescription'],
    ['I bought modafinil online from India.', 'no-prescription'],
    ["Borrowed a few of my husband's co-codamol.", 'no-prescription'],
  ] as const)('%s → %s', (text, category) => {
    const flags = checkClaims(text);
    expect(overallTier(flags)).toBe('high');
    expect(flags.find((f) => f.tier === 'high')?.category).toBe(category);
  });
});

describe('checkClaims: medium and low tiers', () => {
  it.each([
    ['This tea cured my IBS.', 'cure-language'],
    ['I reversed my type 2 diabetes with fasting.', 'cure-language'],
    ["Doctors don't want you to know this.", 'conspiracy'],
    ['Big pharma is hiding it.', 'conspiracy'],
    ['My brain fog lifted overnight.', 'quick-fix'],
    ['DM me for the link.', 'sales'],
    ['Use my code GLOW for 20% off.', 'sales'],
  ] as const)('%s → medium %s', (text, category) => {
    const flags = checkClaims(text);
    expect(overallTier(flags)).toBe('medium');
    expect(flags.map((f) => f.category)).toContain(category);
  });

  it.each(['Guaranteed to help your sleep.', 'It works for everyone.', 'Clinically proven to reduce swelling.', 'Works 100% of the time.'])(
    '%s → low certainty',
    (text) => {
      expect(checkClaims(text)).toMatchObject([{ tier: 'low', category: 'certainty' }]);
    },
  );
});

describe('checkClaims: lowering one step', () => {
  it('lowers a high flag to medium when the sentence tells you to ask a clinician', () => {
    const flags = checkClaims('Talk to your GP first, but I came off citalopram over two weeks.');
    expect(flags).toMatchObject([{ tier: 'medium', category: 'stop-medication', lowered: 'referral' }]);
  });

  it('lowers when a clinician made the change', () => {
    expect(checkClaims('My GP lowered my amlodipine to 5mg.')).toMatchObject([{ tier: 'medium', lowered: 'referral' }]);
    expect(top('My consultant stopped my methotrexate.')).toBe('medium');
  });

  it('lowers when the sentence warns against the thing', () => {
    expect(checkClaims('I would never stop my meds suddenly.')).toMatchObject([{ tier: 'medium', lowered: 'negation' }]);
    expect(top("Please don't stop your steroids suddenly.")).toBe('medium');
  });

  it('does not lower when the person went against advice', () => {
    expect(top('My GP said no but I stopped my meds anyway.')).toBe('high');
    expect(top('I came off my lithium without telling my psychiatrist.')).toBe('high');
  });

  it('does not let a clinician before "but" soften what follows', () => {
    expect(top('My rheumy said keep going but I stopped my methotrexate.')).toBe('high');
  });

  it('drops a low flag that is lowered', () => {
    expect(checkClaims('My GP said it is guaranteed to help.')).toEqual([]);
  });

  it('gives the lowered flag a different, still plain note', () => {
    const [flag] = checkClaims('My GP lowered my amlodipine to 5mg.');
    expect(flag?.note).not.toBe(checkClaims('I lowered my amlodipine to 5mg.')[0]?.note);
  });
});

describe('checkClaims: harmless look-alikes', () => {
  it.each([
    'Grapefruit for breakfast is my little treat.',
    "There's no cure but it's manageable.",
    "I'm on 150mg sertraline and it's helping.",
    'I take 400mg ibuprofen as prescribed.',
    'I had tea instead of coffee this morning.',
    'Message me if you ever need to vent.',
    "I'm 100% with you on the fatigue.",
    'We stopped the car halfway.',
    'The lid came off my pill organiser.',
    'I went cold turkey on chocolate for Lent.',
    'You can get paracetamol without a prescription at any supermarket.',
    "It's no miracle cure but the TENS machine helps.",
    'The hospital cancelled my appointment again.',
    'I use a heat pad instead of ibuprofen when I can.',
    '',
  ])('%j is not flagged', (text) => {
    expect(checkClaims(text)).toEqual([]);
  });
});

describe('checkClaims: offsets and sentences', () => {
  it('points at the words that triggered the flag, in UTF-16 offsets', () => {
    const text = '😀🌿 Lovely day. I came off my sertraline cold turkey!';
    const flags = checkClaims(text);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.start).toBeGreaterThanOrEqual(text.indexOf('I came'));
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
    expect(flags.map((f) => spanText(text, f))).toContain('came off my sertraline');
  });

  it('checks each sentence on its own', () => {
    // The supplement and the medicine are in different sentences, so no pairing.
    expect(categories('I love turmeric. My warfarin clinic is on Monday.')).not.toContain('supplement-interaction');
    // A referral in one sentence doesn't soften another.
    const text = 'Ask your doctor about it. I stopped my meds last week.';
    expect(top(text)).toBe('high');
  });

  it('covers both names in an interaction span', () => {
    const text = 'I take ginkgo every day with my rivaroxaban.';
    const [flag] = checkClaims(text);
    expect(flag && spanText(text, flag)).toBe('ginkgo every day with my rivaroxaban');
  });

  it('keeps one flag per category per sentence, sorted by position', () => {
    const flags = checkClaims('Stop the statins and stop your insulin. This tea cured me, guaranteed.');
    expect(flags.filter((f) => f.category === 'stop-medication')).toHaveLength(1);
    const starts = flags.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('never throws and keeps offsets inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const f of checkClaims(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles mixed risky words in random order without crashing', () => {
    const words = ['stop', 'my', 'meds', 'cold', 'turkey', 'warfarin', 'turmeric', 'cure', 'DM', 'me', 'not', 'GP', 'said', '400mg', ',', '.', 'instead', 'of'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        for (const f of checkClaims(text)) expect(text.slice(f.start, f.end).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('notes and summaries', () => {
  it('keeps every note plain and short, and never calls anything safe', () => {
    for (const note of ALL_NOTES) {
      expect(note.split(/\s+/u).length).toBeLessThanOrEqual(25);
      expect(note).not.toMatch(/\bsafe/iu);
      expect(note).not.toMatch(/\b(?:must|never|stupid|dangerous)\b/iu);
    }
  });

  it('overallTier picks the highest flag', () => {
    expect(overallTier([])).toBe('none');
    expect(overallTier(checkClaims('Guaranteed. DM me for the link.'))).toBe('medium');
    expect(overallTier(checkClaims('Guaranteed. I stopped my insulin.'))).toBe('high');
  });

  it('claimSummary gives one sentence, asking for a check on high-tier tips', () => {
    expect(claimSummary(checkClaims('I stopped my insulin.'))).toBe('Check this before trying it.');
    for (const text of ['', 'DM me for the link.', 'It works for everyone.']) {
      const summary = claimSummary(checkClaims(text));
      expect(summary).toMatch(/^[A-Z][^.]*\.(?: [A-Z][^.]*\.)?$/u);
      expect(summary).not.toMatch(/\bsafe/iu);
    }
    expect(claimSummary(checkClaims('DM me for the link.'))).not.toBe(claimSummary([]));
  });
});
