// Compiles the rule data (data/rules.json, data/context.json) once, at load.
// A typo in a rule file fails here, loudly, rather than silently matching nothing.
import contextData from './data/context.json';
import ruleData from './data/rules.json';
import { LISTS } from './lexicons';
import { compilePattern, type CompiledPattern, type MatchContext } from './pattern';
import type { ClaimCategory, ClaimTier } from './types';
import { WordList } from './word-list';

export interface Rule {
  id: string;
  category: ClaimCategory;
  tier: ClaimTier;
  patterns: readonly CompiledPattern[];
  allOf: readonly CompiledPattern[];
  unless: readonly CompiledPattern[];
  requires: readonly CompiledPattern[];
  blockedBefore: WordList | null;
}

export interface ContextRules {
  referral: readonly CompiledPattern[];
  referralBlockedBefore: WordList;
  clinicianLed: readonly CompiledPattern[];
  warning: readonly CompiledPattern[];
  override: readonly CompiledPattern[];
}

const CATEGORIES: readonly ClaimCategory[] = [
  'stop-medication', 'dose-change', 'replace-treatment', 'supplement-interaction', 'delay-care',
  'no-prescription', 'cure-language', 'conspiracy', 'quick-fix', 'sales', 'certainty',
];
const TIERS: readonly ClaimTier[] = ['high', 'medium', 'low'];

const lookup = (name: string): readonly string[] | undefined => LISTS.get(name);
const compileAll = (sources: readonly string[] | undefined): CompiledPattern[] =>
  (sources ?? []).map((s) => compilePattern(s, lookup));

function wordListFrom(spec: string | readonly string[] | undefined): WordList | null {
  if (spec === undefined) return null;
  if (typeof spec === 'string') {
    const list = LISTS.get(spec.replace(/^@/u, ''));
    if (!list) throw new Error(`Unknown word list ${spec}`);
    return new WordList(list);
  }
  return new WordList(spec);
}

interface RawRule {
  id: string;
  category: string;
  tier: string;
  patterns?: string[];
  allOf?: string[];
  unless?: string[];
  requires?: string[];
  blockedBefore?: string | string[];
}

function compileRule(raw: RawRule): Rule {
  if (!CATEGORIES.includes(raw.category as ClaimCategory)) throw new Error(`Rule ${raw.id}: unknown category ${raw.category}`);
  if (!TIERS.includes(raw.tier as ClaimTier)) throw new Error(`Rule ${raw.id}: unknown tier ${raw.tier}`);
  const rule: Rule = {
    id: raw.id,
    category: raw.category as ClaimCategory,
    tier: raw.tier as ClaimTier,
    patterns: compileAll(raw.patterns),
    allOf: compileAll(raw.allOf),
    unless: compileAll(raw.unless),
    requires: compileAll(raw.requires),
    blockedBefore: wordListFrom(raw.blockedBefore),
  };
  if (rule.patterns.length === 0 && rule.allOf.length === 0) throw new Error(`Rule ${raw.id} has no patterns`);
  return rule;
}

export const RULES: readonly Rule[] = (ruleData.rules as RawRule[]).map(compileRule);

export const CONTEXT: ContextRules = {
  referral: compileAll(contextData.referral.patterns),
  referralBlockedBefore: new WordList(contextData.referral.blockedBefore),
  clinicianLed: compileAll(contextData.clinicianLed.patterns),
  warning: compileAll(contextData.warning.patterns),
  override: compileAll(contextData.override.patterns),
};

export const MATCH_CONTEXT: MatchContext = {
  units: new WordList(LISTS.get('doseUnit') ?? []),
  numberWords: new WordList(LISTS.get('numberWord') ?? []),
};

export const NEGATORS = new WordList(LISTS.get('negator') ?? []);
export const BARRIERS = new WordList(LISTS.get('barrier') ?? []);
