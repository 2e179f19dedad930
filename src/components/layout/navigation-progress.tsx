import { useNavigation } from 'react-router';

/**
 * A thin bar across the top while the next page loads. It appears only after a short delay (in
 * CSS), so fast navigations don't flicker; the focus move on arrival announces the new page.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div
      aria-hidden="true"
      className="navigation-progress fixed inset-x-0 top-0 z-50 h-1 overflow-hidden bg-accent-100 print:hidden"
    >
      <div className="navigation-progress-bar h-full w-1/3 bg-accent-600" />
    </div>
  );
}
