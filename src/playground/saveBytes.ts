const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Hands bytes to the browser as a download: a blob: URL made here, clicked, and let go. Nothing
 * leaves the machine; the page's policy does not govern downloads.
 */
export function saveBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
