import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeHtml, sanitizeHtml } from './safe-html';

const HOSTILE = [
  '<h2>Options</h2>',
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2">',
  '<p onclick="window.__pwned = 3">Click <a href="javascript:window.__pwned=4">here</a></p>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<form action="https://evil.example"><input name="password"></form>',
  '<style>body { display: none }</style>',
  '<svg><script>alert(1)</script></svg>',
  '<p style="position:fixed;inset:0">cover</p>',
  '<a href="https://www.hud.gov/adu">HUD on ADUs</a>',
].join('');

describe('SafeHtml', () => {
  it('keeps document markup and drops everything that could run or take over the page', () => {
    const clean = sanitizeHtml(HOSTILE);
    expect(clean).toContain('<h2>Options</h2>');
    expect(clean).not.toMatch(/<script|<iframe|<form|<input|<style|<svg|<img/i);
    expect(clean).not.toMatch(/onerror|onclick|style=|javascript:|data:/i);
  });

  it('renders inert: nothing runs, and links elsewhere open in a new tab without access to this one', () => {
    const { container } = render(<SafeHtml html={HOSTILE} />);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    const links = Array.from(container.querySelectorAll('a'));
    const external = links.find((a) => a.textContent === 'HUD on ADUs');
    expect(external).toHaveAttribute('href', 'https://www.hud.gov/adu');
    expect(external).toHaveAttribute('target', '_blank');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    for (const link of links.filter((a) => a !== external)) expect(link).not.toHaveAttribute('href');
  });
});
