// The overall picture of a draft. Details that are harmless one at a time
// can single someone out together: Sweeney showed ZIP code + birth date + sex
// identify 87% of Americans. So three or more different kinds of
// "narrows you down" detail in one post get their own warning.
import type { Audience, DraftAssessment, DraftLevel, Finding, QuasiFacet, Severity } from './types';

const RANK: Record<DraftLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };
const LEVELS: readonly DraftLevel[] = ['none', 'low', 'medium', 'high'];

/** Facets that count as the same thing when counting different kinds of detail. */
const SAME_AS: Partial<Record<QuasiFacet, QuasiFacet>> = { postcode: 'town', place: 'town', 'birth date': 'date' };

const WORDS: Record<QuasiFacet, string> = {
  age: 'your age', town: 'where you live', postcode: 'where you live', place: 'where you live', employer: 'where you work',
  school: 'a school', hospital: 'your hospital', date: 'exact dates', 'birth date': 'a birth date', family: 'family names', clinician: 'your doctor’s name',
};

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Facets a finding contributes, even when it is a personal term or a direct identifier. */
function facetOf(f: Finding): QuasiFacet | undefined {
  if (f.facet) return SAME_AS[f.facet] ?? f.facet;
  if (f.kind === 'AGE') return 'age';
  if (f.kind === 'POSTCODE') return 'town';
  if (f.kind === 'DOB') return 'date';
  return undefined;
}

export function assessDraft(findings: readonly Finding[], audience: Audience = 'unknown'): DraftAssessment {
  let level: DraftLevel = 'none';
  for (const f of findings) if (RANK[f.severity as Severity] > RANK[level]) level = f.severity;

  const facets: QuasiFacet[] = [];
  for (const f of findings) {
    const facet = facetOf(f);
    if (facet && !facets.includes(facet)) facets.push(facet);
  }
  if (facets.length < 3) return { level };

  // Together they are worth more than the strongest one alone; a public post more so.
  const raised = Math.min(3, Math.max(RANK[level] + 1, audience === 'public' ? 3 : 2));
  const message = `Together, ${listWords(facets.map((f) => WORDS[f]))} could identify you, even if each one alone would not.`;
  return { level: LEVELS[raised] ?? 'high', combination: { message, kinds: facets } };
}
