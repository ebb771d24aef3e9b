// Replaces (does not wrap) the theme's MDX components. Wrapping would keep the theme's
// `code`/`pre`, whose CodeBlock brings Prism into every page to highlight on load; pattern
// pages get their code highlighted at build time (remark-highlight-code) instead. The rest
// is the theme's own list, less Mermaid (not used), plus the catalog's components.
import React, {type ComponentProps} from 'react';
import Head from '@docusaurus/Head';
import MDXA from '@theme/MDXComponents/A';
import MDXDetails from '@theme/MDXComponents/Details';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXUl from '@theme/MDXComponents/Ul';
import MDXLi from '@theme/MDXComponents/Li';
import MDXImg from '@theme/MDXComponents/Img';
import Admonition from '@theme/Admonition';
import CodeBlock from '@site/src/components/CodeBlock';
import PatternLink from '@site/src/components/PatternLink';
import RelatedPatterns from '@site/src/components/RelatedPatterns';
import PatternBacklinks from '@site/src/components/PatternBacklinks';
import PatternActions from '@site/src/components/PatternActions';
import DataflowDiagram from '@site/src/components/DataflowDiagram';
import ReferenceChecked from '@site/src/components/ReferenceChecked';
import {AssumptionList, ReferenceList} from '@site/src/components/ReferenceList';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;

export default {
  Head,
  details: MDXDetails,
  Details: MDXDetails,
  a: MDXA,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: (props: HeadingProps) => <MDXHeading as="h1" {...props} />,
  h2: (props: HeadingProps) => <MDXHeading as="h2" {...props} />,
  h3: (props: HeadingProps) => <MDXHeading as="h3" {...props} />,
  h4: (props: HeadingProps) => <MDXHeading as="h4" {...props} />,
  h5: (props: HeadingProps) => <MDXHeading as="h5" {...props} />,
  h6: (props: HeadingProps) => <MDXHeading as="h6" {...props} />,
  admonition: Admonition,
  CodeBlock,
  PatternLink,
  RelatedPatterns,
  PatternBacklinks,
  PatternActions,
  DataflowDiagram,
  ReferenceChecked,
  ReferenceList,
  AssumptionList,
};
