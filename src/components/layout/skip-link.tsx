export const MAIN_CONTENT_ID = 'main-content';

/** The first stop for keyboard users: past the header and navigation, straight to the content. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold text-accent-800 underline shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      Skip to main content
    </a>
  );
}
