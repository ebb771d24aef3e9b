// Adds the catalog's components to the theme's MDX components (the documented way to extend
// them). The theme's `code` and `pre` resolve to the two small components beside this file.
import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@site/src/components/CodeBlock';
import PatternLink from '@site/src/components/PatternLink';
import RelatedPatterns from '@site/src/components/RelatedPatterns';
import PatternBacklinks from '@site/src/components/PatternBacklinks';
import PatternActions from '@site/src/components/PatternActions';
import DataflowDiagram from '@site/src/components/DataflowDiagram';
import PatternFacts from '@site/src/components/PatternFacts';
import ReferenceChecked from '@site/src/components/ReferenceChecked';
import {AssumptionList, ReferenceList} from '@site/src/components/ReferenceList';
import {WorkedDataset, WorkedExample, WorkedSample} from '@site/src/components/WorkedExample';
import FinderLink from '@site/src/components/FinderLink';

export default {
  ...MDXComponents,
  CodeBlock,
  PatternLink,
  RelatedPatterns,
  PatternBacklinks,
  PatternActions,
  DataflowDiagram,
  PatternFacts,
  ReferenceChecked,
  ReferenceList,
  AssumptionList,
  WorkedExample,
  WorkedDataset,
  WorkedSample,
  FinderLink,
};
