import { describe, expect, it } from 'vitest';
import { possessive } from './possessive';

describe('possessive', () => {
  it.each([
    ['Riverton', "Riverton's"],
    ['Ana Ortiz', "Ana Ortiz's"],
    // US style (AP): a name ending in s takes the apostrophe alone.
    ['Cedar Falls', "Cedar Falls'"],
    ['Marcus', "Marcus'"],
    ['ST. LOUIS', "ST. LOUIS'"],
  ])('%s → %s', (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });
});
