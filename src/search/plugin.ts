import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * The offline mode's search box and page (src/search/theme). Listed after
 * @easyops-cn/docusaurus-search-local, whose index and worker they use, so its components are
 * the ones replaced; with Algolia configured this theme is not installed at all.
 */
export default function searchUiTheme(): Plugin {
  return {
    name: 'sesam-search-ui',
    getThemePath: () => path.join(__dirname, 'theme'),
  };
}
