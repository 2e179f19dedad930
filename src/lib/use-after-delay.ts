import { useEffect, useState } from 'react';

/**
 * True once `active` has stayed true for `ms`: for loading signs that would only flash when the
 * answer is quick. Back to false as soon as `active` is.
 */
export function useAfterDelay(active: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setLate(true), ms);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [active, ms]);
  return active && late;
}
