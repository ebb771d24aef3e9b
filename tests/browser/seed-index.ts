/**
 * The original index of data synchronization patterns, as the browser tests expect to see it:
 * each category's cards in the original order. Kept apart from the site's code on purpose, so
 * the tests check the site against the original rather than against itself.
 */
export const SEED_INDEX = {
  collect: [
    'authentication-schemes-pattern',
    'avoid-unnecessary-load-on-source-systems-pattern',
    'claims-pattern',
    'combine-all-and-event-pattern',
    'continuation-pattern',
    'datatype-naming-pattern',
    'datatypes-follow-the-api-pattern',
    'datatypes-with-list-of-linked-objects-pattern',
    'establish-origin-pattern',
    'handling-asymmetry-pattern',
    'keep-data-in-original-structure-pattern',
    'make-periodic-entities-from-a-versioned-history-pattern',
    'pagination-pattern',
    'parameterized-datatypes-pattern',
    'receive-webhook-events-pattern',
    'recreate-best-effort-history-from-a-source-pattern',
    'register-webhook-pattern',
    'source-only-deltas-pattern',
    'source-with-since-support-but-no-deletions-pattern',
    'source-with-parameterized-input-pattern',
    'sporadic-empty-response-pattern',
    'synthetic-properties-pattern',
    'two-step-collect-pattern',
    'use-templates-pattern',
    'verify-deletes-pattern',
    'webhook-deletion-tracking-pattern',
  ],
  transform: [
    'namespace-split-pattern',
  ],
  share: [
    'capture-response-with-transform-pattern',
    'delete-pattern',
    'duplicate-hops-block-pattern',
    'exposing-data-pattern',
    'external-reference-pattern',
    'handling-asymmetry-pattern',
    'insert-pattern',
    'optimistic-locking-pattern',
    'share-template-extension-points-pattern',
    'single-share-pattern',
    'update-pattern',
    'use-datatype-specific-operations-pattern',
    'use-templates-pattern',
  ],
} as const;
