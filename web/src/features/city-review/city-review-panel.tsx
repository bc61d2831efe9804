// The city's panel on the shared application page (/workspace/applications/:id): the same decision form as
// the queue, shown while the application awaits 初审 (Art. 7(1)).
import { Card } from 'antd';
import { CityDecisionForm, type DecidableApplication } from './city-decision-form';

export function CityReviewPanel({ application, reload }: { application: DecidableApplication & { state: string }; reload: () => void }) {
  if (application.state !== 'submitted') return null;
  return (
    <Card title="地市初审" size="small">
      <CityDecisionForm application={application} onDone={reload} />
    </Card>
  );
}
