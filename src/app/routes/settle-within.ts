/**
 * Waits for all the promises to settle, but no longer than `ms`. Dashboard loaders use it: fast
 * answers arrive before the page shows (no skeleton flash), while a slow or failing widget does
 * not hold up the page; it streams in (or fails) behind its own boundary.
 */
export async function settleWithin(promises: Array<Promise<unknown>>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled(promises), timeout]);
  clearTimeout(timer);
}
