import type {PrismTheme} from 'prism-react-renderer';

const kebab = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations(style: object): string {
  return Object.entries(style)
    .map(([property, value]) => `${kebab(property)}:${String(value)}`)
    .join(';');
}

/**
 * A Prism theme as CSS for build-time highlighted code (remark-highlight-code): the colours
 * Docusaurus would set inline on every token, set once by class instead, under `scope`.
 */
export function prismThemeCss(theme: PrismTheme, scope: string): string {
  const block = `${scope} .theme-code-block`;
  const rules = [
    `${block}{--code-block-color:${theme.plain.color};--code-block-background:${theme.plain.backgroundColor}}`,
    ...theme.styles.map(
      ({types, style}) => `${types.map((type) => `${block} .token.${type}`).join(',')}{${declarations(style)}}`,
    ),
  ];
  return rules.join('\n');
}
