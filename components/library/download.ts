/**
 * Saves text as a file on the device: a Blob link with `download`, clicked.
 * Nothing goes over the network; the browser writes the file to Downloads.
 */
export function downloadText(doc: Document, name: string, type: string, content: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('No window to download from.');
  const url = view.URL.createObjectURL(new view.Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}
