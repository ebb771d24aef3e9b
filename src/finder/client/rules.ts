import {ANSWERS, QUESTIONS, type Answer, type FirmAnswer} from './questions';

/**
 * The finder's logic, the same in the browser and at build time: reading the `when` of a
 * pattern's rules, deciding which rules the answers meet, and keeping the answers in the URL.
 */

export interface Condition {
  question: string;
  answer: FirmAnswer;
}

/** One `applies_when` entry, read: `always`, or the answers that must all hold. */
export type Rule = {always: true; why: string} | {always: false; conditions: Condition[]; why: string};

export type Answers = Readonly<Record<string, Answer>>;

/** `"since=yes, deletions=no"` as conditions; `always` as a baseline rule. */
export function readRule(when: string, why: string): Rule {
  if (when.trim() === 'always') return {always: true, why};
  const conditions = when.split(',').map((part) => {
    const [question, answer] = part.trim().split('=') as [string, FirmAnswer];
    return {question, answer};
  });
  return {always: false, conditions, why};
}

export type Verdict = 'applies' | 'consider' | 'no';

/**
 * A rule applies when every condition is answered as it says; it is worth considering when the
 * rest hold and the others are answered "not sure"; otherwise (unanswered included) it does not.
 */
export function verdictOf(rule: Rule, answers: Answers): Verdict {
  if (rule.always) return 'no';
  let unsure = false;
  for (const {question, answer} of rule.conditions) {
    const given = answers[question];
    if (given === 'unsure') unsure = true;
    else if (given !== answer) return 'no';
  }
  return unsure ? 'consider' : 'applies';
}

const QUESTION_IDS = new Set(QUESTIONS.map((q) => q.id));
const isAnswer = (value: string | null): value is Answer => (ANSWERS as readonly string[]).includes(value ?? '');

/** The answers a URL's query holds; unknown questions and answers are ignored. */
export function answersFromSearch(search: string): Record<string, Answer> {
  const params = new URLSearchParams(search);
  const answers: Record<string, Answer> = {};
  for (const [id, value] of params) if (QUESTION_IDS.has(id) && isAnswer(value)) answers[id] = value;
  return answers;
}

/** The query that holds the answers, in question order: `?since=yes&deletions=no`, or ''. */
export function searchOf(answers: Answers): string {
  const params = new URLSearchParams();
  for (const {id} of QUESTIONS) {
    const answer = answers[id];
    if (answer) params.set(id, answer);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
