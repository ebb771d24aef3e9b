import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type {PrismTheme} from 'prism-react-renderer';
import {darkCodeTheme, lightCodeTheme} from '../../src/config/prism';

type Rgba = [number, number, number, number];

function parseColor(text: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(text.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(text.trim());
  if (rgb) {
    const [r, g, b, a = 1] = rgb[1]!.split(',').map(Number);
    return [r!, g!, b!, a];
  }
  throw new Error(`cannot read the colour ${text}`);
}

/** `top` painted over the opaque `bottom`. */
function over([r, g, b, a]: Rgba, bottom: Rgba): Rgba {
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio. */
function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

// The highlighted line's background in each mode, from the site's stylesheet.
const css = fs.readFileSync(path.resolve(__dirname, '../../src/css/custom.css'), 'utf8');
function highlightedLineBackground(block: string): Rgba {
  const body = css.slice(css.indexOf(`${block} {`)).split('}')[0]!;
  const value = /--docusaurus-highlighted-code-line-bg:\s*([^;]+);/.exec(body);
  assert.ok(value, `custom.css sets the highlighted line's background in ${block}`);
  return parseColor(value[1]!);
}

const MODES: [string, PrismTheme, Rgba][] = [
  ['light', lightCodeTheme, highlightedLineBackground(':root')],
  ['dark', darkCodeTheme, highlightedLineBackground("[data-theme='dark']")],
];

describe('code block colours', () => {
  it('the contrast helper gives the known ratios', () => {
    assert.equal(contrast(parseColor('#000000'), parseColor('#ffffff')), 21);
    assert.equal(contrast(parseColor('#777777'), parseColor('#777777')), 1);
  });

  for (const [mode, theme, highlight] of MODES) {
    it(`${mode}: every token reaches 4.5:1 on the code background and on a highlighted line`, () => {
      const background = parseColor(theme.plain.backgroundColor!);
      const backgrounds = {'code background': background, 'highlighted line': over(highlight, background)};
      const colors = [theme.plain.color!, ...theme.styles.flatMap((entry) => entry.style.color ?? [])];
      assert.ok(colors.length > 5, 'the theme has token colours');
      const failures = colors.flatMap((color) =>
        Object.entries(backgrounds)
          .map(([where, bg]) => [where, contrast(parseColor(color), bg)] as const)
          .filter(([, ratio]) => ratio < 4.5)
          .map(([where, ratio]) => `${color} on the ${where}: ${ratio.toFixed(2)}:1`),
      );
      assert.deepEqual(failures, []);
    });
  }
});
