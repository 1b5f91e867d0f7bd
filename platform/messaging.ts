/** The one way extension pages and content scripts talk to the background. */
import { browser } from 'wxt/browser';
import type { Message } from '@/utils/messages/schema';
import type { Reply } from '@/utils/messages/router';

export async function sendToBackground(message: Message): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: 'no-reply' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'failed' };
  }
}
