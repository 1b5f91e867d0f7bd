/**
 * Runs inside the page (through scripting.executeScript, after the person used the
 * context menu or the shortcut, which grants activeTab) to read the selection
 * with a little text on each side, so the passage can be found again later.
 * Self-contained: executeScript sends the function's source, not its closure.
 */
export interface SelectionCapture {
  exact: string;
  prefix: string;
  suffix: string;
  pageUrl: string;
  pageTitle: string;
}

export function captureSelection(): SelectionCapture | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const exact = selection.toString();
  if (!exact.trim()) return null;
  const CONTEXT = 32;
  const around = (before: boolean): string => {
    const block = (range[before ? 'startContainer' : 'endContainer'] as Node).parentElement?.closest('p, li, article, div, section, blockquote, td') ?? document.body;
    const side = document.createRange();
    side.selectNodeContents(block);
    if (before) side.setEnd(range.startContainer, range.startOffset);
    else side.setStart(range.endContainer, range.endOffset);
    const text = side.toString().replace(/\s+/g, ' ');
    return before ? text.slice(-CONTEXT) : text.slice(0, CONTEXT);
  };
  return { exact: exact.slice(0, 100_000), prefix: around(true), suffix: around(false), pageUrl: location.href, pageTitle: document.title.slice(0, 300) };
}
