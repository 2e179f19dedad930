import { Link, type LinkProps } from 'react-router';
import { cx } from './class-names';

export const textLinkClasses =
  'font-medium text-accent-700 underline underline-offset-2 hover:text-accent-900 hover:decoration-2';

/** An in-app link that looks like a link. */
export function TextLink({ className, ...props }: LinkProps) {
  return <Link {...props} className={cx(textLinkClasses, className)} />;
}
