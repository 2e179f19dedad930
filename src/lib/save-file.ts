/**
 * Saves a file the app fetched (a calendar file, a memo, its PDF) as a download. Files are fetched like every
 * other request (with credentials, through the client's re-sign-in) and saved from a Blob URL: a
 * plain link to the API would only work where the browser sends the session cookie on that
 * navigation, and the embedded mock API (a service worker) does not answer navigations at all.
 */
export function saveFile(content: string | Blob, fileName: string, type: string): void {
  // Text is saved as UTF-8 and says so; a file's bytes (a memo's PDF) are saved as they came.
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
