/**
 * One host element for all of Spoonbook's in-page UI, with a closed shadow root:
 * the page's scripts can't read the findings, the person's words or our markup,
 * and page styles can't break ours. Text only; nothing is parsed as HTML.
 */
import guardCss from '@/components/guard/guard.css?inline';

export function createPageUi(doc: Document): ShadowRoot {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: __SPOONBOOK_SHADOW_MODE__ });
  const style = doc.createElement('style');
  style.textContent = guardCss;
  shadow.append(style);
  doc.documentElement.append(host);
  return shadow;
}

/** A container inside the shared shadow root for one part of the UI. */
export function uiLayer(shadow: ShadowRoot, className = ''): HTMLElement {
  const layer = shadow.ownerDocument.createElement('div');
  if (className) layer.className = className;
  shadow.append(layer);
  return layer;
}
