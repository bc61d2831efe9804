// 评估验收 tab of a creation object (F5 item 1; Art. 7(3)): the operator's submission, the review and its outcome.
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';

export function AcceptanceTab({ object }: CreationObjectTabProps) {
  return <div>{object.name}</div>;
}
