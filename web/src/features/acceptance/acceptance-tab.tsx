// 评估验收 tab of a creation object (F5 item 1; Art. 7(3)): the operator's submission, the review and its outcome.
import { Skeleton } from 'antd';
import type { AcceptanceView } from '../../../../src/contracts/acceptance';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';
import { acceptancePath } from './acceptance-api';
import { AcceptanceDetail } from './acceptance-detail';

export function AcceptanceTab({ object }: CreationObjectTabProps) {
  const loaded = useFetch<AcceptanceView>(acceptancePath(object.id));
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton active />;
  return <AcceptanceDetail view={loaded.data} onChanged={loaded.reload} />;
}
