/** Shared set-up for the library component tests: a fresh database per test and recording fakes. */
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { LibraryView, type LibraryViewProps } from '@/components/library/LibraryView';
import { saveTip, type SpoonbookDb, type Tip } from '@/utils/library';
import { freshDb, steppingClock, tipInput } from '../../utils/library/helpers';

export { freshDb, tipInput, steppingClock, jsdomSanitizer } from '../../utils/library/helpers';

export interface Harness {
  db: SpoonbookDb;
  openPage: ReturnType<typeof vi.fn<(url: string, tip: Tip) => Promise<void>>>;
  downloads: Array<{ name: string; type: string; content: string }>;
  print: ReturnType<typeof vi.fn<() => void>>;
}

export function renderLibrary(db: SpoonbookDb = freshDb('panel'), overrides: Partial<LibraryViewProps> = {}) {
  const harness: Harness = {
    db,
    openPage: vi.fn(async (_url: string, _tip: Tip) => undefined),
    downloads: [],
    print: vi.fn(() => undefined),
  };
  const view = render(
    <LibraryView
      db={db}
      openPage={harness.openPage}
      download={(name, type, content) => harness.downloads.push({ name, type, content })}
      print={harness.print}
      {...overrides}
    />,
  );
  return { ...harness, view };
}

/** Saves n tips with distinct pages and texts, one second apart (newest last). */
export async function seed(db: SpoonbookDb, n: number, make: (i: number) => Parameters<typeof tipInput>[0] = () => ({})) {
  const now = steppingClock();
  for (let i = 0; i < n; i++) {
    await saveTip(
      db,
      tipInput({ text: `Tip number ${i}: pace yourself and rest before you crash.`, pageUrl: `https://forum.example.org/t/${i}`, ...make(i) }),
      { now },
    );
  }
}

/** A valid backup file's text holding n generated tips (tip i saved i minutes after the start). */
export function backupJson(n: number, make: (i: number) => Record<string, unknown> = () => ({})): string {
  const start = Date.parse('2025-01-01T09:00:00.000Z');
  const tips = Array.from({ length: n }, (_, i) => {
    const at = new Date(start + i * 60_000).toISOString();
    return {
      id: crypto.randomUUID(),
      text: `Bulk tip ${i}: keep a symptom diary for a fortnight.`,
      quote: { exact: `Bulk tip ${i}: keep a symptom diary for a fortnight.`, prefix: '', suffix: '' },
      pageUrl: `https://forum.example.org/bulk/${i}`,
      pageTitle: 'A forum thread',
      site: 'forum.example.org',
      savedAt: at,
      updatedAt: at,
      tags: [],
      conditions: [],
      notes: '',
      verification: { status: 'unverified', checklist: {}, sourcesNote: '', onClinicianList: false },
      ...make(i),
    };
  });
  return JSON.stringify({ format: 'spoonbook-backup', version: 1, exportedAt: new Date(start).toISOString(), tips });
}
