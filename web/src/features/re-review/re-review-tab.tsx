// 复核 tab of a creation object (F5 item 3; Art. 10): skeleton, filled by the re-review UI.
import type { CreationObjectTabProps } from '../creation-objects/creation-object-tabs';

export function ReReviewTab(props: CreationObjectTabProps) {
  void props;
  return null;
}
