// Draft guard entry point: find what could identify a person in a draft.
// Pure TypeScript with no browser API, so it runs unchanged in Node, a
// content script and a worker.
import type { Candidate, Finding, ScanOptions, Severity } from './types';
import { detectContact } from './patterns/contact';
import { detectPhones } from './patterns/phone';
import { detectIds } from './patterns/ids';
import { detectPostcodes } from './patterns/postcodes';
import { detectAddresses } from './patterns/addresses';
import { detectHomeTown } from './patterns/hometown';
import { detectDates } from './patterns/dates';
import { detectAges } from './patterns/ages';
import { detectNames } from './patterns/names';
import { detectNameOpeners } from './patterns/name-openers';
import { detectEntities } from './patterns/entities';
import { detectTiedOrgs } from './patterns/orgs';
import { detectPersonalTerms, normaliseTerms } from './personal-terms';
import { resolveOverlaps } from './merge';
import { describe } from './fixes';
import { fold, makeContext } from './text';

export type * from './types';
export { FINDING_KINDS } from './types';
export { assessDraft } from './assess';

const RAISE: Record<Severity, Severity> = { low: 'medium', medium: 'high', high: 'high' };

/** Findings that narrow you down rather than name you: these rise a level in public. */
function isQuasi(c: Candidate): boolean {
  return c.severity !== 'high' || c.facet !== undefined;
}

function allowed(text: string, c: Candidate, allow: ReadonlySet<string>): boolean {
  if (allow.size === 0 || c.kind === 'PERSONAL_TERM') return false;
  const found = fold(text.slice(c.start, c.end)).replace(/'s?$/u, '').replace(/\s+/gu, ' ').trim();
  return allow.has(found);
}

/**
 * Find identifying details in `text`. Offsets are UTF-16 indices into `text`;
 * findings never overlap and come back in reading order.
 */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx = makeContext(text);
  const candidates: Candidate[] = [
    ...detectPersonalTerms(text, normaliseTerms(options.personalTerms)),
    ...detectContact(ctx),
    ...detectPhones(ctx),
    ...detectIds(ctx),
    ...detectPostcodes(ctx),
    ...detectAddresses(ctx),
    ...detectHomeTown(ctx),
    ...detectDates(ctx),
    ...detectAges(ctx),
    ...detectNames(ctx),
    ...detectNameOpeners(ctx),
    ...detectTiedOrgs(ctx),
    ...detectEntities(ctx),
  ];
  const allow = new Set((options.allowList ?? []).map((a) => fold(a).replace(/\s+/gu, ' ').trim()).filter(Boolean));
  const publicPost = options.audience === 'public';
  return resolveOverlaps(text, candidates.filter((c) => !allowed(text, c, allow))).map((c) => {
    const severity = publicPost && isQuasi(c) ? RAISE[c.severity] : c.severity;
    const { reason, fixes } = describe(c, text);
    const finding: Finding = { start: c.start, end: c.end, kind: c.kind, severity, reason, fixes };
    if (c.facet) finding.facet = c.facet;
    return finding;
  });
}
