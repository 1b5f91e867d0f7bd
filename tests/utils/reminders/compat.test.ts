// utils/reminders keeps its own small tip types; they must stay a structural subset
// of the library's Tip so stored tips can be passed straight in. (Checked by tsc.)
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Tip } from '@/utils/library/types';
import { applyVerification, clinicianListText, dueReminders, type ClinicianListItem, type ScheduledTip, type TipLike } from '@/utils/reminders';

describe('compatibility with utils/library', () => {
  it('accepts a library Tip wherever a tip is expected', () => {
    expectTypeOf<Tip>().toExtend<TipLike>();
    expectTypeOf<Tip>().toExtend<ScheduledTip>();
    expectTypeOf<Tip>().toExtend<ClinicianListItem>();
  });

  it('works on a library-shaped tip at run time', () => {
    const tip: Tip = {
      id: 'x', text: 'Stopped my pred cold turkey', quote: { exact: 'Stopped my pred cold turkey', prefix: '', suffix: '' },
      pageUrl: 'https://forum.example.org/t/1', pageTitle: 'Forum', site: 'forum.example.org',
      savedAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z', tags: [], conditions: [], notes: '',
      verification: { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: true },
    };
    const r = applyVerification(tip, { type: 'answer', question: 'risks', answer: 'yes', at: Date.parse('2025-03-02T10:00:00.000Z') });
    expect(r.ok && r.tip.verification.checklist.risks).toBe('yes');
    expect(r.ok && r.tip.quote.exact).toBe(tip.quote.exact);
    expect(dueReminders({ tips: [tip], dismissed: [], snoozed: {} }, Date.parse('2025-03-05T10:00:00.000Z'))).toHaveLength(1);
    expect(clinicianListText([tip])).toContain('Stopped my pred cold turkey');
  });
});
