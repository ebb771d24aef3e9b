import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {PatternFrontMatter} from '@site/src/catalog/client/types';

/** The front matter of the pattern page being rendered (validated by the catalog plugin). */
export function useCurrentPattern(): PatternFrontMatter {
  return useDoc().frontMatter as unknown as PatternFrontMatter;
}
