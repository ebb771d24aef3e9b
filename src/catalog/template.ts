/** The second-level headings every pattern page has, in this order. */
export const PAGE_SECTIONS = ['Problem', 'Solution', 'Example', 'Pitfalls and trade-offs'] as const;

/** Headings the site appends to every pattern page from the front matter and the link graph. */
export const GENERATED_SECTIONS = ['Related patterns', 'Patterns that link here'] as const;
