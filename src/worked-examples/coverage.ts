import {functionNames, transformNames} from '../dtl';
import type {Catalog} from '../catalog/client/types';

/** What the page about worked examples shows: derived from the catalog and the evaluator. */
export interface WorkedExamplesCoverage {
  functions: string[];
  transforms: string[];
  pages: {title: string; path: string; pipes: string[]; worked: {pipe: string; samples: number}[]}[];
  conformance: {checked: number; functions: number; ambiguous: number; refused: number};
}

export function coverageOf(
  catalog: Catalog,
  conformance: WorkedExamplesCoverage['conformance'],
): WorkedExamplesCoverage {
  return {
    functions: functionNames(),
    transforms: transformNames(),
    pages: catalog.patterns
      .filter((p) => p.dtl.pipes.length > 0)
      .map(({title, path, dtl}) => ({title, path, pipes: dtl.pipes, worked: dtl.worked})),
    conformance,
  };
}
