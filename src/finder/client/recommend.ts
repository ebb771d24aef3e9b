import type {Category} from '../../catalog/client/types';
import {QUESTIONS, type QuestionGroup} from './questions';
import {readRule, verdictOf, type Answers, type Rule} from './rules';

/** A pattern as the finder page gets it: where it is, where it sits, and its rules. */
export interface FinderPattern {
  label: string;
  title: string;
  path: string;
  categories: Category[];
  rules: {when: string; why: string}[];
}

export interface Recommendation {
  label: string;
  title: string;
  path: string;
  /** Where the finder lists it (see `placeOf`). */
  category: Category;
  /** The reasons of the rules that brought it in, in rule order. */
  reasons: string[];
}

export interface Recommendations {
  applies: Recommendation[];
  consider: Recommendation[];
  baseline: Recommendation[];
}

/** Rules read once per pattern list, so that a click only compares answers. */
export interface PreparedPattern extends Omit<FinderPattern, 'rules'> {
  rules: Rule[];
}

export const prepare = (patterns: readonly FinderPattern[]): PreparedPattern[] =>
  patterns.map(({rules, ...pattern}) => ({...pattern, rules: rules.map(({when, why}) => readRule(when, why))}));

/** The part of the flow each group of questions is about. */
const STAGE: Record<QuestionGroup, Category> = {source: 'collect', sesam: 'transform', target: 'share'};
const GROUP_OF = new Map(QUESTIONS.map((q) => [q.id, q.group]));

/**
 * Where a pattern of several categories is listed: the category its triggering rule is about
 * (an answer about the target puts a collect-and-share pattern under Share), else its first.
 */
function placeOf(categories: readonly Category[], rule: Rule | undefined): Category {
  if (rule && !rule.always) {
    for (const {question} of rule.conditions) {
      const stage = STAGE[GROUP_OF.get(question) ?? 'source'];
      if (categories.includes(stage)) return stage;
    }
  }
  return categories[0]!;
}

/**
 * What the answers bring in, in the patterns' (catalog) order: the patterns whose rules the
 * answers meet, those a "not sure" leaves open, and the baseline every integration follows.
 */
export function recommend(patterns: readonly PreparedPattern[], answers: Answers): Recommendations {
  const result: Recommendations = {applies: [], consider: [], baseline: []};
  for (const {rules, categories, ...pattern} of patterns) {
    const always = rules.filter((r) => r.always);
    if (always.length > 0) {
      result.baseline.push({...pattern, category: categories[0]!, reasons: always.map((r) => r.why)});
      continue;
    }
    const verdicts = rules.map((rule) => verdictOf(rule, answers));
    const met = (verdict: string) => rules.filter((_, i) => verdicts[i] === verdict);
    for (const [verdict, list] of [
      ['applies', result.applies],
      ['consider', result.consider],
    ] as const) {
      const rulesMet = met(verdict);
      if (rulesMet.length === 0) continue;
      list.push({...pattern, category: placeOf(categories, rulesMet[0]), reasons: rulesMet.map((r) => r.why)});
      break;
    }
  }
  return result;
}
