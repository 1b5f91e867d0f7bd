/** Helpers for driving the draft guard from Playwright. */
import type { Page } from '@playwright/test';

/** Text of every range in every highlight the page's registry holds (the registry is shared with the page). */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: string[] = [];
    registry.forEach((highlight) => highlight.forEach((range) => out.push(range.toString())));
    return out.sort();
  });
}

export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size);
}

/** What the fixture's Lexical editor holds in its own state (not the DOM). */
export async function lexicalText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => (window as unknown as { __lexicalText(target: string): string | null }).__lexicalText(sel), selector);
}

export async function posted(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __posted?: { where: string; text: string }[] }).__posted ?? []);
}
