/**
 * The person's settings: what they are, their defaults, and how a stored value
 * (possibly from an older version, possibly damaged) becomes a valid one.
 * Pure; platform/settings.ts keeps it in browser.storage.local.
 */
import * as v from 'valibot';

export const PERSONAL_TERM_KINDS = ['name', 'family', 'place', 'work', 'school', 'other'] as const;
export type PersonalTermKind = (typeof PERSONAL_TERM_KINDS)[number];

const Term = v.object({
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  kind: v.fallback(v.picklist(PERSONAL_TERM_KINDS), 'other'),
});

export const SettingsSchema = v.object({
  /** Words that point to the person: their name, children's names, town, employer… Always flagged. */
  personalTerms: v.fallback(v.pipe(v.array(Term), v.maxLength(200)), []),
  /** Words the person said are fine to share ("Always allow"). */
  allowedTerms: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(500)), []),
  /** Ask once before a post with risky details goes out. */
  askBeforePosting: v.fallback(v.boolean(), true),
  /** Keep the display names of people whose posts are saved as tips. */
  keepAuthorNames: v.fallback(v.boolean(), true),
  /** Show a desktop notification when tips are due to be checked. Off until the person turns it on. */
  notifications: v.fallback(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type PersonalTerm = Settings['personalTerms'][number];

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Turns whatever is stored into valid settings, keeping every part that is still good. */
export function normaliseSettings(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' ? stored : {};
  const result = v.safeParse(SettingsSchema, input);
  if (result.success) return result.output;
  // A damaged field falls back on its own; anything still failing means the whole
  // object is unusable, so start from the defaults rather than lose the panel.
  return DEFAULT_SETTINGS;
}

/** Parses the "one per line" text box on the options page into terms, without duplicates. */
export function parseTermLines(text: string, kind: PersonalTermKind): PersonalTerm[] {
  const seen = new Set<string>();
  const terms: PersonalTerm[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim().slice(0, 100);
    const key = trimmed.toLocaleLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    terms.push({ text: trimmed, kind });
  }
  return terms;
}
