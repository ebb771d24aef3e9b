import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {FINDER_ROUTE, type AppliesWhen} from '@site/src/catalog/client/types';
import {QUESTIONS} from '@site/src/finder/client/questions';
import {readRule, searchOf} from '@site/src/finder/client/rules';
import styles from './styles.module.css';

const textOf = (id: string) => QUESTIONS.find((q) => q.id === id)?.text ?? id;

/**
 * At the end of a pattern page: which finder answers lead to the pattern, each a link to the
 * finder with those answers filled in, so a reader can see what else the same answers bring.
 */
export default function FinderLink({rules}: {rules: AppliesWhen[]}): ReactNode {
  const read = rules.map(({when, why}) => readRule(when, why));
  if (read.some((rule) => rule.always)) {
    return (
      <p className={styles.finder} data-testid="finder-link">
        The <Link to={`/${FINDER_ROUTE}`}>pattern finder</Link> lists this pattern for every integration.
      </p>
    );
  }
  return (
    <p className={styles.finder} data-testid="finder-link">
      The <Link to={`/${FINDER_ROUTE}`}>pattern finder</Link> suggests it when you answer{' '}
      {read.map((rule, i) =>
        rule.always ? null : (
          <React.Fragment key={i}>
            {i > 0 && (i === read.length - 1 ? ', or ' : ', ')}
            <Link
              to={`/${FINDER_ROUTE}${searchOf(Object.fromEntries(rule.conditions.map((c) => [c.question, c.answer])))}`}>
              {rule.conditions.map((c) => `${c.answer} to “${textOf(c.question)}”`).join(' and ')}
            </Link>
          </React.Fragment>
        ),
      )}
      .
    </p>
  );
}
