import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import type {Root} from 'mdast';

/** The same Markdown dialect Docusaurus compiles pages with: MDX, GFM and directives. */
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).use(remarkDirective);

export function parseMdx(source: string): Root {
  return parser.parse(source);
}
