/**
 * Labels whose URLs (`/patterns/<label>`) have been published. Teams paste these links into
 * chats, tickets and pull requests, so each must keep a page forever: the build fails when one
 * has none. Add a label here when its page first ships; never remove one.
 *
 * The first 38 are the patterns of the original Sesam index of data synchronization patterns.
 */
export const PUBLISHED_LABELS: readonly string[] = [
  'authentication-schemes-pattern',
  'avoid-unnecessary-load-on-source-systems-pattern',
  'capture-response-with-transform-pattern',
  'claims-pattern',
  'combine-all-and-event-pattern',
  'continuation-pattern',
  'datatype-naming-pattern',
  'datatypes-follow-the-api-pattern',
  'datatypes-with-list-of-linked-objects-pattern',
  'delete-pattern',
  'duplicate-hops-block-pattern',
  'establish-origin-pattern',
  'exposing-data-pattern',
  'external-reference-pattern',
  'handling-asymmetry-pattern',
  'insert-pattern',
  'keep-data-in-original-structure-pattern',
  'make-periodic-entities-from-a-versioned-history-pattern',
  'namespace-split-pattern',
  'optimistic-locking-pattern',
  'pagination-pattern',
  'parameterized-datatypes-pattern',
  'receive-webhook-events-pattern',
  'recreate-best-effort-history-from-a-source-pattern',
  'register-webhook-pattern',
  'share-template-extension-points-pattern',
  'single-share-pattern',
  'source-only-deltas-pattern',
  'source-with-parameterized-input-pattern',
  'source-with-since-support-but-no-deletions-pattern',
  'sporadic-empty-response-pattern',
  'synthetic-properties-pattern',
  'two-step-collect-pattern',
  'update-pattern',
  'use-datatype-specific-operations-pattern',
  'use-templates-pattern',
  'verify-deletes-pattern',
  'webhook-deletion-tracking-pattern',
];
