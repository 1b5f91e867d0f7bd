import { describe, expect, it } from 'vitest';
import { flagged, seen } from './helpers';

describe('dates', () => {
  it('marks a date after a birth cue as a date of birth, high when it has a year', () => {
    expect(seen('DOB: 12/03/1988')).toEqual([{ kind: 'DOB', text: '12/03/1988', severity: 'high' }]);
    expect(flagged('born on the 4th of July 1964', 'DOB')).toEqual(['4th of July 1964']);
    expect(flagged('my birthday is 3 March', 'DOB')).toEqual(['3 March']);
  });
  it('marks exact appointment and surgery dates as medium', () => {
    expect(seen('surgery on 14th March 2023')).toEqual([{ kind: 'DATE', text: '14th March 2023', severity: 'medium' }]);
    expect(flagged('colonoscopy booked for Nov 18 at 9', 'DATE')).toEqual(['Nov 18']);
    expect(flagged('op is Thursday 14th', 'DATE')).toEqual(['Thursday 14th']);
    expect(flagged('scan on 2024-05-09', 'DATE')).toEqual(['2024-05-09']);
  });
  it('leaves months, years, weekdays and verbs alone', () => {
    for (const t of ['started Humira in March', 'diagnosed in 2015', 'every Monday', 'we may 2 go', 'since January', 'in my 30s']) {
      expect(seen(t).filter((f) => f.kind === 'DATE' || f.kind === 'DOB'), t).toEqual([]);
    }
  });
  it('rejects impossible numeric dates', () => {
    expect(flagged('values 45/13/2020 here', 'DATE')).toEqual([]);
  });
});

describe('ages', () => {
  it('finds ages said about oneself and family', () => {
    expect(flagged("I'm 34 and tired", 'AGE')).toEqual(['34']);
    expect(flagged('34F, diagnosed last year', 'AGE')).toEqual(['34F']);
    expect(flagged("he's 7 next week", 'AGE')).toEqual(['7']);
    expect(flagged('My daughter Ava is 6 and', 'AGE')).toEqual(['6']);
    expect(flagged('a 38-year-old woman', 'AGE')).toEqual(['38-year-old']);
    expect(flagged('My son Jake (9) has UC', 'AGE')).toEqual(['9']);
    expect(flagged("I'm Sarah Jenkins, 34, diagnosed", 'AGE')).toEqual(['34']);
  });
  it('does not take durations, doses, heights or scores for ages', () => {
    for (const t of ["I'm 34 weeks pregnant", "I'm 2 days post-op", "I'm 5 foot 4", "I'm 100 percent done", 'took 20mg', 'pain is 7/10', 'in my 30s', "I'm 10 hours into the prep"]) {
      expect(flagged(t, 'AGE'), t).toEqual([]);
    }
  });
  it('suggests an age band', () => {
    const fixes = seen("I'm 34 and tired").length;
    expect(fixes).toBe(1);
  });
});
