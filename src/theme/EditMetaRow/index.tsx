// Wraps the doc footer's edit row: a pattern page shows its last update under the title, next to
// the day it was checked against the reference (ReferenceChecked), so the footer keeps only the
// "Edit this page" link. Without an edit URL the row is empty, and no dead link is drawn.
import React, {type ReactNode} from 'react';
import EditMetaRow from '@theme-original/EditMetaRow';
import type EditMetaRowType from '@theme/EditMetaRow';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof EditMetaRowType>;

export default function EditMetaRowWrapper(props: Props): ReactNode {
  return <EditMetaRow {...props} lastUpdatedAt={undefined} lastUpdatedBy={undefined} />;
}
