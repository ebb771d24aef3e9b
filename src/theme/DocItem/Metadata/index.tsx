// Wraps the theme's doc metadata: a pattern's link preview uses its one-sentence summary and
// its own social card, where Docusaurus would take the first line of the page and no image.
// Tags rendered later replace earlier ones with the same name, so these win.
import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import Head from '@docusaurus/Head';
import {PageMetadata} from '@docusaurus/theme-common';
import {useCurrentPattern} from '@site/src/hooks/useCurrentPattern';
import {CARD_SIZE, SOCIAL_CARD_DIR} from '@site/src/catalog/client/types';

export default function MetadataWrapper(): ReactNode {
  const {label, summary} = useCurrentPattern();
  return (
    <>
      <Metadata />
      <PageMetadata description={summary} image={`/${SOCIAL_CARD_DIR}/${label}.png`} />
      <Head>
        <meta property="og:type" content="article" />
        <meta property="og:image:width" content={String(CARD_SIZE.width)} />
        <meta property="og:image:height" content={String(CARD_SIZE.height)} />
        <meta name="twitter:description" content={summary} />
      </Head>
    </>
  );
}
