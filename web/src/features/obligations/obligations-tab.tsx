// 义务履行 tab of a creation object (F5 item 6; Art. 14): skeleton, filled by the obligations UI.
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';

export function ObligationsTab(props: CreationObjectTabProps) {
  void props;
  return null;
}
