import { describe, expect, it } from 'vitest';
import { compilePattern, findMatches, type MatchContext } from '@/utils/claims/pattern';
import { splitSentences, tokenize } from '@/utils/claims/tokens';
import { WordList } from '@/utils/claims/word-list';

const lists: Record<string, string[]> = {
  medicine: ['warfarin', 'co-codamol', 'blood thinners'],
  clinician: ['gp', 'nurse'],
  condition: ['=MS', 'lupus'],
};
const lookup = (name: string): string[] | undefined => lists[name];
const ctx: MatchContext = { units: new WordList(['mg', 'units', 'iu']), numberWords: new WordList(['two', 'ten']) };

function matched(pattern: string, text: string): string[] {
  const tokens = tokenize(text);
  return findMatches(compilePattern(pattern, lookup), tokens, ctx).map((m) => {
    const a = tokens[m.from];
    const b = tokens[m.to - 1];
    return a && b ? text.slice(a.start, b.end) : '';
  });
}

describe('pattern language', () => {
  it('matches words in order, case-insensitively, with alternatives', () => {
    expect(matched('stop|quit taking', 'I QUIT taking it and then stop taking more')).toEqual(['QUIT taking', 'stop taking']);
  });

  it('skips up to N words with ...N and no more', () => {
    expect(matched('stopped ...2 @medicine', 'stopped my warfarin')).toEqual(['stopped my warfarin']);
    expect(matched('stopped ...2 @medicine', 'stopped all of my warfarin')).toEqual([]);
  });

  it('matches multi-word and hyphenated list entries, and possessives', () => {
    expect(matched('my @medicine', 'my blood thinners and my co-codamol')).toEqual(['my blood thinners', 'my co-codamol']);
    expect(matched('with my @clinician okay', "with my GP's okay")).toEqual(["with my GP's okay"]);
  });

  it('honours case-sensitive entries', () => {
    expect(matched('@condition', 'my MS is fine')).toEqual(['MS']);
    expect(matched('@condition', 'tell ms smith')).toEqual([]);
  });

  it('supports optional elements, prefixes, joined alternatives and sentence start', () => {
    expect(matched('stop [my] @medicine', 'stop warfarin, stop my warfarin')).toEqual(['stop warfarin', 'stop my warfarin']);
    expect(matched('statin*', 'my statins')).toEqual(['statins']);
    expect(matched('miss_out|skip the dose', 'miss out the dose')).toEqual(['miss out the dose']);
    expect(matched('^ take', 'take it. I take it')).toEqual(['take']);
  });

  it('recognises doses and numbers', () => {
    expect(matched('#dose', 'take 400mg or 10 units or ten units or 5000 IU')).toEqual(['400mg', '10 units', 'ten units', '5000 IU']);
    expect(matched('#num of the', 'two of the 5mg')).toEqual(['two of the']);
    expect(matched('extra #dose|puffs', 'an extra 10 units and extra puffs')).toEqual(['extra 10 units', 'extra puffs']);
  });

  it('does not run across a comma', () => {
    expect(matched('give up it', "don't give up, it took ages")).toEqual([]);
  });

  it('rejects mistakes in rule files', () => {
    expect(() => compilePattern('stop @nosuchlist', lookup)).toThrow(/Unknown word list/u);
    expect(() => compilePattern('...2 stop', lookup)).toThrow(/start and end/u);
    expect(() => compilePattern('stop ...2', lookup)).toThrow(/start and end/u);
    expect(() => compilePattern('^take', lookup)).toThrow(/Bad word/u);
  });
});

describe('splitSentences', () => {
  it('splits on . ! ? and line breaks, keeping offsets', () => {
    const text = 'First one. Second!! Third?\nFourth';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second!!', 'Third?', 'Fourth']);
  });

  it('does not split after common abbreviations or inside numbers', () => {
    const text = "Dr. Patel said St. John's wort and 2.5mg is fine. Next.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["Dr. Patel said St. John's wort and 2.5mg is fine.", 'Next.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
