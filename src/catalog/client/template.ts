/** The second-level headings every pattern page has, in this order. */
export const PAGE_SECTIONS = ['Problem', 'Solution', 'Example', 'Pitfalls and trade-offs'] as const;

/** Headings the site appends to every pattern page from the front matter and the link graph. */
export const GENERATED_SECTIONS = ['Reference', 'Related patterns', 'Patterns that link here'] as const;

/** The sub-heading of the Reference section that lists what the reference does not back. */
export const ASSUMPTIONS_HEADING = 'Assumptions';
