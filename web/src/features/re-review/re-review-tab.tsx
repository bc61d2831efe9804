// 复核 tab of a creation object (F5 item 3; Art. 10; ADR 0016): the operator's report, the city's assessment, the
// province's decision, each re-review newest first.
import { Skeleton } from 'antd';
import type { ObjectReReviewsView } from '../../../../src/contracts/re-review';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';
import { objectReReviewsPath } from './re-review-api';
import { ReReviewDetail } from './re-review-detail';

export function ReReviewTab({ object, onChanged }: CreationObjectTabProps) {
  const loaded = useFetch<ObjectReReviewsView>(objectReReviewsPath(object.id));
  if (loaded.error) return <ErrorResult error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton active />;
  const changed = () => {
    loaded.reload();
    // A decision moves the object's state (复核中 → 整改中 / 已认定 / 已撤销): the page's header shows it.
    onChanged?.();
  };
  return <ReReviewDetail view={loaded.data} onChanged={changed} />;
}
