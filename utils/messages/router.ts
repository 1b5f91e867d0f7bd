/**
 * The background's message router, kept free of browser APIs so it can be tested
 * in Node: parse → check the sender may send this → run the handler → answer.
 * Every answer is `{ ok: true, ... }` or `{ ok: false, error }`; nothing throws out.
 */
import * as v from 'valibot';
import { ALLOWED_FROM, Message, type MessageType } from './schema';

export interface SenderInfo {
  /** The id of the extension the sender belongs to (must be ours). */
  id?: string;
  /** Present when the sender is a content script in a tab. */
  tab?: { id?: number; url?: string };
  /** The sender's document URL. */
  url?: string;
}

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

export type Handlers = {
  [T in MessageType]: (
    message: Extract<Message, { type: T }>,
    sender: SenderInfo,
  ) => Promise<Reply> | Reply;
};

export interface RouterOptions {
  extensionId: string;
  /** e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  extensionOrigin: string;
}

export function senderKind(sender: SenderInfo, options: RouterOptions): 'content' | 'extension' | 'foreign' {
  if (sender.id !== options.extensionId) return 'foreign';
  if (sender.url?.startsWith(options.extensionOrigin)) return 'extension';
  if (sender.tab) return 'content';
  return 'foreign';
}

export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply> {
    const parsed = v.safeParse(Message, raw);
    if (!parsed.success) return { ok: false, error: 'bad-message' };
    const message = parsed.output;
    const kind = senderKind(sender, options);
    if (kind === 'foreign' || !ALLOWED_FROM[message.type].includes(kind)) {
      return { ok: false, error: 'not-allowed' };
    }
    try {
      const handler = handlers[message.type] as (m: Message, s: SenderInfo) => Promise<Reply> | Reply;
      return await handler(message, sender);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'failed' };
    }
  };
}
