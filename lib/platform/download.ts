/** Saving a file the user asked for (a backup, a CSV, an export) through a Blob URL; nothing leaves the device. */

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export function downloadFile({ name, type, text }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
