/**
 * Human-readable exports. Saved text came from web pages, so both formats treat
 * it as hostile: Markdown escapes anything a renderer would turn into markup or
 * links, and CSV neutralises spreadsheet formulas.
 */
import { isWebAddress } from './normalize';
import type { Tip } from './types';
// The same words the panel shows: utils/reminders is the one source.
import { STATUS_LABELS } from '@/utils/reminders/checklist';

const SUPPORT_LABELS: Record<string, string> = {
  informational: 'Information',
  emotional: 'Emotional support',
  practical: 'Practical help',
  appraisal: 'Feedback on my situation',
};

const OUTCOME_LABELS: Record<string, string> = {
  'ok-to-try': 'OK to try',
  'try-with-monitoring': 'Try with monitoring',
  'not-for-me': 'Not for me',
};

/**
 * Makes page text inert in Markdown: HTML's < > & become entities, and the
 * characters that make emphasis, links, images, tables or code are
 * backslash-escaped, as are headings and list markers at a line's start.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]!|~]/g, '\\$&')
    .replace(/^([ \t]*)([#=+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** A link only for real web addresses; anything else is shown as (escaped) text. */
function markdownLink(label: string, address: string | undefined): string {
  if (!address || !isWebAddress(address)) return escapeMarkdown(address ?? label);
  const href = new URL(address).href.replace(/[<>\s]/g, (char) => encodeURIComponent(char));
  return `[${escapeMarkdown(label || address)}](<${href}>)`;
}

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

function tipToMarkdown(tip: Tip): string {
  const lines: string[] = [];
  lines.push(...escapeMarkdown(tip.text).split('\n').map((line) => (line ? `> ${line}` : '>')));
  lines.push('');
  const facts: Array<[string, string]> = [
    ['Source', `${markdownLink(tip.pageTitle || tip.site, tip.permalink ?? tip.pageUrl)} (${escapeMarkdown(tip.site)}${tip.group ? `, ${escapeMarkdown(tip.group)}` : ''})`],
    ['Posted', day(tip.postedAt)],
    ['Saved', day(tip.savedAt)],
    ['Author', tip.author ? escapeMarkdown(tip.author) : ''],
    ['Tags', tip.tags.map(escapeMarkdown).join(', ')],
    ['Conditions', tip.conditions.map(escapeMarkdown).join(', ')],
    ['Kind of support', tip.supportType ? (SUPPORT_LABELS[tip.supportType] ?? '') : ''],
    ['Helped me', tip.helpedMe === undefined ? '' : `${tip.helpedMe} out of 5`],
    ['Checked', STATUS_LABELS[tip.verification.status] ?? ''],
    ['Where I checked', escapeMarkdown(tip.verification.sourcesNote).replace(/\n/g, ' ')],
    ['On my list for my clinician', tip.verification.onClinicianList ? 'Yes' : ''],
    ['Clinician said', tip.verification.outcome ? `${OUTCOME_LABELS[tip.verification.outcome] ?? ''}${tip.verification.outcomeDate ? ` (${day(tip.verification.outcomeDate)})` : ''}` : ''],
    ['Clinician note', escapeMarkdown(tip.verification.outcomeNote ?? '').replace(/\n/g, ' ')],
  ];
  for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${value}`);
  if (tip.notes) {
    lines.push('', '**My notes:**', '', ...escapeMarkdown(tip.notes).split('\n'));
  }
  return lines.join('\n');
}

/** All tips as one Markdown document, in the order given. */
export function toMarkdown(tips: readonly Tip[], options: { exportedAt?: Date } = {}): string {
  const when = (options.exportedAt ?? new Date()).toISOString().slice(0, 10);
  const header = [
    '# My Spoonbook tips',
    '',
    `Exported ${when}: ${tips.length} ${tips.length === 1 ? 'tip' : 'tips'}. This file holds health information — keep it somewhere private.`,
  ].join('\n');
  return [header, ...tips.map(tipToMarkdown)].join('\n\n---\n\n') + '\n';
}

export const CSV_COLUMNS = [
  'id', 'savedAt', 'postedAt', 'site', 'group', 'pageTitle', 'pageUrl', 'permalink', 'author', 'text', 'notes',
  'tags', 'conditions', 'supportType', 'helpedMe', 'status', 'onClinicianList', 'sourcesNote', 'outcome',
  'outcomeNote', 'outcomeDate', 'dueAt',
] as const;

/**
 * One CSV cell. A leading = + - @ (or tab, or carriage return, or their full-width
 * forms) would make Excel, LibreOffice or Sheets run the cell as a formula, so it
 * gets a leading apostrophe; then RFC 4180 quoting if needed.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r＝＋－＠]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvValues(tip: Tip): Record<(typeof CSV_COLUMNS)[number], string> {
  const v = tip.verification;
  return {
    id: tip.id,
    savedAt: tip.savedAt,
    postedAt: tip.postedAt ?? '',
    site: tip.site,
    group: tip.group ?? '',
    pageTitle: tip.pageTitle,
    pageUrl: tip.pageUrl,
    permalink: tip.permalink ?? '',
    author: tip.author ?? '',
    text: tip.text,
    notes: tip.notes,
    tags: tip.tags.join('; '),
    conditions: tip.conditions.join('; '),
    supportType: tip.supportType ?? '',
    helpedMe: tip.helpedMe === undefined ? '' : String(tip.helpedMe),
    status: v.status,
    onClinicianList: v.onClinicianList ? 'yes' : 'no',
    sourcesNote: v.sourcesNote,
    outcome: v.outcome ?? '',
    outcomeNote: v.outcomeNote ?? '',
    outcomeDate: v.outcomeDate ?? '',
    dueAt: v.dueAt ?? '',
  };
}

/**
 * All tips as RFC 4180 CSV (CRLF line ends, header row). Pass `bom: true` for a
 * file meant to be opened in Excel, which otherwise misreads UTF-8.
 */
export function toCsv(tips: readonly Tip[], options: { bom?: boolean } = {}): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const tip of tips) {
    const values = csvValues(tip);
    rows.push(CSV_COLUMNS.map((column) => csvCell(values[column])).join(','));
  }
  return (options.bom ? '\uFEFF' : '') + rows.join('\r\n') + '\r\n';
}
