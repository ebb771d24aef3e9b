import type {Category} from './types';

/** How each category is named and introduced on the index and in the sidebar. */
export const CATEGORY_INFO: Record<Category, {title: string; intro: string}> = {
  collect: {
    title: 'Collect',
    intro:
      'Getting data out of source systems and into Sesam datasets: reading APIs efficiently, keeping up with changes and deletions, and shaping what you collect so that it can be shared again.',
  },
  transform: {
    title: 'Transform',
    intro:
      'Working on the collected data inside Sesam, between the datasets that collect pipes fill and the ones share pipes read.',
  },
  share: {
    title: 'Share',
    intro:
      'Writing data from Sesam to target systems safely: inserts, updates and deletes that respect what the target already holds, without loops or duplicates.',
  },
};
