/**
 * Turns a valibot issue into a short sentence a tired person can act on:
 * "the saved date should be a date like 2024-05-01T09:30:00.000Z".
 */
import type * as v from 'valibot';

const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  text: 'the text',
  quote: 'the quoted passage',
  exact: 'the exact words',
  prefix: 'the words before it',
  suffix: 'the words after it',
  permalink: 'the link to the post',
  pageUrl: 'the page address',
  pageTitle: 'the page title',
  site: 'the site',
  group: 'the group name',
  postedAt: 'the date it was posted',
  savedAt: 'the saved date',
  updatedAt: 'the last-changed date',
  author: 'the author',
  html: 'the formatted copy',
  tags: 'the tags',
  conditions: 'the conditions',
  supportType: 'the kind of support',
  notes: 'the notes',
  helpedMe: 'the "helped me" rating',
  verification: 'the checking details',
  status: 'the checking status',
  checklist: 'the checklist',
  sourcesNote: 'the note about sources',
  outcome: 'what the clinician said',
  outcomeNote: 'the note on what the clinician said',
  outcomeDate: 'the appointment date',
  onClinicianList: '"discuss with my clinician"',
  dueAt: 'the reminder date',
  clinicianQuestion: 'your question for your clinician',
  format: 'the file type',
  version: 'the backup version',
  exportedAt: 'the export date',
  tips: 'the list of tips',
};

const EXPECTED: Record<string, string> = {
  string: 'should be text',
  number: 'should be a number',
  boolean: 'should be true or false',
  array: 'should be a list',
  strict_object: 'should be a group of fields',
  object: 'should be a group of fields',
  literal: 'has the wrong value',
  null: 'should be empty',
};

function fieldName(path: readonly unknown[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts.push(`entry ${key + 1}`);
    else parts.push(FIELD_NAMES[String(key)] ?? `“${String(key).slice(0, 40)}”`);
  }
  // "the tags, entry 3" reads better than a breadcrumb of every level.
  return parts.slice(-2).join(', ') || 'it';
}

type AnyIssue = v.BaseIssue<unknown>;

/** One issue in plain words, starting with the field it is about. */
export function describeIssue(issue: AnyIssue): string {
  const path = (issue.path ?? []).map((item) => item.key);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const parent = path.length > 1 ? `${fieldName(path.slice(0, -1))} has` : 'it has';
    return `${parent} a field Spoonbook doesn't know: ${fieldName(path.slice(-1))}`;
  }
  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.received === 'undefined' && path.length) {
    return `${fieldName(path)} is missing`;
  }
  const name = fieldName(path);
  if (issue.kind === 'validation' || issue.kind === 'transformation' || issue.type === 'custom') return `${name} ${issue.message}`;
  if (issue.type === 'picklist') return `${name} should be one of ${(issue.expected ?? '').replace(/"/g, '').replace(/ \| /g, ', ')}`;
  if (issue.type === 'nullable' || issue.type === 'optional' || issue.type === 'union') return `${name} has the wrong kind of value`;
  return `${name} ${EXPECTED[issue.type] ?? 'has the wrong kind of value'}`;
}
