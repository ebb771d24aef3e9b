// Wraps (does not replace) the theme's MDX components to add the catalog's own, so that
// pattern pages can use them without imports.
import MDXComponents from '@theme-original/MDXComponents';
import PatternLink from '@site/src/components/PatternLink';
import RelatedPatterns from '@site/src/components/RelatedPatterns';
import PatternBacklinks from '@site/src/components/PatternBacklinks';
import PatternActions from '@site/src/components/PatternActions';
import DataflowDiagram from '@site/src/components/DataflowDiagram';

export default {
  ...MDXComponents,
  PatternLink,
  RelatedPatterns,
  PatternBacklinks,
  PatternActions,
  DataflowDiagram,
};
