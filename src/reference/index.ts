import pages from './pages.json';
import type {ReferenceItem, ReferenceLink} from '../catalog/client/types';

/**
 * The official Sesam documentation, as this catalog cites it: its pages (generated from a
 * datanav/docs checkout by scripts/reference/generate.ts, with the commit they were read at)
 * and their public addresses. Plain data: safe for the browser and for Node.
 */

export const REFERENCE_REPOSITORY = pages.repository;
export const REFERENCE_COMMIT = pages.commit;
const REFERENCE_SITE = 'https://docs.sesam.io';

const TITLES: Readonly<Record<string, string>> = pages.pages;

/** Every documented page's source path (`hub/…`, without `.rst`). */
export const referencePaths = (): string[] => Object.keys(TITLES);

/** The page's title, or undefined when the reference has no such page. */
export function referenceTitle(path: string): string | undefined {
  return Object.hasOwn(TITLES, path) ? TITLES[path] : undefined;
}

/** docs.sesam.io serves each `.rst` page at its source path with `.html`. */
export function referenceUrl(path: string): string {
  return `${REFERENCE_SITE}/${path}.html`;
}

/** Reference paths as links named after their pages (the catalog loader has checked that each exists). */
export function resolveReferences(references: readonly ReferenceLink[]): ReferenceItem[] {
  return references.map(({path, about}) => ({title: referenceTitle(path) ?? path, url: referenceUrl(path), about}));
}
