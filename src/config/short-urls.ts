import {PATTERNS_ROUTE} from '../catalog/client/types';

/** `/p/<label without -pattern>`: short enough to type into a chat from memory. */
export const SHORT_ROUTE = 'p';

/**
 * Other addresses that lead to a page (the catalog plugin writes a static redirect page for
 * each, so they work on any host and without JavaScript):
 * `/p/continuation` and `/continuation-pattern` for `/patterns/continuation-pattern`, and
 * `/patterns` for the index.
 */
export function shortUrlsFor(existingPath: string): string[] {
  if (existingPath === '/') return [`/${PATTERNS_ROUTE}`];
  const match = new RegExp(`^/${PATTERNS_ROUTE}/([a-z0-9-]+-pattern)$`).exec(existingPath);
  if (!match) return [];
  const label = match[1]!;
  return [`/${SHORT_ROUTE}/${label.replace(/-pattern$/, '')}`, `/${label}`];
}
