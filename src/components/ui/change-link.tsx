import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { useReadOnlyReason, type ChangeContext } from '@/api/queries/read-only-reason';
import { buttonClasses, type ButtonVariant } from './button-styles';
import { ChangeButton } from './change-button';

interface ChangeLinkProps extends Omit<LinkProps, 'children' | 'className'> {
  children: ReactNode;
  className?: string;
  change: ChangeContext;
  variant?: ButtonVariant;
}

/**
 * A link, styled as a button, to a page where data changes (a form). When the person may not make
 * that change it becomes ChangeButton's inert button with the reason, rather than a link to a form
 * they could fill in and never send.
 */
export function ChangeLink({ change, variant = 'primary', className, children, ...props }: ChangeLinkProps) {
  const reason = useReadOnlyReason(change);
  if (reason) {
    return (
      <ChangeButton change={change} variant={variant} className={className}>
        {children}
      </ChangeButton>
    );
  }
  return (
    <Link {...props} className={buttonClasses(variant, 'md', className)}>
      {children}
    </Link>
  );
}
