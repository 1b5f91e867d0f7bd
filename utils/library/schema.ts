/**
 * valibot schemas for everything that enters the library: a new save (from a
 * content-script message), an edit (from the side panel) and a stored tip (from
 * a backup file or an undo). Action messages are plain-word fragments that
 * issues.ts puts after a field name ("the page address" + "should be a web address…").
 */
import * as v from 'valibot';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_QUESTIONS,
  LIMITS,
  OUTCOMES,
  SUPPORT_TYPES,
  VERIFICATION_STATUSES,
  type ChecklistAnswer,
  type ChecklistQuestion,
} from './types';
import { canonicalIso, isIsoDate, isWebAddress, normaliseLabel, normaliseLabels, normaliseText } from './normalize';

/**
 * valibot's object schemas accept arrays (an empty array passes an all-optional
 * object), so every object here first has to be a plain, non-array object.
 */
const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const plainObject = <S extends v.GenericSchema>(schema: S) =>
  v.pipe(v.custom<v.InferInput<S>>(isPlainObject, 'should be a group of fields'), schema);

const chars = (n: number) => `is too long (more than ${n.toLocaleString('en-GB')} characters)`;

/** Kept exactly as given (quotes must match the page; HTML goes through the sanitiser). */
const rawText = (max: number) => v.pipe(v.string(), v.maxLength(max, chars(max)));
/** Prose: line breaks and spaces tidied (see normaliseText). */
const longText = (max: number) => v.pipe(v.string(), v.maxLength(max, chars(max)), v.transform(normaliseText));
const requiredLongText = (max: number) => v.pipe(longText(max), v.minLength(1, 'is empty'));
/** One line: titles, names, sites. */
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max, chars(max)), v.transform(normaliseLabel));
const requiredShortText = (max: number) => v.pipe(shortText(max), v.minLength(1, 'is empty'));

export const IsoDate = v.pipe(
  v.string(),
  v.maxLength(40, 'should be a date like 2024-05-01T09:30:00.000Z'),
  v.check(isIsoDate, 'should be a date like 2024-05-01T09:30:00.000Z'),
  v.transform((value: string) => canonicalIso(value)),
);

export const WebAddress = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, chars(LIMITS.url)),
  v.check(isWebAddress, 'should be a web address starting with http:// or https://'),
);

export const TipId = v.pipe(
  v.string(),
  v.uuid('should be an id like 0f8fad5b-d9cb-469f-a165-70867728950e'),
  v.transform((id) => id.toLowerCase()),
);

const Label = v.pipe(v.string(), v.maxLength(LIMITS.tag, chars(LIMITS.tag)));
/** Tags or conditions: tidied, blanks and repeats (ignoring case and accents) dropped. */
export const Labels = v.pipe(
  v.array(Label),
  v.maxLength(LIMITS.tagsPerTip, `has more than ${LIMITS.tagsPerTip} entries`),
  v.transform((labels: string[]) => normaliseLabels(labels)),
);

export const Rating = v.pipe(
  v.number(),
  v.integer('should be a whole number from 0 to 5'),
  v.minValue(0, 'should be a whole number from 0 to 5'),
  v.maxValue(5, 'should be a whole number from 0 to 5'),
);

const checklistEntries = Object.fromEntries(
  CHECKLIST_QUESTIONS.map((question) => [question, v.optional(v.picklist(CHECKLIST_ANSWERS))]),
) as Record<ChecklistQuestion, v.OptionalSchema<v.PicklistSchema<typeof CHECKLIST_ANSWERS, undefined>, undefined>>;
export const Checklist = plainObject(v.strictObject(checklistEntries));
export type ChecklistInput = Partial<Record<ChecklistQuestion, ChecklistAnswer>>;

export const VerificationSchema = plainObject(v.strictObject({
  status: v.picklist(VERIFICATION_STATUSES),
  checklist: Checklist,
  sourcesNote: longText(LIMITS.sourcesNote),
  outcome: v.optional(v.picklist(OUTCOMES)),
  outcomeNote: v.optional(longText(LIMITS.notes)),
  outcomeDate: v.optional(IsoDate),
  onClinicianList: v.boolean(),
  dueAt: v.optional(IsoDate),
  clinicianQuestion: v.optional(longText(LIMITS.clinicianQuestion)),
}));

