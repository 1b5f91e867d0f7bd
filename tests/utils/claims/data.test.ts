// The JSON rule and word files are data that people will edit; these tests catch
// the mistakes that would otherwise make a rule silently match nothing.
import { describe, expect, it } from 'vitest';
import medicines from '@/utils/claims/data/medicines.json';
import supplements from '@/utils/claims/data/supplements.json';
import { DRUG_CLASSES, LISTS, SUPPLEMENTS } from '@/utils/claims/lexicons';
import { CONTEXT, RULES } from '@/utils/claims/rules';

describe('claims data', () => {
  it('compiles every rule, each with something to match', () => {
    expect(RULES.length).toBeGreaterThan(10);
    for (const rule of RULES) expect(rule.patterns.length + rule.allOf.length).toBeGreaterThan(0);
    expect(CONTEXT.referral.length).toBeGreaterThan(0);
  });

  it('has at least one rule for each category', () => {
    const categories = new Set([...RULES.map((r) => r.category), 'supplement-interaction']);
    expect([...categories].sort()).toEqual([
      'certainty', 'conspiracy', 'cure-language', 'delay-care', 'dose-change', 'no-prescription',
      'quick-fix', 'replace-treatment', 'sales', 'stop-medication', 'supplement-interaction',
    ]);
  });

  it('links every supplement to known drug classes, and every high-risk class to a supplement', () => {
    expect(SUPPLEMENTS.length).toBe(supplements.supplements.length);
    const covered = new Set(SUPPLEMENTS.flatMap((s) => s.classes));
    for (const c of DRUG_CLASSES) {
      const highRisk = medicines.classes[c].highRisk;
      if (highRisk) expect(covered.has(c), c).toBe(true);
    }
  });

  it('covers the drug classes named in the brief, with UK and US names', () => {
    for (const c of ['anticoagulants', 'diabetes', 'immunosuppressants', 'antiepileptics', 'opioids', 'antidepressants']) {
      expect(DRUG_CLASSES).toContain(c);
    }
    const anticoagulants = medicines.classes.anticoagulants.names;
    expect(anticoagulants).toEqual(expect.arrayContaining(['warfarin', 'coumadin', 'apixaban', 'eliquis']));
  });

  it('keeps over-the-counter medicines out of the prescription-only list', () => {
    const rx = new Set(LISTS.get('rxMedicine'));
    for (const name of medicines.otc) expect(rx.has(name), name).toBe(false);
    expect(rx.has('tramadol')).toBe(true);
  });

  it('has no duplicate names within a list', () => {
    for (const [name, entries] of LISTS) {
      if (['medicine', 'rxMedicine', 'rxTreatment', 'doseTarget'].includes(name)) continue;
      const lower = entries.map((e) => e.toLowerCase());
      expect(new Set(lower).size, name).toBe(lower.length);
    }
  });
});
