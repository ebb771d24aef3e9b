import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * The code block themes: prism-react-renderer's GitHub (light) and Dracula (dark), with the
 * token colours that fall below 4.5:1 replaced by the nearest shade of the same hue that
 * reaches it, on the code background and on a highlighted line (whose background
 * src/css/custom.css sets). tests/unit/code-colors.test.ts checks every colour.
 */
const LIGHT_COLORS: Record<string, string> = {
  '#999988': '#636358', // comment
  '#e3116c': '#c10e5c', // string
  '#36acaa': '#236e6d', // number, boolean, property
  '#00a4db': '#006b8e', // keyword, attribute name
  '#d73a49': '#b7313e', // function, deleted, tag
};

const DARK_COLORS: Record<string, string> = {
  'rgb(189, 147, 249)': '#c29cf9', // constant, keyword
  'rgb(255, 85, 85)': '#ff8d8d', // deleted
  'rgb(255, 121, 198)': '#ff84cb', // string, tag
  'rgb(98, 114, 164)': '#a4adca', // comment
};

function recolor(theme: PrismTheme, colors: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const color = entry.style.color;
      return color && color.toLowerCase() in colors
        ? {...entry, style: {...entry.style, color: colors[color.toLowerCase()]}}
        : entry;
    }),
  };
}

export const lightCodeTheme = recolor(themes.github, LIGHT_COLORS);
export const darkCodeTheme = recolor(themes.dracula, DARK_COLORS);
