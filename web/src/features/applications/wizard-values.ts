// The wizard's form values and the draft the server stores (POST /api/applications/:id). The indicator facts use
// the self-assessment form's fields (shares as percentages there, fractions in the draft; 用户无需注册 as a
// switch), so the self-assessment fact components can be reused as they are.
import type { ApplicationDraft, PlanGoal, PlanPractice, PlanTask, ServiceLevel } from '../../../../src/domain/applications/application-content';
import type { Carrier, PlatformKind } from '../../../../src/domain/standards/types';
import { PERCENT_FIELDS, toSelfAssessmentBody, type SelfAssessmentFormValues } from '../self-assessment/self-assessment-values';

export interface WizardValues {
  name?: string;
  carrier?: Carrier;
  platformKind?: PlatformKind | null;
  serviceLevel?: ServiceLevel;
  region?: string;
  operatingSince?: string;
  hasPublicServiceMandate?: boolean;
  summary?: string;
  plan?: {
    goals?: Partial<PlanGoal>[];
    tasks?: Partial<PlanTask>[];
    practices?: Partial<PlanPractice>[];
    modules?: string[];
    support?: string;
  };
  noRegistration?: boolean;
  facts?: SelfAssessmentFormValues['facts'];
}

const text = (value: string | undefined) => value ?? '';
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Drops facts not entered yet, so a half-filled step saves (the draft schema takes missing facts, not nulls). */
function enteredFacts(facts: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(facts).filter(([, value]) => {
    if (Array.isArray(value)) return true;
    if (value && typeof value === 'object') return Object.values(value).every((v) => !isEmpty(v));
    return !isEmpty(value);
  });
  return kept.length > 0 ? Object.fromEntries(kept.map(([key, value]) => [key, Array.isArray(value) ? value.filter((v) => !isEmpty(v)) : value])) : undefined;
}

export function toDraft(values: WizardValues): ApplicationDraft {
  const plan = values.plan ?? {};
  const body = toSelfAssessmentBody({ carrier: values.carrier, platformKind: values.platformKind ?? undefined, region: values.region, stage: 'creation', noRegistration: values.noRegistration, facts: values.facts }) as {
    facts: Record<string, unknown>;
  };
  const facts = values.carrier ? enteredFacts(body.facts) : undefined;
  // 用户无需注册 is an answer (null minutes), not a blank.
  if (facts && values.carrier === 'platform' && values.noRegistration) facts.registrationMinutes = null;
  const draft: ApplicationDraft = {
    name: text(values.name),
    summary: text(values.summary),
    hasPublicServiceMandate: values.hasPublicServiceMandate === true,
    platformKind: values.carrier === 'platform' ? (values.platformKind ?? null) : null,
    plan: {
      goals: (plan.goals ?? []).map((g) => ({ indicatorCode: text(g?.indicatorCode), target: text(g?.target) })),
      tasks: (plan.tasks ?? []).map((t) => ({ title: text(t?.title), startsIn: text(t?.startsIn), endsIn: text(t?.endsIn), description: text(t?.description) })),
      practices: (plan.practices ?? []).map((p) => ({ title: text(p?.title), description: text(p?.description) })),
      modules: (plan.modules ?? []).filter((m) => m.trim() !== ''),
      support: text(plan.support),
    },
  };
  if (values.carrier) draft.carrier = values.carrier;
  if (values.serviceLevel) draft.serviceLevel = values.serviceLevel;
  if (values.region) draft.region = values.region;
  if (values.operatingSince) draft.operatingSince = values.operatingSince;
  if (facts) draft.facts = facts as unknown as ApplicationDraft['facts'];
  return draft;
}

export function fromDraft(draft: ApplicationDraft): WizardValues {
  const facts = { ...((draft.facts ?? {}) as Record<string, unknown>) };
  for (const key of PERCENT_FIELDS) {
    const value = facts[key];
    if (typeof value === 'number') facts[key] = Math.round(value * 10000) / 100;
  }
  const registrationMinutes = facts.registrationMinutes;
  return {
    name: draft.name,
    carrier: draft.carrier ?? 'platform',
    platformKind: draft.platformKind ?? undefined,
    serviceLevel: draft.serviceLevel,
    region: draft.region,
    operatingSince: draft.operatingSince,
    hasPublicServiceMandate: draft.hasPublicServiceMandate ?? false,
    summary: draft.summary,
    plan: {
      goals: draft.plan?.goals ?? [{}],
      tasks: draft.plan?.tasks ?? [{}],
      practices: draft.plan?.practices ?? [{}, {}],
      modules: draft.plan?.modules ?? [],
      support: draft.plan?.support,
    },
    noRegistration: registrationMinutes === null,
    facts: {
      hasPcEntry: false,
      hasMobileEntry: false,
      coveredDivisions: [],
      serviceContents: [],
      eventParticipants: [],
      ecosystem: [],
      ...(facts as SelfAssessmentFormValues['facts']),
      ...(registrationMinutes === null ? { registrationMinutes: undefined } : {}),
    },
  };
}

/** The server names draft fields under content.*; the form's fields have no prefix. */
export function toWizardPath(path: (string | number)[]): (string | number)[] {
  return path[0] === 'content' ? path.slice(1) : path;
}
