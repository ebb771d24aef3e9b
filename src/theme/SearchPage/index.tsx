// Wraps the search page. The offline search's page (@easyops-cn/docusaurus-search-local) puts
// its heading, box and results straight into the layout, outside any landmark, so assistive
// technology has no main content to jump to; it asks the layout (src/theme/Layout) for a
// <main>. Algolia's search page, used when Algolia is configured, has a <main> of its own
// (around its results), and a page has one main at most.
import React, {type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {NeedsMainLandmark} from '@site/src/hooks/mainLandmark';

export default function SearchPageWrapper(props: object): ReactNode {
  const {themeConfig} = useDocusaurusContext().siteConfig;
  return (
    <NeedsMainLandmark.Provider value={!('algolia' in themeConfig)}>
      <SearchPage {...props} />
    </NeedsMainLandmark.Provider>
  );
}
