// The "Discuss with my clinician" list as plain text, to paste into a patient-portal
// message or an email. Plain text only: portals strip formatting.
import { answerLabel, CHECKLIST, OUTCOME_LABELS } from './checklist';
import { formatLocalDate, parseLocalDate, toEpoch, toLocalDate } from './dates';
import type { TipLike } from './types';

/** NHS "Ask 3 Questions" (Shepherd et al. 2011), as wording patients are encouraged to use. */
export const ASK_3_QUESTIONS: readonly string[] = [
  'What are my options?',
  'What are the possible benefits and risks?',
  'How likely are these benefits and risks to happen to me?',
];

export const QUOTE_LIMIT = 280;

export type ClinicianListItem = Pick<TipLike, 'text' | 'savedAt' | 'pageUrl' | 'pageTitle' | 'permalink' | 'group'> & {
  verification: Pick<TipLike['verification'], 'checklist' | 'sourcesNote' | 'outcome' | 'outcomeDate' | 'clinicianQuestion'>;
};

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

// Trailing characters that read badly before an ellipsis. A loop rather than /[…]+$/,
// which backtracks quadratically on long runs.
const DANGLING = new Set([' ', '\t', '\n', ',', ';', ':', '.', '-']);

function trimDangling(text: string): string {
  let end = text.length;
  while (end > 0 && DANGLING.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/**
 * Shortens text to at most `limit` characters (UTF-16), cutting at a word boundary
 * and ending with "…". Whitespace is collapsed first. Never splits an emoji in half.
 */
export function truncateQuote(text: string, limit = QUOTE_LIMIT): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= limit) return clean;
  const room = clean.slice(0, limit - 1); // leave space for the ellipsis
  const lastSpace = room.lastIndexOf(' ');
  // Cut at the last space unless that throws away more than half the room (one giant "word").
  let cut = lastSpace > (limit - 1) / 2 ? room.slice(0, lastSpace) : room;
  if (cut.length > 0 && isHighSurrogate(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  return `${trimDangling(cut)}…`;
}

function sourceLine(item: ClinicianListItem): string | null {
  const title = (item.group ?? item.pageTitle)?.trim();
  const url = (item.permalink ?? item.pageUrl)?.trim();
  if (title && url) return `${title} (${url})`;
  return title || url || null;
}

function dateText(iso: string | undefined): string | null {
  const t = iso === undefined ? Number.NaN : toEpoch(iso);
  return Number.isFinite(t) ? formatLocalDate(toLocalDate(t)) : null;
}

function itemLines(item: ClinicianListItem, index: number): string[] {
  const v = item.verification;
  const lines = [`${index + 1}. "${truncateQuote(item.text)}"`];
  const source = sourceLine(item);
  if (source) lines.push(`   Where I read it: ${source}`);
  const saved = dateText(item.savedAt);
  if (saved) lines.push(`   Saved on: ${saved}`);
  const question = v.clinicianQuestion?.trim();
  if (question) lines.push(`   My question: ${question}`);
  const answered = CHECKLIST.flatMap((q) => {
    const id = v.checklist[q.id];
    const label = id ? answerLabel(q.id, id) : undefined;
    return label ? [`   - ${q.question} ${label}`] : [];
  });
  if (answered.length > 0) lines.push('   What I found when checking:', ...answered);
  else lines.push('   I have not been through the checklist yet.');
  const sources = v.sourcesNote.replace(/\s+/gu, ' ').trim();
  if (sources) lines.push(`   Where I checked: ${sources}`);
  if (v.outcome) {
    const date = dateText(v.outcomeDate);
    lines.push(`   Already discussed${date ? ` on ${date}` : ''}: ${OUTCOME_LABELS[v.outcome]}`);
  }
  return lines;
}

/**
 * Plain text for the clinician: the Ask 3 Questions, then each tip with its quote
 * (at most 280 characters), where it came from, when it was saved, the person's
 * question and their checklist answers. `appointment` is a local YYYY-MM-DD date.
 */
export function clinicianListText(items: readonly ClinicianListItem[], appointment?: string): string {
  const lines = ['Things I would like to discuss'];
  const date = appointment ? parseLocalDate(appointment) : null;
  if (date) lines.push(`Appointment: ${formatLocalDate(date, true)}`);
  lines.push('', 'Questions I would like to ask:', ...ASK_3_QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '');
  if (items.length === 0) {
    lines.push('No tips on my list yet.');
  } else {
    lines.push(`Tips I read online (${items.length}):`);
    items.forEach((item, i) => lines.push('', ...itemLines(item, i)));
  }
  return `${lines.join('\n')}\n`;
}
