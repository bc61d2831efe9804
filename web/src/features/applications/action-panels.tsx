// The extension point of the shared detail page: each feature appends a panel for the roles that act on an
// application (the applicant here; city and province review, notices elsewhere). The page renders the panels
// whose roles include the viewer's, in this order. `reload` fetches the application again after an action.
import type { ReactNode } from 'react';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import type { Role } from '../../../../src/domain/shared/roles';
import { ApplicantActions } from './applicant-actions';
import { CityReviewPanel } from '../city-review/city-review-panel';
import { ProvinceReviewPanel } from '../province-review/province-review-panel';

export interface ActionPanel {
  key: string;
  roles: readonly Role[];
  render: (application: ApplicationDetail, reload: () => void) => ReactNode;
}

export const ACTION_PANELS: ActionPanel[] = [
  { key: 'applicant', roles: ['applicant'], render: (application, reload) => <ApplicantActions application={application} reload={reload} /> },
  // F3 items 3–4 (Art. 7(1)(2)): the city's initial review and the province's formal check and rejection.
  { key: 'city-review', roles: ['city'], render: (application, reload) => <CityReviewPanel application={application} reload={reload} /> },
  { key: 'province-review', roles: ['province'], render: (application, reload) => <ProvinceReviewPanel application={application} reload={reload} /> },
];
