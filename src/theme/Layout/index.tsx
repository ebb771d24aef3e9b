// Wraps the theme's layout: it adds a <main> landmark around the content of a page that asks
// for one (see src/theme/SearchPage). Every other page has its own <main>, and gets none more.
import React, {type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type {Props} from '@theme/Layout';
import {useNeedsMainLandmark} from '@site/src/hooks/mainLandmark';

export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const needsMain = useNeedsMainLandmark();
  return <Layout {...props}>{needsMain ? <main>{children}</main> : children}</Layout>;
}
