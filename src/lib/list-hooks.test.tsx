import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterDelay } from '@/lib/use-after-delay';
import { useFirstRowsFirst } from '@/lib/use-first-rows-first';

const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('useFirstRowsFirst', () => {
  it('shows a list seen for the first time whole', () => {
    const items = numbers(0, 20);
    const { result } = renderHook(() => useFirstRowsFirst(items, 6));
    expect(result.current).toBe(items);
  });

  it('shows a new list’s first rows at once, then the whole list, and never leaves it short', async () => {
    let items = numbers(0, 20);
    const seen: number[] = [];
    const { result, rerender } = renderHook(() => {
      const rows = useFirstRowsFirst(items, 6);
      seen.push(rows.length);
      return rows;
    });
    seen.length = 0;
    items = numbers(100, 20);
    await act(async () => {
      rerender();
      await Promise.resolve();
    });
    expect(seen[0]).toBe(6);
    expect(result.current).toBe(items);
  });

  it('shows a short list whole', () => {
    let items = numbers(0, 20);
    const { result, rerender } = renderHook(() => useFirstRowsFirst(items, 6));
    items = numbers(50, 4);
    rerender();
    expect(result.current).toBe(items);
  });
});

describe('useAfterDelay', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns true only once the condition has held for the delay, and false with it', async () => {
    vi.useFakeTimers();
    let active = true;
    const { result, rerender } = renderHook(() => useAfterDelay(active, 200));
    expect(result.current).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(199);
    });
    expect(result.current).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(result.current).toBe(true);
    active = false;
    rerender();
    expect(result.current).toBe(false);
    active = true;
    rerender();
    expect(result.current).toBe(false);
  });
});
