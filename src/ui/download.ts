/** Files in and out of the browser: a download made from text, and the text of a picked file. */

/** Offers text as a file download (Blob + a[download]); no server and no popup involved. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** Reads a picked file as text, refusing one larger than `maxBytes` before reading it. */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false }> {
  if (file.size > maxBytes) return { ok: false };
  return { ok: true, text: await file.text() };
}
