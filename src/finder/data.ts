import {CatalogError, type CatalogProblem} from '../catalog/errors';
import {nearest} from '../catalog/client/suggest';
import type {Catalog} from '../catalog/client/types';
import {QUESTIONS} from './client/questions';
import type {FinderPattern} from './client/recommend';
import {readRule} from './client/rules';

/**
 * The finder at build time: its data, derived from the pages' `applies_when`, and the checks
 * that keep the questions and the pages in step.
 */

export const QUESTIONS_FILE = 'src/finder/client/questions.ts';

/** What the finder page loads: every pattern with its rules, in catalog order. */
export interface FinderData {
  patterns: FinderPattern[];
}

export function finderDataOf(catalog: Catalog): FinderData {
  return {
    patterns: catalog.patterns.map(({label, title, path, categories, appliesWhen}) => ({
      label,
      title,
      path,
      categories,
      rules: appliesWhen,
    })),
  };
}

/**
 * Every rule names known questions, each once; `always` stands alone; every pattern is reached
 * by some answer or is baseline; every question brings in some pattern.
 */
export function finderProblems(catalog: Catalog): CatalogProblem[] {
  const ids = QUESTIONS.map((q) => q.id);
  const used = new Set<string>();
  const problems: CatalogProblem[] = [];
  for (const pattern of catalog.patterns) {
    const where = pattern.file;
    if (pattern.appliesWhen.length === 0) {
      problems.push({
        where,
        field: 'applies_when',
        problem: 'no finder answer leads to the pattern.',
        fix: 'add `applies_when` with the answers that make the pattern apply (`- when: deletions=no`, with `why:`), or `when: always` for one every integration follows.',
      });
      continue;
    }
    const rules = pattern.appliesWhen.map(({when, why}) => readRule(when, why));
    if (rules.some((r) => r.always) && rules.length > 1) {
      problems.push({
        where,
        field: 'applies_when',
        problem: '`always` is listed with other rules.',
        fix: 'keep `when: always` alone for a pattern every integration follows, or remove it.',
      });
    }
    rules.forEach((rule, i) => {
      if (rule.always) return;
      const seen = new Set<string>();
      for (const {question} of rule.conditions) {
        const field = `applies_when[${i}].when`;
        if (!ids.includes(question)) {
          const meant = nearest(question, ids, Math.max(2, Math.floor(question.length / 3)));
          problems.push({
            where,
            field,
            problem: `"${question}" is not a finder question.`,
            fix: meant ? `did you mean "${meant}"?` : `use a question id from ${QUESTIONS_FILE}.`,
          });
        } else if (seen.has(question)) {
          problems.push({where, field, problem: `names "${question}" twice.`, fix: 'name each question once.'});
        }
        seen.add(question);
        used.add(question);
      }
    });
  }
  for (const id of ids.filter((q) => !used.has(q))) {
    problems.push({
      where: QUESTIONS_FILE,
      field: 'questions',
      problem: `"${id}" leads to no pattern.`,
      fix: 'name it in the `applies_when` of the patterns it should bring in, or remove the question.',
    });
  }
  return problems;
}

/** Throws the problems, one line each, like the catalog does. */
export function checkFinder(catalog: Catalog): void {
  const problems = finderProblems(catalog);
  if (problems.length > 0) throw new CatalogError(problems);
}
