import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, csvCell, toCsv, toMarkdown } from '@/utils/library/formats';
import type { Tip } from '@/utils/library/types';

function tip(overrides: Partial<Tip> = {}): Tip {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    text: 'Try lying on your left side after meals.',
    quote: { exact: 'Try lying on your left side after meals.', prefix: '', suffix: '' },
    pageUrl: 'https://www.facebook.com/groups/1/posts/2',
    pageTitle: 'Reflux Support UK',
    site: 'facebook',
    group: 'Reflux Support UK',
    savedAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    author: 'Sam',
    tags: ['reflux', 'sleep'],
    conditions: ['GERD'],
    supportType: 'practical',
    notes: 'Ask the GP',
    helpedMe: 4,
    verification: { status: 'checked', checklist: {}, sourcesNote: 'NHS', onClinicianList: true },
    ...overrides,
  };
}

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted) {
      if (c === '"' && next === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
      continue;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      cell += c;
    }
    i++;
  }
  if (cell !== '' || row.length) throw new Error('missing final CRLF');
  return rows;
}

describe('toCsv', () => {
  it('has a header row and one row per tip, CRLF-terminated', () => {
    const rows = parseCsv(toCsv([tip(), tip({ id: 'b' })]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(byColumn).toMatchObject({ tags: 'reflux; sleep', helpedMe: '4', status: 'checked', onClinicianList: 'yes', postedAt: '' });
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back exactly', () => {
    const text = 'He said "rest", then:\nrest more,\r\nand again';
    const rows = parseCsv(toCsv([tip({ text, notes: 'a,b' })]));
    expect(rows[1]![CSV_COLUMNS.indexOf('text')]).toBe(text);
    expect(rows[1]![CSV_COLUMNS.indexOf('notes')]).toBe('a,b');
  });

  it.each(['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '＠x'])(
    'neutralises a formula-looking cell: %j',
    (value) => {
      const rows = parseCsv(toCsv([tip({ text: value, author: value, tags: [value] })]));
      for (const column of ['text', 'author', 'tags'] as const) {
        expect(rows[1]![CSV_COLUMNS.indexOf(column)]).toBe(`'${value}`);
      }
    },
  );

  it('every cell reads back as its value, or its value behind an apostrophe when it looks like a formula (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', '=', '+', '-', '@', '\t', ' ', "'", 'é') }), (value) => {
        const [[cell]] = parseCsv(`${csvCell(value)}\r\n`) as [[string]];
        expect(cell).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      }),
    );
  });

  it('adds a byte-order mark only when asked', () => {
    expect(toCsv([]).startsWith('id,')).toBe(true);
    expect(toCsv([], { bom: true }).startsWith('\uFEFFid,')).toBe(true);
  });
});

describe('toMarkdown', () => {
  it('lists each tip as a quote with its details', () => {
    const md = toMarkdown([tip()], { exportedAt: new Date('2025-06-01T00:00:00Z') });
    expect(md).toContain('# My Spoonbook tips');
    expect(md).toContain('Exported 2025-06-01: 1 tip.');
    expect(md).toContain('> Try lying on your left side after meals.');
    expect(md).toContain('- **Source:** [Reflux Support UK](<https://www.facebook.com/groups/1/posts/2>) (facebook, Reflux Support UK)');
    expect(md).toContain('- **Helped me:** 4 out of 5');
    expect(md).toContain('- **Checked:** Checked');
    expect(md).toContain('- **On my list for my clinician:** Yes');
    expect(md).toContain('**My notes:**\n\nAsk the GP');
  });

  it('keeps hostile page text inert: no raw HTML, no links or images made from it', () => {
    const text = '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![px](https://t.example/p.gif) `code` # heading';
    const md = toMarkdown([tip({ text, notes: '<iframe src="https://evil.example">', pageTitle: '](javascript:alert(1))' })]);
    expect(md).not.toMatch(/<(?!https:\/\/www\.facebook\.com)/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('\\!\\[px\\]');
    expect(md).toContain('\\`code\\`');
    expect(md).toContain('[\\](javascript:alert(1))](<https://www.facebook.com/groups/1/posts/2>)');
  });

  it('escapes headings and list markers at the start of a line', () => {
    const md = toMarkdown([tip({ text: '# Not a heading\n- not a list\n1. not numbered' })]);
    expect(md).toContain('> \\# Not a heading\n> \\- not a list\n> 1\\. not numbered');
  });

  it('never links a page address that is not http(s)', () => {
    const md = toMarkdown([tip({ pageUrl: 'javascript:alert(1)', permalink: undefined })]);
    expect(md).not.toContain('](<javascript');
    expect(md).not.toContain('](javascript');
  });
});
