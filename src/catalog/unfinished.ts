import type {CatalogProblem} from './errors';

/** The marker `npm run new-pattern` leaves wherever the author still has work to do. */
export const TODO_MARKER = 'TODO';
const TODO = /\bTODO\b/;

/**
 * One problem per line of a page that still holds a TODO, front matter included. The build
 * accepts such a page, so an author can preview it with `npm start`; the content tests refuse
 * it, so it never ships.
 */
export function unfinishedProblems(file: string, source: string): CatalogProblem[] {
  const lines = source.split('\n');
  // The front matter is the block between the first line `---` and the next.
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines.flatMap((text, index) =>
    TODO.test(text)
      ? [
          {
            where: `${file}:${index + 1}`,
            field: index <= frontMatterEnd ? 'front matter' : 'body',
            problem: `the page is unfinished: "${text.trim().replace(/^[-*]\s*(\[ \]\s*)?/, '')}".`,
            fix: 'do what the TODO asks and delete the TODO (CONTRIBUTING.md lists what a finished page has).',
          },
        ]
      : [],
  );
}
