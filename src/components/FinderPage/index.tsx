import React, {useMemo, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import {QUESTION_GROUPS, QUESTIONS, type Answer} from '@site/src/finder/client/questions';
import {answersFromSearch, searchOf} from '@site/src/finder/client/rules';
import {prepare, recommend, type FinderPattern} from '@site/src/finder/client/recommend';
import {checklistOf, sectionsOf} from '@site/src/finder/client/checklist';
import {FINDER_ROUTE} from '@site/src/catalog/client/types';
import {useClipboard} from '@site/src/hooks/useClipboard';
import LinkSeries from '@site/src/components/LinkSeries';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

const TITLE = 'Pattern finder';
const DESCRIPTION =
  'Describe the systems you integrate with Sesam in a few answers, and get the data synchronization patterns that apply, each with its reason, as a checklist.';

const ANSWER_LABEL: Record<Answer, string> = {yes: 'Yes', no: 'No', unsure: 'Not sure'};

const ANNOUNCEMENT = {
  link: 'Link to these answers copied to the clipboard.',
  markdown: 'Checklist copied to the clipboard as Markdown.',
  failed: 'Could not copy: the browser refused access to the clipboard.',
} as const;

/** Without JavaScript: each question with the patterns each answer brings in. */
function DecisionTable({patterns}: {patterns: readonly FinderPattern[]}): ReactNode {
  const bringsIn = (id: string, answer: 'yes' | 'no') =>
    patterns.filter((p) => p.rules.some(({when}) => when.split(',').some((part) => part.trim() === `${id}=${answer}`)));
  const baseline = patterns.filter((p) => p.rules.some(({when}) => when === 'always'));
  return (
    <div data-testid="finder-table">
      <p>
        The finder needs JavaScript to combine your answers. Here is what each answer brings in on its own; a pattern
        marked with more than one answer needs all of them.
      </p>
      {QUESTION_GROUPS.map((group) => (
        <section key={group.id}>
          <Heading as="h2">{group.title}</Heading>
          {/* Lists, not a <dl>: the minified HTML drops optional end tags, and the link checker's
              parser loses its way in a definition list without them. */}
          <ul className={styles.table}>
            {QUESTIONS.filter((q) => q.group === group.id).map((q) => (
              <li key={q.id}>
                <span className={styles.tableQuestion}>{q.text}</span>
                <ul>
                  {(['yes', 'no'] as const).map((answer) => {
                    const list = bringsIn(q.id, answer);
                    return list.length === 0 ? null : (
                      <li key={answer}>
                        <strong>{ANSWER_LABEL[answer]}:</strong> <LinkSeries items={list} />
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Heading as="h2">For every integration</Heading>
      <ul>
        {baseline.map((p) => (
          <li key={p.label}>
            <Link to={p.path}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The pattern finder. The answers live in the URL (`?since=yes&deletions=no`), so a link
 * reproduces the result and the back button undoes an answer; the result is recomputed from
 * them on every render, which takes well under a millisecond.
 */
export default function FinderPage({finder}: {finder: {patterns: FinderPattern[]}}): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const {siteConfig} = useDocusaurusContext();
  const finderPath = useBaseUrl(`/${FINDER_ROUTE}`);
  const base = useBaseUrl('/');
  const {copied, copy} = useClipboard<'link' | 'markdown'>();

  // Hydrate the page the server drew (no answers), then read the answers in the address.
  const search = isBrowser ? location.search : '';
  const prepared = useMemo(() => prepare(finder.patterns), [finder.patterns]);
  const answers = useMemo(() => answersFromSearch(search), [search]);
  const sections = useMemo(() => sectionsOf(recommend(prepared, answers)), [prepared, answers]);

  const answered = Object.keys(answers).length;
  const applies = sections
    .filter((s) => !['consider', 'baseline'].includes(s.id))
    .reduce((n, s) => n + s.items.length, 0);
  const consider = sections.find((s) => s.id === 'consider')?.items.length ?? 0;
  const summary =
    `${applies} ${applies === 1 ? 'pattern applies' : 'patterns apply'}` +
    (consider > 0 ? `, ${consider} to consider` : '') +
    `, from ${answered} ${answered === 1 ? 'answer' : 'answers'}.`;
  const absolute = (path: string) =>
    new URL(path.startsWith(base) ? path : `${base}${path.replace(/^\//, '')}`, siteConfig.url).href;
  const link = new URL(`${finderPath}${searchOf(answers)}`, siteConfig.url).href;

  const answer = (id: string, value: Answer | undefined) => {
    const next = {...answers};
    if (value) next[id] = value;
    else delete next[id];
    history.replace({search: searchOf(next)});
  };

  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{TITLE}</Heading>
        <p className={styles.lead}>
          Answer what you know about the integration; leave the rest. The patterns that apply appear as you go, each
          with the reason, and the address of this page keeps your answers, so you can send it to your team.
        </p>
        {/* The form is in the server's HTML too, so taking the page over is a hydration, not a
            swap of some 400 elements. Without JavaScript the table shows, and the form hides (CSS). */}
        <noscript>
          <DecisionTable patterns={finder.patterns} />
        </noscript>
        <div className={styles.layout}>
          <form className={styles.questions} onSubmit={(event) => event.preventDefault()}>
            {QUESTION_GROUPS.map((group) => (
              <fieldset key={group.id} className={styles.group}>
                <legend className={styles.groupLegend}>{group.title}</legend>
                <p className={styles.groupIntro}>{group.intro}</p>
                {QUESTIONS.filter((q) => q.group === group.id).map((q) => (
                  <fieldset key={q.id} className={styles.question} data-question={q.id}>
                    <legend>{q.text}</legend>
                    <p className={styles.hint} id={`hint-${q.id}`}>
                      {q.hint}
                    </p>
                    <div className={styles.choices} role="radiogroup" aria-describedby={`hint-${q.id}`}>
                      {(['yes', 'no', 'unsure'] as const).map((value) => (
                        <label key={value} className={styles.choice}>
                          <input
                            type="radio"
                            name={q.id}
                            value={value}
                            checked={answers[q.id] === value}
                            onChange={() => answer(q.id, value)}
                          />
                          {ANSWER_LABEL[value]}
                        </label>
                      ))}
                      {answers[q.id] && (
                        <button type="button" className={styles.clear} onClick={() => answer(q.id, undefined)}>
                          Clear<span className="visually-hidden"> the answer to: {q.text}</span>
                        </button>
                      )}
                    </div>
                  </fieldset>
                ))}
              </fieldset>
            ))}
            {/* On a phone the result is below all the questions: this bar keeps its count in view. */}
            {answered > 0 && (
              <div className={styles.jump}>
                <span>{summary}</span>
                <Link to="#finder-results">See them</Link>
              </div>
            )}
          </form>
          <section className={styles.results} aria-labelledby="finder-results">
            <Heading as="h2" id="finder-results">
              Patterns for this integration
            </Heading>
            <p role="status" aria-live="polite" data-testid="finder-count">
              {answered === 0 ? 'Answer a question to see the patterns it brings in.' : summary}
            </p>
            <div className={styles.actions}>
              <CopyButton kind="link" label="Copy link" copied={copied} onClick={() => copy('link', link)} />
              <CopyButton
                kind="markdown"
                label="Copy as Markdown checklist"
                copied={copied}
                onClick={() => copy('markdown', checklistOf(sections, absolute, link))}
              />
              {answered > 0 && (
                <button
                  type="button"
                  className="button button--sm button--link"
                  onClick={() => history.replace({search: ''})}>
                  Start over
                </button>
              )}
              <span role="status" aria-live="polite" className="visually-hidden">
                {copied ? ANNOUNCEMENT[copied] : ''}
              </span>
            </div>
            {sections.map((section) => (
              <div key={section.id} data-section={section.id}>
                <Heading as="h3" className={styles.sectionTitle}>
                  {section.title}
                </Heading>
                <ul className={styles.list}>
                  {section.items.map((item) => (
                    <li key={item.label} data-label={item.label}>
                      <Link to={item.path}>{item.title}</Link>
                      <span className={styles.reason}>{item.reasons.join(' ')}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </div>
      </main>
    </Layout>
  );
}
