import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {WorkedExamplesCoverage} from '@site/src/worked-examples/coverage';
import styles from './styles.module.css';

const TITLE = 'How the worked examples are computed';
const DESCRIPTION =
  "Each pattern page with DTL runs its example's rules on sample entities when the site is built. What the evaluator covers, and what it assumes.";

const REFERENCE = 'https://docs.sesam.io/hub/dtl';

function Names({names}: {names: string[]}): ReactNode {
  return (
    <ul className={styles.names}>
      {names.map((name) => (
        <li key={name}>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  );
}

/**
 * The page the worked examples link to: how their outputs come about, which DTL the evaluator
 * covers, how it was checked against the reference, and where the reference left it to choose.
 */
export default function WorkedExamplesPage({coverage}: {coverage: WorkedExamplesCoverage}): ReactNode {
  const {functions, transforms, pages, conformance} = coverage;
  const samples = pages.reduce((n, p) => n + p.worked.reduce((m, w) => m + w.samples, 0), 0);
  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <article className={styles.article}>
          <Heading as="h1">{TITLE}</Heading>
          <p className={styles.lead}>
            The worked examples on the pattern pages are not written by hand. When the site is built, each sample entity
            goes through the DTL of the page&apos;s example, and the page shows what came out. The author states the
            expected output next to each sample; if the DTL produces anything else, the build fails and the page is not
            published.
          </p>

          <Heading as="h2" id="how">
            How a sample is run
          </Heading>
          <ol>
            <li>
              The sample&apos;s <code>input</code> becomes the source entity <code>_S</code> of the first{' '}
              <code>dtl</code> transform of the named pipe, and its <code>default</code> rule runs with an empty target
              entity <code>_T</code>.
            </li>
            <li>
              Entities made by <code>create</code> come out first, then the target entity, which must have a string{' '}
              <code>_id</code>.
            </li>
            <li>
              When <code>discard</code> stops the rule, nothing more comes out. When <code>filter</code> stops it and
              the pipe writes to a dataset sink, the entity goes on with <code>_filtered</code> set to <code>true</code>
              ; before any other sink it is dropped like a discard.
            </li>
            <li>
              Where the rules use <code>hops</code>, the sample lists the entities of the datasets they join; deleted
              entities in those datasets are never joined.
            </li>
            <li>
              Only the DTL transform runs. Transforms after it (a REST transform, for example) and the sink are
              described in the page&apos;s text, not computed.
            </li>
          </ol>
          <p>
            The evaluator is a small TypeScript program written for this site from the{' '}
            <Link href={REFERENCE}>DTL reference</Link>. It needs no Sesam node and runs only at build time: a pattern
            page loads none of its code.
          </p>

          <Heading as="h2" id="checked">
            How the evaluator was checked
          </Heading>
          <p>
            The reference states a result for many of its own examples. The evaluator&apos;s test suite runs{' '}
            {conformance.checked} of them, for {conformance.functions} functions and transforms, and every one must give
            the documented result. Left out of that count: {conformance.ambiguous} where the reference is unclear (a
            typo in the expression, or a stated result that contradicts the description), and {conformance.refused} that
            use parts of <code>hops</code> the evaluator does not cover (recursion, chained specifications, subsets);
            for those, the suite checks that the evaluator refuses them instead of guessing. The test data names every
            example by page and line.
          </p>

          <Heading as="h2" id="covered">
            What it covers
          </Heading>
          <p>Transforms (the steps of a rule), {transforms.length}:</p>
          <Names names={transforms} />
          <p>Functions, {functions.length}:</p>
          <Names names={functions} />
          <p>
            A page whose DTL uses anything else fails the build with the function&apos;s name and line, so no example is
            ever shown half computed.
          </p>

          <Heading as="h2" id="assumptions">
            Where the reference leaves a choice
          </Heading>
          <ul>
            <li>
              Namespaced identifiers are off unless the pipe turns them on, which is the default when the service does
              not. With them on, both namespaces are the pipe&apos;s id unless it names them;{' '}
              <code>add_namespaces</code> prefixes <code>_id</code> and each property, but leaves names that start with{' '}
              <code>_</code> or <code>$</code>, or already have a namespace, as they are; and adding a <code>_</code> or{' '}
              <code>$</code> property fails, because the reference does not say how it is named. <code>_S.$ids</code>,
              when the entity has none, is its <code>_id</code> as a namespaced identifier.
            </li>
            <li>
              The reference does not say which properties the entity that <code>filter</code> sends on carries. The
              worked examples show its <code>_id</code> and <code>_filtered</code> only.
            </li>
            <li>
              <code>apply</code> on a list returns the list of targets its rule made, leaving out the values it
              discarded or filtered; on a single value it returns that value&apos;s target, as the reference&apos;s
              tutorial relies on when it builds a dict with <code>apply</code> on <code>_S.</code>.
            </li>
            <li>
              <code>hops</code> returns each matching entity once, in <code>_id</code> order, and supports one
              specification with <code>datasets</code>, <code>where</code> and <code>return</code>.
            </li>
            <li>
              Numbers are compared as numbers: the evaluator does not tell integers from decimals. Samples carry no
              internal properties such as <code>_ts</code>, <code>_updated</code> or <code>_hash</code>, and{' '}
              <code>copy</code> copies every property the sample has.
            </li>
            <li>
              Rules inside a template&apos;s properties are not run: the template decides where they apply, and the
              reference does not describe its expansion.
            </li>
          </ul>

          <Heading as="h2" id="pages">
            Pages with worked examples
          </Heading>
          <p>
            {pages.length} pages have DTL in their example; together they show {samples} samples.
          </p>
          <ul className={styles.pages}>
            {pages.map(({title, path, pipes, worked}) => (
              <li key={path}>
                <Link to={worked.length > 0 ? `${path}#worked-example` : path}>{title}</Link>:{' '}
                {worked.reduce((n, w) => n + w.samples, 0)} samples, for{' '}
                {pipes.map((pipe, k) => (
                  <React.Fragment key={pipe}>
                    {k > 0 && ', '}
                    <code>{pipe}</code>
                  </React.Fragment>
                ))}
              </li>
            ))}
          </ul>
        </article>
      </main>
    </Layout>
  );
}
