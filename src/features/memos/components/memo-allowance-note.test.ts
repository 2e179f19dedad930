import { describe, expect, it } from 'vitest';
import { allowanceUseText } from './memo-allowance-note';

describe('allowanceUseText', () => {
  it('says "your last memo" when one is left, never "1 of your 1 remaining memo"', () => {
    expect(allowanceUseText(1, '2026–27')).toBe('This request uses your last memo for 2026–27.');
  });

  it('counts the memos left otherwise', () => {
    expect(allowanceUseText(2, '2026–27')).toBe('This request uses 1 of your 2 remaining memos for 2026–27.');
  });
});
