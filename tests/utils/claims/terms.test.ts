import { describe, expect, it } from 'vitest';
import { keyTerms } from '@/utils/claims';

describe('keyTerms', () => {
  it('picks medicine, supplement and condition names as written, once each', () => {
    expect(keyTerms("I take Turmeric with my Warfarin for my lupus. turmeric again, St John's wort too")).toEqual([
      'Turmeric', 'Warfarin', 'lupus', "St John's wort",
    ]);
  });

  it('respects the limit and finds nothing in plain chat', () => {
    expect(keyTerms('metformin, insulin, gliclazide, sitagliptin, lantus', 2)).toEqual(['metformin', 'insulin']);
    expect(keyTerms('Lovely walk today with the dog')).toEqual([]);
  });
});