/** A whole tip, as exported in a backup or handed back for undo. */
export const TipSchema = plainObject(v.strictObject({
  id: TipId,
  text: requiredLongText(LIMITS.text),
  quote: plainObject(
    v.strictObject({
      exact: rawText(LIMITS.text),
      prefix: rawText(LIMITS.quoteContext),
      suffix: rawText(LIMITS.quoteContext),
    }),
  ),
  permalink: v.optional(WebAddress),
  pageUrl: WebAddress,
  pageTitle: shortText(LIMITS.shortText),
  site: requiredShortText(LIMITS.site),
  group: v.optional(shortText(LIMITS.shortText)),
  postedAt: v.optional(IsoDate),
  savedAt: IsoDate,
  updatedAt: IsoDate,
  author: v.optional(v.nullable(shortText(LIMITS.shortText))),
  html: v.optional(rawText(LIMITS.html)),
  tags: Labels,
  conditions: Labels,
  supportType: v.optional(v.picklist(SUPPORT_TYPES)),
  notes: longText(LIMITS.notes),
  helpedMe: v.optional(Rating),
  verification: VerificationSchema,
}));

/** Changes to the verification block: null clears an optional field. */
export const VerificationPatch = plainObject(v.strictObject({
  status: v.optional(v.picklist(VERIFICATION_STATUSES)),
  checklist: v.optional(Checklist),
  sourcesNote: v.optional(longText(LIMITS.sourcesNote)),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES))),
  outcomeNote: v.optional(v.nullable(longText(LIMITS.notes))),
  outcomeDate: v.optional(v.nullable(IsoDate)),
  onClinicianList: v.optional(v.boolean()),
  dueAt: v.optional(v.nullable(IsoDate)),
  clinicianQuestion: v.optional(v.nullable(longText(LIMITS.clinicianQuestion))),
}));
export type VerificationPatch = v.InferInput<typeof VerificationPatch>;

/**
 * What a save request carries. Page-read details that can be wrong without the
 * tip being wrong (permalink, post date) fall back to "unknown" instead of
 * refusing the save: losing a tip over a bad timestamp would be worse.
 */
export const SaveTipInput = plainObject(v.strictObject({
  /** A client-made UUID lets a retried save (worker restarted mid-save) find its first attempt. */
  id: v.optional(TipId),
  text: requiredLongText(LIMITS.text),
  quote: v.optional(
    plainObject(
      v.strictObject({
        exact: rawText(LIMITS.text),
        prefix: v.optional(rawText(LIMITS.quoteContext), ''),
        suffix: v.optional(rawText(LIMITS.quoteContext), ''),
      }),
    ),
  ),
  permalink: v.fallback(v.optional(WebAddress), undefined),
  pageUrl: WebAddress,
  pageTitle: v.optional(shortText(LIMITS.shortText), ''),
  site: v.optional(shortText(LIMITS.site)),
  group: v.optional(shortText(LIMITS.shortText)),
  postedAt: v.fallback(v.optional(IsoDate), undefined),
  author: v.optional(v.nullable(shortText(LIMITS.shortText))),
  html: v.optional(rawText(LIMITS.html)),
  tags: v.optional(Labels, []),
  conditions: v.optional(Labels, []),
  supportType: v.optional(v.picklist(SUPPORT_TYPES)),
  notes: v.optional(longText(LIMITS.notes), ''),
  helpedMe: v.optional(Rating),
  verification: v.optional(VerificationPatch),
}));
export type SaveTipInput = v.InferInput<typeof SaveTipInput>;

/** An edit from the detail view. Absent = leave as is; null = clear. */
export const TipPatch = plainObject(v.strictObject({
  text: v.optional(requiredLongText(LIMITS.text)),
  pageTitle: v.optional(shortText(LIMITS.shortText)),
  group: v.optional(v.nullable(shortText(LIMITS.shortText))),
  postedAt: v.optional(v.nullable(IsoDate)),
  author: v.optional(v.nullable(shortText(LIMITS.shortText))),
  tags: v.optional(Labels),
  conditions: v.optional(Labels),
  supportType: v.optional(v.nullable(v.picklist(SUPPORT_TYPES))),
  notes: v.optional(longText(LIMITS.notes)),
  helpedMe: v.optional(v.nullable(Rating)),
  verification: v.optional(VerificationPatch),
}));
export type TipPatch = v.InferInput<typeof TipPatch>;
