import type { SelfAssessmentRequest, SelfAssessmentResponse } from '../../contracts/self-assessment';
import { evaluateStandards } from '../../domain/standards/evaluate-standards';
import { CURRENT_STANDARD_SET } from '../../domain/standards/standard-sets';

/**
 * Self-assessment (DESIGN §7): checks the facts against the current standard set. Open to anyone and changes
 * nothing, so it needs neither a permission nor an audit record.
 */
export function assessStandards(input: SelfAssessmentRequest): SelfAssessmentResponse {
  return evaluateStandards(CURRENT_STANDARD_SET, input);
}
