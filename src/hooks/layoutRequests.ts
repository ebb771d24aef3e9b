import {createContext, useContext, type ReactNode} from 'react';

/**
 * What a page asks of the layout that wraps it: a <main> landmark around its content when it
 * brings none of its own (our pages and the docs do; the offline search's page does not), and a
 * notice for browsers without JavaScript when the page cannot work without it.
 */
export interface LayoutRequests {
  needsMain: boolean;
  noScriptNotice?: ReactNode;
}

export const LayoutRequestsContext = createContext<LayoutRequests>({needsMain: false});

export function useLayoutRequests(): LayoutRequests {
  return useContext(LayoutRequestsContext);
}
