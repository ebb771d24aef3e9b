// Wraps the theme's layout: it adds a <main> landmark around the content of a page that asks
// for one, and a page's notice for browsers without JavaScript (see src/theme/SearchPage).
// Every other page has its own <main>, and gets none more.
import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type {Props} from '@theme/Layout';
import {useLayoutRequests} from '@site/src/hooks/layoutRequests';

export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const {needsMain, noScriptNotice} = useLayoutRequests();
  const notice = noScriptNotice && <noscript>{noScriptNotice}</noscript>;
  return (
    <Layout {...props}>
      {needsMain ? (
        <main>
          {notice}
          {children}
        </main>
      ) : (
        <>
          {notice}
          {children}
        </>
      )}
    </Layout>
  );
}
