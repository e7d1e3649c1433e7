/**
 * Client-side file download: a Blob and a temporary link, no server. Returns false where the
 * browser cannot make object URLs.
 */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8"): boolean {
  if (typeof URL.createObjectURL !== "function") return false;
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (names, "–", "φ").
  const blob = new Blob(["\uFEFF", text], { type });
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 1000);
  return true;
}
