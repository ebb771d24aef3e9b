// Wraps the search page. The offline search's page (@easyops-cn/docusaurus-search-local) puts
// its heading, box and results straight into the layout, outside any landmark, so assistive
// technology has no main content to jump to; it asks the layout (src/theme/Layout) for a
// <main>. Algolia's search page, used when Algolia is configured, has a <main> of its own
// (around its results), and a page has one main at most. Either search runs in the browser, so
// without JavaScript the page would be blank: it asks the layout for a notice that says so.
import React, {type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {LayoutRequestsContext} from '@site/src/hooks/layoutRequests';

const NO_SCRIPT_NOTICE = (
  <div className="container margin-vert--lg" data-testid="search-needs-javascript">
    <p>
      The search runs in your browser and needs JavaScript, which is off. The <Link to="/">catalog index</Link> lists
      every pattern by name with a one-line summary, and works without it.
    </p>
  </div>
);

export default function SearchPageWrapper(props: object): ReactNode {
  const {themeConfig} = useDocusaurusContext().siteConfig;
  return (
    <LayoutRequestsContext.Provider value={{needsMain: !('algolia' in themeConfig), noScriptNotice: NO_SCRIPT_NOTICE}}>
      <SearchPage {...props} />
    </LayoutRequestsContext.Provider>
  );
}
