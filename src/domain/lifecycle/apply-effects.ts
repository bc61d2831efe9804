// How the stored LifecycleFacts follow the effects of a transition. Use cases call this with the effects that
// transition() returned and store the result with the new state in the same transaction. The end of a 公示 needs
// the working-day calendar (DESIGN §3), which the domain cannot read: the caller computes it and passes it in.
import type { PlainDate } from '../shared/plain-date';
import type { LifecycleFacts } from './context';
import type { LifecycleEffect } from './effects';

export interface EffectInputs {
  /** Last working day of the 公示 being opened; required when an effect opens one. */
  publicityEndsOn?: PlainDate | null;
  /** The notice being published (created before the events are applied); required when an effect opens a 公示. */
  publicityNoticeId?: string | null;
}

export function applyEffects(facts: LifecycleFacts, effects: readonly LifecycleEffect[], inputs: EffectInputs = {}): LifecycleFacts {
  const next = { ...facts };
  for (const effect of effects) {
    switch (effect.kind) {
      case 'publicity_opened':
        if (!inputs.publicityEndsOn) throw new Error('applyEffects: publicity_opened needs publicityEndsOn from the working calendar');
        if (!inputs.publicityNoticeId) throw new Error('applyEffects: publicity_opened needs the id of the notice that opens it');
        next.publicityEndsOn = inputs.publicityEndsOn;
        next.publicityNoticeId = inputs.publicityNoticeId;
        next.unresolvedObjections = 0;
        break;
      case 'publicity_closed':
        next.publicityEndsOn = null;
        next.publicityNoticeId = null;
        next.unresolvedObjections = 0;
        break;
      case 'creation_period_started':
        next.creationPeriodEndsOn = effect.endsOn;
        next.isExtended = false;
        break;
      case 'creation_period_extended':
        next.creationPeriodEndsOn = effect.endsOn;
        next.isExtended = true;
        break;
      case 're_review_recorded':
        next.consecutiveFailedReReviews = effect.consecutiveFailures;
        if (effect.passed) next.rectificationEndsOn = null;
        break;
      case 'rectification_started':
        next.rectificationEndsOn = effect.endsOn;
        break;
      case 'change_reported':
        next.changeReportsAwaitingCity += 1;
        break;
      case 'change_proposal_recorded':
        next.changeReportsAwaitingCity -= 1;
        next.changeReportsAwaitingProvince += 1;
        break;
      case 'change_decided':
        next.changeReportsAwaitingProvince -= 1;
        break;
      case 'national_tier_set':
        next.isNational = effect.isNational;
        break;
      case 're_review_started':
        next.reReviewStartedOn = effect.on;
        break;
      case 're_review_scheduled':
        next.reReviewDueOn = effect.dueOn;
        break;
      case 'reason_recorded':
        // Recorded in the application's history (application_events); no fact follows from them.
        break;
    }
  }
  return next;
}
