import { describe, expect, it } from 'vitest';
import { finishSvg, MIN_SCALE, roundNumbers } from './svg.ts';

const options = { prefix: 'fig-x', title: 'A & B', desc: 'What it shows', kind: 'diagram' } as const;

describe('finishSvg', () => {
  const raw =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400.123 200" width="400" style="--bg:#fff" text-anchor="middle"><style>@import url(https://fonts.example/x.css); text{}</style>' +
    '<defs><marker id="arrowhead"><path d="M0 0"/></marker></defs><polyline data-from="a" points="1.2345,2.5" marker-end="url(#arrowhead)"/><text>η = 0.02</text></svg>';
  const svg = finishSvg(raw, options);
  it('makes an image named by its title and described by its desc', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="fig-x-title" aria-describedby="fig-x-desc"/);
    expect(svg).toContain('<title id="fig-x-title">A &amp; B</title><desc id="fig-x-desc">What it shows</desc>');
  });
  it('drops library styles and outside resources, keeps inherited text settings', () => {
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('fonts.example');
    expect(svg).not.toContain('--bg:#fff');
    expect(svg).not.toContain('data-from');
    expect(svg).toContain('text-anchor="middle"');
  });
  it('prefixes ids and their references, rounds coordinates but never text', () => {
    expect(svg).toContain('id="fig-x-arrowhead"');
    expect(svg).toContain('url(#fig-x-arrowhead)');
    expect(svg).toContain('points="1.2,2.5"');
    expect(svg).toContain('η = 0.02');
    expect(svg).toContain('viewBox="0 0 400.1 200"');
  });
  it('sets the narrowest legible width', () => {
    expect(svg).toContain(`--sg-fig-min:${Math.round(400.123 * MIN_SCALE)}px`);
  });
  it('refuses scripts, event handlers and outside links', () => {
    expect(() => finishSvg('<svg viewBox="0 0 1 1"><script>x()</script></svg>', options)).toThrow(/script/);
    expect(() => finishSvg('<svg viewBox="0 0 1 1"><rect onclick="x()"/></svg>', options)).toThrow(/script/);
    expect(() => finishSvg('<svg viewBox="0 0 1 1"><image href="https://example.org/a.png"/></svg>', options)).toThrow(/outside/);
    expect(() => finishSvg('<div></div>', options)).toThrow(/no <svg>/);
  });
});

describe('roundNumbers', () => {
  it('rounds only inside attribute values', () => {
    expect(roundNumbers('<g transform="translate(1.26,3.14159)">0.125</g>')).toBe('<g transform="translate(1.3,3.1)">0.125</g>');
  });
});
