/**
 * The finder's questions about an integration, in the order the page asks them. Each id is
 * the URL parameter that holds its answer (`/finder?since=yes&deletions=no`): a published
 * finder link depends on it, so an id never changes once shipped. Patterns name the answers
 * that make them apply in their `applies_when` front matter (`when: deletions=no`).
 */

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];
/** What a rule can name: a firm answer (`unsure` brings in both sides as things to consider). */
export type FirmAnswer = Exclude<Answer, 'unsure'>;

export const QUESTION_GROUPS = [
  {id: 'source', title: 'The source system', intro: 'Reading from the system Sesam collects from.'},
  {id: 'sesam', title: 'Inside Sesam', intro: 'How the data meets other data in the node.'},
  {id: 'target', title: 'The target system', intro: 'Writing to the system Sesam shares to.'},
] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number]['id'];

export interface Question {
  id: string;
  group: QuestionGroup;
  /** A yes/no question, as the page asks it. */
  text: string;
  /** One line that helps answer it. */
  hint: string;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'since',
    group: 'source',
    text: 'Can the API return only the records that changed since a point you give it?',
    hint: 'A "modified since" timestamp, a change token or a cursor the next call sends back.',
  },
  {
    id: 'deletions',
    group: 'source',
    text: 'Does the API tell you when a record has been deleted?',
    hint: 'A deleted flag, a list of removed ids, or delete events.',
  },
  {
    id: 'paging',
    group: 'source',
    text: 'Do its lists come back one page at a time?',
    hint: 'A page number, an offset, or a link or token to the next page.',
  },
  {
    id: 'details',
    group: 'source',
    text: 'Do its lists hold only ids or summaries, with the full record behind one call per record?',
    hint: 'For example an order that lists the ids of its lines, each line fetched on its own.',
  },
  {
    id: 'per-input',
    group: 'source',
    text: 'Does it answer only for one input value at a time, such as an id, a date or a code?',
    hint: 'There is no endpoint that lists everything; you must ask once per value.',
  },
  {
    id: 'stream-only',
    group: 'source',
    text: 'Does it only offer a stream of changes that cannot be read again from the start?',
    hint: 'A message queue or change feed with no full list behind it.',
  },
  {
    id: 'webhooks',
    group: 'source',
    text: 'Can it push changes to Sesam as webhook calls?',
    hint: 'The system sends an HTTP request to a URL you give it when something changes.',
  },
  {
    id: 'webhook-api',
    group: 'source',
    text: 'Are its webhooks set up through its own API, rather than by hand in its settings?',
    hint: 'You create, list and delete subscriptions with API calls.',
  },
  {
    id: 'oauth',
    group: 'source',
    text: 'Does it log in with OAuth2 or short-lived tokens rather than a fixed key?',
    hint: 'Client credentials, refresh tokens or a vendor login that issues tokens.',
  },
  {
    id: 'unreliable-lists',
    group: 'source',
    text: 'Can it now and then answer with an empty or cut-short list by mistake?',
    hint: 'A timeout, a maintenance window or a bug that returns too few records.',
  },
  {
    id: 'history',
    group: 'source',
    text: 'Do you need the history of its records, not just their current state?',
    hint: 'Values over time, periods, or versions the source itself does not keep.',
  },
  {
    id: 'several-sources',
    group: 'sesam',
    text: 'Do several systems hold the same things, so their records must be merged into one?',
    hint: 'The same customer in the CRM and the ERP, for example.',
  },
  {
    id: 'competing-values',
    group: 'sesam',
    text: 'Do several systems feed the same property, so one value must win?',
    hint: 'Both the CRM and the ERP hold the phone number, and either may change it.',
  },
  {
    id: 'writes',
    group: 'target',
    text: 'Does Sesam create, update or delete records in the target system?',
    hint: 'Rather than only reading from it, or only publishing data for others.',
  },
  {
    id: 'target-edits',
    group: 'target',
    text: 'Do people or other systems change the same records in the target while Sesam writes to it?',
    hint: 'Users edit customers in the CRM that Sesam also updates.',
  },
  {
    id: 'consumers',
    group: 'target',
    text: 'Do other teams or systems fetch data from Sesam, rather than Sesam pushing it to them?',
    hint: 'An HTTP endpoint, a feed or a file other parties read.',
  },
];
