// The province's panel on the shared application page (/workspace/applications/:id) while the application is
// recommended (Art. 7(2)): the formal check and 不予通过. The shortlist is decided from the review list.
import { Card, Tabs } from 'antd';
import { FormalCheckForm, ProvinceRejectForm, type ProvinceTarget } from './province-decision-forms';

export function ProvinceReviewPanel({ application, reload }: { application: ProvinceTarget & { state: string }; reload: () => void }) {
  if (application.state !== 'recommended') return null;
  return (
    <Card title="省级审核" size="small">
      <Tabs
        items={[
          { key: 'check', label: '形式审查', children: <FormalCheckForm application={application} onDone={reload} /> },
          { key: 'reject', label: '不予通过', children: <ProvinceRejectForm application={application} onDone={reload} /> },
        ]}
      />
    </Card>
  );
}
