// 失信与撤销 tab of a creation object (F5 item 5; Art. 12): listings and fraud findings, and what followed.
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';

export function IntegrityTab({ object }: CreationObjectTabProps) {
  return <div>{object.name}</div>;
}
