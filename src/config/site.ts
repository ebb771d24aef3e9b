/** What the site calls itself, in the navbar, the footer, link previews and machine files. */
export const SITE = {
  title: 'Sesam Patterns',
  tagline: 'Data synchronization patterns for the Sesam integration platform',
  /** For pages that do not describe themselves (the index, search, 404). */
  description: 'A catalog of data synchronization patterns for the Sesam integration platform.',
} as const;
