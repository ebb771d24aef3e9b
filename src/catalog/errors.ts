/** One problem in the catalog's content, said in one line: where, what, and how to fix it. */
export interface CatalogProblem {
  /** The page file relative to the site (or a folder), optionally with `:line`. */
  where: string;
  /** The front matter field, or `body`. */
  field: string;
  problem: string;
  fix: string;
}

export function formatProblem({where, field, problem, fix}: CatalogProblem): string {
  return `${where}: ${field}: ${problem} Fix: ${fix}`;
}

/**
 * Thrown when the catalog's content is invalid. The message is one line per problem and
 * carries no stack trace, because the trace points into our loader, not at the content.
 */
export class CatalogError extends Error {
  declare readonly problems: CatalogProblem[];

  constructor(problems: CatalogProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    // Not enumerable, so that Docusaurus' error printout shows the lines and nothing else.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
    this.stack = this.message;
  }
}

CatalogError.prototype.name = 'CatalogError';
