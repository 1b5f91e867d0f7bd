/**
 * Every message a Spoonbook context may send to the background, as a valibot
 * schema. The background trusts nothing it has not parsed here: content scripts
 * run inside pages we don't control, so a message is data to check, not a command.
 */
import * as v from 'valibot';

const SITE_ID = v.pipe(v.string(), v.maxLength(64));
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const ORIGIN_PATTERN = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?\/\*$/i));

/** Sent by the forum content script when it has looked at a page. */
export const PageStatusMessage = v.strictObject({
  type: v.literal('page-status'),
  site: SITE_ID,
  composers: COUNT,
  posts: COUNT,
});

/** Any context checking that the background is awake. */
export const PingMessage = v.strictObject({ type: v.literal('ping') });

/** Extension pages asking what the content script saw in a tab. */
export const GetPageStatusMessage = v.strictObject({
  type: v.literal('get-page-status'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Extension pages: turn Spoonbook on or off for a site the person added. */
export const EnableSiteMessage = v.strictObject({ type: v.literal('enable-site'), origin: ORIGIN_PATTERN });
export const DisableSiteMessage = v.strictObject({ type: v.literal('disable-site'), origin: ORIGIN_PATTERN });

/** From the in-page card: "Always allow" this word (kept in settings, never flagged again). */
export const AllowTermMessage = v.strictObject({
  type: v.literal('allow-term'),
  term: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
});

const TIP_ID = v.pipe(v.string(), v.uuid());

/**
 * A tip read from a page. Its fields are checked in full by the library's own
 * schema (utils/library/schema.ts) when it is saved; here only the envelope.
 */
export const SaveTipMessage = v.strictObject({
  type: v.literal('save-tip'),
  tip: v.record(v.string(), v.unknown()),
});

/** The "Undo" in a save confirmation. */
export const UndoSaveMessage = v.strictObject({ type: v.literal('undo-save'), id: TIP_ID });

/** The "Add tags/notes" in a save confirmation. */
export const AnnotateTipMessage = v.strictObject({
  type: v.literal('annotate-tip'),
  id: TIP_ID,
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(30)),
  notes: v.pipe(v.string(), v.maxLength(10_000)),
});

/** Extension pages (and the tests): work out due reminders now, as the alarm would. */
export const RemindersCheckMessage = v.strictObject({ type: v.literal('reminders-check-now') });

/** The library's "Open source": open the post and find the passage on it. */
export const OpenTipMessage = v.strictObject({ type: v.literal('open-tip'), id: TIP_ID });

export const ListSitesMessage = v.strictObject({ type: v.literal('list-sites') });

export const Message = v.variant('type', [
  PageStatusMessage,
  PingMessage,
  GetPageStatusMessage,
  EnableSiteMessage,
  DisableSiteMessage,
  ListSitesMessage,
  AllowTermMessage,
  SaveTipMessage,
  UndoSaveMessage,
  AnnotateTipMessage,
  RemindersCheckMessage,
  OpenTipMessage,
]);

export type Message = v.InferOutput<typeof Message>;
export type MessageType = Message['type'];

/**
 * Which senders may send which message. Content scripts may only report what they
 * saw; everything that changes settings or reads another tab comes from our own pages.
 */
export const ALLOWED_FROM: Record<MessageType, ReadonlyArray<'content' | 'extension'>> = {
  'page-status': ['content'],
  ping: ['content', 'extension'],
  'get-page-status': ['extension'],
  'enable-site': ['extension'],
  'disable-site': ['extension'],
  'list-sites': ['extension'],
  'allow-term': ['content', 'extension'],
  'save-tip': ['content'],
  'undo-save': ['content', 'extension'],
  'annotate-tip': ['content', 'extension'],
  'reminders-check-now': ['extension'],
  'open-tip': ['extension'],
};
