// The tabs of a creation object's page (/workspace/creation-objects/:id), in the order of the work: what the data
// say (indicators and flags), how data come in (imports, corrections, push API keys), and the half-year reports.
// Each feature adds its tab here; the page shows those whose `isVisible` holds for the person looking.
import type { ReactNode } from 'react';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';

export interface CreationObjectTabProps {
  object: CreationObjectSummary;
}

export interface CreationObjectTab {
  key: string;
  label: string;
  isVisible(object: CreationObjectSummary): boolean;
  render(props: CreationObjectTabProps): ReactNode;
}

export const CREATION_OBJECT_TABS: readonly CreationObjectTab[] = [];
