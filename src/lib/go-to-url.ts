/**
 * Leaves the app for another page by a full navigation: a card processor's hosted checkout, or
 * back from the mock checkout to the app. One object with one method, so that tests (jsdom can't
 * navigate) can spy on where the browser would have gone.
 */
export const browserNavigation = {
  goToUrl(url: string): void {
    window.location.assign(url);
  },
};
