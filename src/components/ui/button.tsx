import type { ComponentProps, MouseEvent } from 'react';
import { buttonClasses, type ButtonSize, type ButtonVariant } from './button-styles';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** While a request runs: the button says so and ignores clicks, so one click sends one request. */
  pending?: boolean;
  pendingLabel?: string;
}

export function Button({
  variant = 'primary',
  size = 'md',
  pending = false,
  pendingLabel,
  className,
  type = 'button',
  onClick,
  children,
  ...props
}: ButtonProps) {
  // aria-disabled rather than disabled keeps focus on the button while it works.
  const inert = pending || props['aria-disabled'] === true || props['aria-disabled'] === 'true';
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (inert) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  return (
    <button
      {...props}
      type={type}
      aria-disabled={inert || undefined}
      aria-busy={pending || undefined}
      className={buttonClasses(variant, size, className)}
      onClick={handleClick}
    >
      {pending && (
        <span
          aria-hidden="true"
          className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent"
        />
      )}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
