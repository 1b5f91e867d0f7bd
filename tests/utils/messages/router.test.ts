import { describe, expect, it, vi } from 'vitest';
import { createRouter, senderKind, type Handlers } from '@/utils/messages/router';

const options = { extensionId: 'ext-1', extensionOrigin: 'chrome-extension://ext-1/' };
const contentSender = { id: 'ext-1', tab: { id: 4, url: 'https://www.facebook.com/groups/1' }, url: 'https://www.facebook.com/groups/1' };
const pageSender = { id: 'ext-1', url: 'chrome-extension://ext-1/sidepanel.html' };

function handlers(): Handlers {
  return {
    ping: vi.fn(() => ({ ok: true as const, version: '1' })),
    'page-status': vi.fn(() => ({ ok: true as const })),
    'get-page-status': vi.fn(() => ({ ok: true as const, status: null })),
    'enable-site': vi.fn(() => ({ ok: true as const, enabled: true })),
    'disable-site': vi.fn(() => ({ ok: true as const })),
    'list-sites': vi.fn(() => ({ ok: true as const, sites: [] })),
    'allow-term': vi.fn(() => ({ ok: true as const })),
    'save-tip': vi.fn(() => ({ ok: true as const, id: 'x' })),
    'undo-save': vi.fn(() => ({ ok: true as const })),
    'annotate-tip': vi.fn(() => ({ ok: true as const })),
    'reminders-check-now': vi.fn(() => ({ ok: true as const })),
    'open-tip': vi.fn(() => ({ ok: true as const })),
  };
}

describe('senderKind', () => {
  it('tells content scripts, extension pages and strangers apart', () => {
    expect(senderKind(contentSender, options)).toBe('content');
    expect(senderKind(pageSender, options)).toBe('extension');
    expect(senderKind({ ...pageSender, id: 'other' }, options)).toBe('foreign');
    expect(senderKind({ id: 'ext-1' }, options)).toBe('foreign');
  });
});

describe('createRouter', () => {
  it('passes a valid message to its handler and returns the reply', async () => {
    const h = handlers();
    const route = createRouter(h, options);
    const reply = await route({ type: 'page-status', site: 'facebook', composers: 2, posts: 10 }, contentSender);
    expect(reply).toEqual({ ok: true });
    expect(h['page-status']).toHaveBeenCalledWith({ type: 'page-status', site: 'facebook', composers: 2, posts: 10 }, contentSender);
  });

  it.each([
    [null],
    ['page-status'],
    [{ type: 'nope' }],
    [{ type: 'page-status', site: 'x', composers: -1, posts: 0 }],
    [{ type: 'page-status', site: 'x', composers: 1.5, posts: 0 }],
    [{ type: 'page-status', site: 'x'.repeat(65), composers: 1, posts: 0 }],
    [{ type: 'page-status', site: 'x', composers: 1, posts: 0, extra: '<img src=x>' }],
    [{ type: 'enable-site', origin: 'javascript:alert(1)' }],
    [{ type: 'enable-site', origin: '<all_urls>' }],
    [{ type: 'enable-site', origin: 'https://*/*' }],
    [JSON.parse('{"type":"ping","__proto__":{"polluted":true}}')],
  ])('rejects a malformed message %#', async (raw) => {
    const h = handlers();
    const reply = await createRouter(h, options)(raw, pageSender);
    expect(reply).toEqual({ ok: false, error: 'bad-message' });
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets the in-page card allow a word, but only a short plain one', async () => {
    const h = handlers();
    const route = createRouter(h, options);
    expect(await route({ type: 'allow-term', term: '  Leeds ' }, contentSender)).toEqual({ ok: true });
    expect(h['allow-term']).toHaveBeenCalledWith({ type: 'allow-term', term: 'Leeds' }, contentSender);
    expect(await route({ type: 'allow-term', term: 'x'.repeat(101) }, contentSender)).toEqual({ ok: false, error: 'bad-message' });
    expect(await route({ type: 'allow-term', term: '   ' }, contentSender)).toEqual({ ok: false, error: 'bad-message' });
  });

  it('refuses settings changes from content scripts', async () => {
    const h = handlers();
    const reply = await createRouter(h, options)({ type: 'enable-site', origin: 'https://forum.example.org/*' }, contentSender);
    expect(reply).toEqual({ ok: false, error: 'not-allowed' });
    expect(h['enable-site']).not.toHaveBeenCalled();
  });

  it('refuses page reports from extension pages and anything from another extension', async () => {
    const h = handlers();
    const route = createRouter(h, options);
    expect(await route({ type: 'page-status', site: 'x', composers: 0, posts: 0 }, pageSender)).toEqual({ ok: false, error: 'not-allowed' });
    expect(await route({ type: 'ping' }, { ...contentSender, id: 'evil' })).toEqual({ ok: false, error: 'not-allowed' });
  });

  it('turns a handler failure into an error reply instead of throwing', async () => {
    const h = handlers();
    h.ping = () => {
      throw new Error('disk full');
    };
    expect(await createRouter(h, options)({ type: 'ping' }, pageSender)).toEqual({ ok: false, error: 'disk full' });
  });
});
