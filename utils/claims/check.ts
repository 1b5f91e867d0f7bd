// checkClaims: flags sentences that suggest risky health actions, so the person
// checks before acting on them. It doesn't judge anyone's experience.
import { findInteraction } from './interaction';
import { noteFor } from './notes';
import { findMatches, type CompiledPattern, type TokenMatch } from './pattern';
import { BARRIERS, CONTEXT, MATCH_CONTEXT, NEGATORS, RULES, type Rule } from './rules';
import { splitSentences, tokenize, type Token } from './tokens';
import type { ClaimCategory, ClaimFlag, ClaimTier } from './types';
import type { WordList } from './word-list';

interface Hit {
  category: ClaimCategory;
  tier: ClaimTier;
  /** Where the flag points. */
  match: TokenMatch;
  /** The words that triggered it; for a supplement–medicine pair, just the two names. */
  cores: TokenMatch[];
}

type RuleHit = Pick<Hit, 'match' | 'cores'>;

/** How far back a "no", "never" or "hope for a" can sit and still change the words after it. */
const LOOKBACK = 3;

function hasWordBefore(list: WordList, tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - LOOKBACK); k--) {
    // A multi-word entry ("there's no") must end right before the match or inside the window.
    const ends = list.endsAt(tokens, k);
    if (ends.some((e) => e <= from)) return true;
  }
  return false;
}

function matchesIn(p: CompiledPattern, tokens: readonly Token[]): TokenMatch[] {
  return findMatches(p, tokens, MATCH_CONTEXT);
}

const anyMatch = (ps: readonly CompiledPattern[], tokens: readonly Token[]): boolean =>
  ps.some((p) => matchesIn(p, tokens).length > 0);

function ruleHits(rule: Rule, tokens: readonly Token[]): RuleHit[] {
  if (anyMatch(rule.unless, tokens)) return [];
  if (rule.requires.length > 0 && !anyMatch(rule.requires, tokens)) return [];
  const blocked = rule.blockedBefore;
  const accept = (m: TokenMatch): boolean => !blocked || !hasWordBefore(blocked, tokens, m.from);
  const hits: RuleHit[] = [];
  for (const p of rule.patterns) {
    for (const match of findMatches(p, tokens, MATCH_CONTEXT, accept)) hits.push({ match, cores: [match] });
  }
  if (rule.allOf.length > 0) {
    const firsts = rule.allOf.map((p) => matchesIn(p, tokens)[0]);
    if (firsts.every((m) => m !== undefined)) {
      const cores = firsts as TokenMatch[];
      hits.push({ match: { from: Math.min(...cores.map((m) => m.from)), to: Math.max(...cores.map((m) => m.to)) }, cores });
    }
  }
  return hits;
}

const overlaps = (a: TokenMatch, b: TokenMatch): boolean => a.from < b.to && b.from < a.to;

function barrierBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BARRIERS.endsAt(tokens, k).length > 0) return true;
  return false;
}

function locallyNegated(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - LOOKBACK); k--) {
    if (BARRIERS.endsAt(tokens, k).length > 0) return false;
    if (NEGATORS.endsAt(tokens, k).length > 0) return true;
  }
  return false;
}

interface SentenceContext {
  referral: TokenMatch[];
  clinicianLed: TokenMatch[];
  warning: TokenMatch[];
  override: TokenMatch[];
}

function sentenceContext(tokens: readonly Token[]): SentenceContext {
  const collect = (ps: readonly CompiledPattern[], accept?: (m: TokenMatch) => boolean): TokenMatch[] =>
    ps.flatMap((p) => findMatches(p, tokens, MATCH_CONTEXT, accept));
  return {
    referral: collect(CONTEXT.referral, (m) => !hasWordBefore(CONTEXT.referralBlockedBefore, tokens, m.from)),
    clinicianLed: collect(CONTEXT.clinicianLed),
    warning: collect(CONTEXT.warning),
    override: collect(CONTEXT.override),
  };
}

/** Why (if at all) this hit should drop one tier. */
function lowering(hit: Hit, tokens: readonly Token[], ctx: SentenceContext): ClaimFlag['lowered'] {
  // "I would never stop…": a negation right before the words themselves wins over everything.
  if (hit.cores.some((c) => locallyNegated(tokens, c.from))) return 'negation';
  // Signals inside the trigger words don't count ("avoid surgery" is not a warning).
  const apart = (ms: TokenMatch[]): TokenMatch[] => ms.filter((m) => !hit.cores.some((c) => overlaps(m, c)));
  if (apart(ctx.override).length > 0) return undefined;
  if (apart(ctx.warning).length > 0) return 'negation';
  if (apart(ctx.referral).length > 0) return 'referral';
  // "My GP doubled it" shares the verb with the trigger, so overlap is fine here; but
  // "my GP said keep going but I stopped": a clinician before a "but" doesn't soften what follows.
  const from = hit.match.from;
  const led = ctx.clinicianLed.filter((m) => !(m.to <= from && barrierBetween(tokens, m.to, from)));
  return led.length > 0 ? 'referral' : undefined;
}

const LOWER: Record<ClaimTier, ClaimTier | null> = { high: 'medium', medium: 'low', low: null };

function checkSentence(tokens: readonly Token[]): ClaimFlag[] {
  const hits: Hit[] = [];
  for (const rule of RULES) {
    for (const h of ruleHits(rule, tokens)) hits.push({ category: rule.category, tier: rule.tier, ...h });
  }
  const interaction = findInteraction(tokens);
  if (interaction) hits.push({ category: 'supplement-interaction', tier: 'high', ...interaction });
  if (hits.length === 0) return [];

  const ctx = sentenceContext(tokens);
  const byCategory = new Map<ClaimCategory, ClaimFlag>();
  const rank: Record<ClaimTier, number> = { high: 3, medium: 2, low: 1 };
  for (const hit of hits) {
    const lowered = lowering(hit, tokens, ctx);
    const tier = lowered ? LOWER[hit.tier] : hit.tier;
    if (!tier) continue;
    const first = tokens[hit.match.from];
    const last = tokens[hit.match.to - 1];
    if (!first || !last) continue;
    const flag: ClaimFlag = { tier, category: hit.category, start: first.start, end: last.end, note: noteFor(hit.category, lowered) };
    if (lowered) flag.lowered = lowered;
    const kept = byCategory.get(hit.category);
    // One flag per category per sentence: the highest tier, then the earliest.
    if (!kept || rank[tier] > rank[kept.tier] || (rank[tier] === rank[kept.tier] && flag.start < kept.start)) {
      byCategory.set(hit.category, flag);
    }
  }
  return [...byCategory.values()];
}

/**
 * Flags risky health claims in `text`, sentence by sentence. Offsets are UTF-16
 * indices into `text`. Pure: no network, no DOM, no clock.
 */
export function checkClaims(text: string): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  for (const s of splitSentences(text)) {
    flags.push(...checkSentence(tokenize(text.slice(s.start, s.end), s.start)));
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}
