import React, {Children, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {WORKED_EXAMPLES_ROUTE} from '@site/src/catalog/client/types';
import styles from './styles.module.css';

/**
 * The worked example under a pattern's configuration: sample entities and what the example's
 * DTL makes of them, computed at build time (remark-worked-example). Plain markup: nothing here
 * runs in the browser but React's hydration.
 */
export function WorkedExample({
  pipe,
  transform,
  children,
}: {
  pipe: string;
  /** Which of the pipe's DTL transforms ran ("second"), when it has several. */
  transform?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className={styles.example}>
      <p className={styles.note}>
        Each sample below went through the {transform ? `${transform} DTL transform` : 'DTL'} of the <code>{pipe}</code>{' '}
        pipe when this page was built; the output is what it produced.{' '}
        <Link to={`/${WORKED_EXAMPLES_ROUTE}`}>How the outputs are computed</Link>
      </p>
      {children}
    </div>
  );
}

/** Entities of a dataset the rules hop to, shown before the samples that need them. */
export function WorkedDataset({dataset, children}: {dataset: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.dataset}>
      <p className={styles.label}>
        In the <code>{dataset}</code> dataset
      </p>
      <div className={styles.entities}>{children}</div>
    </div>
  );
}

type Verdict = 'kept' | 'filtered' | 'dropped' | 'tripped';

const OUT_LABEL: Record<Verdict, string> = {
  kept: 'Out',
  filtered: 'Out, marked filtered',
  dropped: 'Out: no target entity',
  tripped: 'Out: the pump stops',
};

/** One sample: its caption, the input entity, and what came out (children: input, then outputs). */
export function WorkedSample({
  caption,
  verdict,
  step,
  message,
  children,
}: {
  caption: string;
  verdict: Verdict;
  step?: string;
  message?: string;
  children: ReactNode;
}): ReactNode {
  const [input, ...outputs] = Children.toArray(children);
  return (
    <figure className={styles.sample} data-verdict={verdict}>
      <figcaption className={styles.caption}>{caption}</figcaption>
      <div className={styles.pair}>
        <div className={styles.side}>
          <p className={styles.label}>In</p>
          {input}
        </div>
        <div className={styles.side}>
          <p className={styles.label}>
            {OUT_LABEL[verdict]}
            {outputs.length > 1 && verdict !== 'dropped' && ` (${outputs.length} entities)`}
          </p>
          {verdict === 'dropped' && (
            <p className={styles.verdict}>
              Dropped by <code>{step}</code>: the rule stops and the target entity is not emitted
              {outputs.length > 0 ? '. The entities made by create before that still come out:' : '.'}
            </p>
          )}
          {verdict === 'filtered' && (
            <p className={styles.verdict}>
              Stopped by <code>{step}</code>; before a dataset sink the entity goes on with <code>_filtered</code> set,
              so the sink deletes an earlier version.
            </p>
          )}
          {verdict === 'tripped' && (
            <p className={styles.verdict}>
              <code>trip!</code> stops the pump and trips the sink&apos;s circuit breaker: “{message}”
            </p>
          )}
          {outputs}
        </div>
      </div>
    </figure>
  );
}
