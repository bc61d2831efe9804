// 重大变化 tab of a creation object (F5 item 4; Art. 11): reports, the city's proposals, the province's decisions.
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';

export function ChangeReportsTab({ object }: CreationObjectTabProps) {
  return <div>{object.name}</div>;
}
