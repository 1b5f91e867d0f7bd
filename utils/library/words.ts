/**
 * Turning text into search words. The same folding is used for the stored word
 * index and for the query, so "Crohn's", "CROHNS" and "crohns" all meet, and
 * "café" is found by "cafe".
 */
import type { Tip } from './types';

/** Longer words are cut to this many characters, in the index and in queries alike. */
export const MAX_WORD_LENGTH = 32;

/** Letters that carry no combining mark under NFKD but are still "the same letter" to a reader. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Lower-cases, removes accents and other marks, and folds compatibility forms (ﬁ → fi, ① → 1). */
export function foldForSearch(text: string): string {
  // Lower-case again after NFKD: compatibility forms can decompose to capitals (㎀ → "pA").
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/gu, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/**
 * Splits text into distinct search words, in order of first appearance.
 * Apostrophes inside words are dropped ("Crohn's" → "crohns", "don't" → "dont")
 * so possessives and contractions match either spelling.
 */
export function tokenize(text: string): string[] {
  const folded = foldForSearch(text).replace(/['ʼ’]/gu, '');
  const seen = new Set<string>();
  for (const part of folded.split(/[^\p{L}\p{N}]+/u)) {
    // Cut by code point so a letter outside the BMP is never split in half.
    if (part) seen.add(part.length > MAX_WORD_LENGTH ? Array.from(part).slice(0, MAX_WORD_LENGTH).join('') : part);
  }
  return [...seen];
}

/** What the search index holds for a tip: its text, notes, tags, conditions and group name. */
export function tipWords(tip: Pick<Tip, 'text' | 'notes' | 'tags' | 'conditions' | 'group'>): string[] {
  return tokenize([tip.text, tip.notes, tip.tags.join(' '), tip.conditions.join(' '), tip.group ?? ''].join('\n'));
}
