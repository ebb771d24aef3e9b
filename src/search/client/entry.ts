// Apart from results.ts, so that the box, which every page loads, does not bring the engine along.
import type {SearchEntry} from './results';

/** Where an entry leads: the section for a text hit, the top of the page for a name. */
export const entryTarget = (entry: SearchEntry): string => `${entry.path}${entry.hash}`;
