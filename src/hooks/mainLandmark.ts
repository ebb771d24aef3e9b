import {createContext, useContext} from 'react';

/**
 * Whether the layout must put the page's content in a <main> landmark because the page brings
 * none of its own. Our pages and the docs do; the offline search's page does not.
 */
export const NeedsMainLandmark = createContext(false);

export function useNeedsMainLandmark(): boolean {
  return useContext(NeedsMainLandmark);
}
