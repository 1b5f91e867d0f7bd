/**
 * The draft guard's decisions, free of the DOM: which findings still need the
 * person's attention, what the badge says, and whether to ask before posting.
 */
import type { DraftAssessment, Finding, FindingKind, PersonalTerm as EngineTerm } from '@/utils/disclosure';
import type { PersonalTerm } from '@/utils/settings';

/** Dismissals last for one draft; a key names the finding by what it is, not where. */
export function findingKey(text: string, finding: Pick<Finding, 'start' | 'end' | 'kind'>): string {
  return `${finding.kind}:${text.slice(finding.start, finding.end).trim().toLocaleLowerCase()}`;
}

/** Findings the person hasn't said "Not sensitive" to in this draft. */
export function activeFindings(text: string, findings: readonly Finding[], dismissed: ReadonlySet<string>): Finding[] {
  return findings.filter((finding) => !dismissed.has(findingKey(text, finding)));
}

/** A short, cheap fingerprint of the draft, so "Post anyway" holds for exactly this text. */
export function draftVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * Ask before posting when something that identifies the person on its own is
 * still there, or several details together could. Once per draft version: if the
 * person chose "Post anyway" for this exact text, don't ask again.
 */
export function shouldAsk(
  findings: readonly Finding[],
  assessment: DraftAssessment,
  approvedVersion: string | null,
  version: string,
): boolean {
  if (approvedVersion === version) return false;
  return findings.some((finding) => finding.severity === 'high') || assessment.combination !== undefined;
}

export function badgeLabel(count: number): string {
  if (count === 0) return 'Nothing to check';
  return count === 1 ? '1 thing to check' : `${count} things to check`;
}

const KIND_LABELS: Record<FindingKind, string> = {
  PERSON: 'A name',
  EMAIL: 'An email address',
  PHONE: 'A phone number',
  ADDRESS: 'A home address',
  POSTCODE: 'A postcode or ZIP code',
  DOB: 'A date of birth',
  DATE: 'An exact date',
  ID_NUMBER: 'An ID number',
  LOCATION: 'A place',
  ORGANIZATION: 'A workplace, school or hospital',
  URL: 'A web link',
  HANDLE: 'A username',
  CARD: 'A bank card number',
  IBAN: 'A bank account number',
  IP: 'An internet address',
  AGE: 'An age',
  PERSONAL_TERM: 'One of your own words',
};

export function kindLabel(kind: FindingKind): string {
  return KIND_LABELS[kind];
}

const CATEGORY: Record<PersonalTerm['kind'], EngineTerm['category']> = {
  name: 'name',
  family: 'family',
  place: 'town',
  work: 'employer',
  school: 'school',
  other: 'other',
};

/** The person's saved words, in the shape the detector takes. */
export function toEngineTerms(terms: readonly PersonalTerm[]): EngineTerm[] {
  return terms.map((term) => ({ term: term.text, category: CATEGORY[term.kind] }));
}

/** The draft with every finding replaced by its first suggested fix: the "copy safer text" fallback. */
export function saferText(text: string, findings: readonly Finding[]): string {
  let out = '';
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor) continue;
    const fix = finding.fixes[0];
    out += text.slice(cursor, finding.start) + (fix ? fix.replacement : text.slice(finding.start, finding.end));
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}

/** What the text should be after replacing [start, end) — used to check an editor really took a fix. */
export function expectedAfterFix(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** Editors may normalise spaces (nbsp) and trailing newlines; compare what a reader would see. */
export function sameVisibleText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
  return norm(a) === norm(b);
}
