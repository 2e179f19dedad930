/**
 * Saves text the app fetched (a calendar file, a memo) as a download. Files are fetched like every
 * other request (with credentials, through the client's re-sign-in) and saved from a Blob URL: a
 * plain link to the API would only work where the browser sends the session cookie on that
 * navigation, and the embedded mock API (a service worker) does not answer navigations at all.
 */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
