import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLoadLater } from './use-load-later';

describe('useLoadLater', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads nothing while the first page is coming up, then loads once', async () => {
    const load = vi.fn(() => Promise.resolve());
    renderHook(() => useLoadLater(load));
    await vi.advanceTimersByTimeAsync(2500);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing once the page that wanted it has gone, and a failed load stays quiet', async () => {
    const gone = vi.fn(() => Promise.resolve());
    renderHook(() => useLoadLater(gone)).unmount();
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    renderHook(() => useLoadLater(failing));
    await vi.advanceTimersByTimeAsync(5000);
    expect(gone).not.toHaveBeenCalled();
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
