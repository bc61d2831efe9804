// The tabs of a creation object's page (/workspace/creation-objects/:id), in the order of the work: what the data
// say (indicators and flags), how data come in (imports, corrections, push API keys), and the half-year reports.
// Each feature adds its tab here; the page shows those whose `isVisible` holds for the person looking.
import type { ReactNode } from 'react';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import { DataFlagsTab } from './data-flags-tab';
import { IndicatorDashboardTab } from './indicator-dashboard-tab';
import { DataImportsTab } from '../data-imports/data-imports-tab';
import { DataCorrectionsTab } from '../data-corrections/data-corrections-tab';
import { ApiKeysTab } from '../api-keys/api-keys-tab';
import { ProgressReportsTab } from '../progress-reports/progress-reports-tab';
import { AcceptanceTab } from '../acceptance/acceptance-tab';
import { IntegrityTab } from '../integrity/integrity-tab';
import { ChangeReportsTab } from '../change-reports/change-reports-tab';
import { ReReviewTab } from '../re-review/re-review-tab';
import { ObligationsTab } from '../obligations/obligations-tab';

export interface CreationObjectTabProps {
  object: CreationObjectSummary;
  /** A tab whose act changes the object (its state) calls this, so the page's header shows the new state. */
  onChanged?: () => void;
}

export interface CreationObjectTab {
  key: string;
  label: string;
  isVisible(object: CreationObjectSummary): boolean;
  render(props: CreationObjectTabProps): ReactNode;
}

export const CREATION_OBJECT_TABS: readonly CreationObjectTab[] = [
  // F4 item 3: every indicator per year and over the whole period against both standards, with drill-downs.
  { key: 'indicators', label: '指标看板', isVisible: () => true, render: ({ object }) => <IndicatorDashboardTab object={object} /> },
  // F4 item 4 (Art. 12): data-quality hints for the reviewers.
  { key: 'flags', label: '数据质量提示', isVisible: () => true, render: ({ object }) => <DataFlagsTab object={object} /> },
  // F4 item 2(a): Excel/CSV templates and uploads; everyone who sees the object sees the templates and the history.
  { key: 'data-imports', label: '数据导入', isVisible: () => true, render: ({ object }) => <DataImportsTab object={object} /> },
  // F4 item 2(c): single rows added or corrected in forms, service records voided (the operator; others read).
  { key: 'data-corrections', label: '数据维护', isVisible: () => true, render: ({ object }) => <DataCorrectionsTab object={object} /> },
  // F4 item 2(b): push API keys (the operator manages them; the others see which exist) and the push API guide.
  { key: 'api-keys', label: '数据接口', isVisible: () => true, render: ({ object }) => <ApiKeysTab object={object} /> },
  // F4 item 5: half-year progress reports and the city's comments.
  { key: 'progress-reports', label: '进展报告', isVisible: () => true, render: ({ object }) => <ProgressReportsTab object={object} /> },
  // F5 item 1 (Art. 7(3)): the acceptance submission, the review and its outcome.
  { key: 'acceptance', label: '评估验收', isVisible: () => true, render: (props) => <AcceptanceTab {...props} /> },
  // F5 item 6 (Art. 14): government service activities and sharing activities, shown in every re-review.
  { key: 'obligations', label: '义务履行', isVisible: () => true, render: (props) => <ObligationsTab {...props} /> },
  // F5 item 3 (Art. 10): the biennial re-review — the operator's report, the city's assessment, the province's decision.
  { key: 're-review', label: '复核', isVisible: () => true, render: (props) => <ReReviewTab {...props} /> },
  // F5 item 4 (Art. 11): rename, merger or reorganisation reported within 3 months; the city proposes, the province decides.
  { key: 'change-reports', label: '重大变化', isVisible: () => true, render: (props) => <ChangeReportsTab {...props} /> },
  // F5 item 5 (Art. 12): serious-dishonesty listings and verified fraud, recorded by the province, with published reasons.
  { key: 'integrity', label: '失信与撤销', isVisible: () => true, render: (props) => <IntegrityTab {...props} /> },
];
