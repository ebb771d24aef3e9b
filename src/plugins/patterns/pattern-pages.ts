import path from 'node:path';
import type {MarkdownConfig} from '@docusaurus/types';
import {readFrontMatter, readPattern, type PageReading} from '../../catalog/load';

type ParseFrontMatter = MarkdownConfig['parseFrontMatter'];

/**
 * The pattern pages as the docs plugin reads them. Docusaurus hands the text of every page it
 * loads to `markdown.parseFrontMatter`; this one also reads the page for the catalog, once per
 * text, so the catalog needs no read of its own. The MDX loader calls it again with the same
 * text when it compiles the page, and gets the remembered answer.
 */
export function patternPages(siteDir: string, docsDir: string, siteParser: ParseFrontMatter) {
  const absoluteDocsDir = path.resolve(siteDir, docsDir);
  const read = new Map<
    string,
    {source: string; frontMatter: Record<string, unknown>; body: string; reading: PageReading}
  >();
  const relative = (filePath: string) => path.relative(siteDir, filePath).split(path.sep).join('/');

  const parseFrontMatter: ParseFrontMatter = async (params) => {
    const {filePath, fileContent} = params;
    if (path.relative(absoluteDocsDir, filePath).startsWith('..')) return siteParser(params);
    let page = read.get(filePath);
    if (page?.source !== fileContent) {
      const file = relative(filePath);
      const split = readFrontMatter(file, fileContent);
      // A page whose front matter cannot be read still loads, so that the catalog can report
      // every page's problems at once instead of Docusaurus stopping at the first.
      const ok = !('problems' in split) && typeof split.data === 'object' && split.data !== null;
      page = {
        source: fileContent,
        frontMatter: ok ? (split.data as Record<string, unknown>) : {},
        body: 'body' in split ? split.body : fileContent,
        reading: {file, result: readPattern(file, fileContent)},
      };
      read.set(filePath, page);
    }
    return {frontMatter: page.frontMatter, content: page.body};
  };

  return {
    parseFrontMatter,
    /** What was read of the page at `filePath` (absolute), if Docusaurus loaded it. */
    reading: (filePath: string): PageReading | undefined => read.get(filePath)?.reading,
  };
}
