// Field checks of the self-assessment form. Counts are checked by hand with the labels and limit the schemas of
// src/contracts/self-assessment-facts.ts use (src/domain/standards/fact-labels.ts), so the browser shows the same
// Chinese messages as a 400 answer without loading zod (F6 item 5); the percentages and the two cross-field checks
// are worded for the form, where a person enters 55 for 55%. Lists (choices) are left to the server.
import type { FormInstance, FormRule } from 'antd';
import { MAX_COUNT } from '../../../../src/domain/standards/fact-labels';
import { QUALITY_CATEGORIES } from '../../../../src/domain/standards/types';
import type { SelfAssessmentFormValues } from './self-assessment-values';

type Form = FormInstance<SelfAssessmentFormValues>;

const fail = (message: string) => Promise.reject(new Error(message));

/** zCount(label): a whole number from 0 to MAX_COUNT; an emptied number box (null) counts as not filled in. */
export function countRule(label: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === null || value === undefined) return fail(`请填写${label}`);
      if (typeof value !== 'number') return fail(`${label}应为数字`);
      if (!(Number.isInteger(value) && value >= 0 && value <= MAX_COUNT)) return fail(`${label}应为0至${MAX_COUNT}之间的整数`);
    },
  };
}

/** A share entered as a percentage 0–100; sent as a fraction. */
export function percentRule(label: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === null || value === undefined) return fail(`请填写${label}`);
      if (typeof value !== 'number' || !(value >= 0 && value <= 100)) return fail(`${label}应为0至100之间的百分数（如55表示55%）`);
    },
  };
}

export const QUALITY_PATHS = QUALITY_CATEGORIES.map((key) => ['facts', 'qualityEnterprises', key]);

/** 满意答卷数 cannot exceed 答卷总数 (the schema's own check, worded the same). */
export function satisfiedWithinTotalRule(form: Form): FormRule {
  return {
    validator: async (_rule, satisfied: unknown) => {
      const total: unknown = form.getFieldValue(['facts', 'totalAnswers']);
      if (typeof satisfied === 'number' && typeof total === 'number' && satisfied > total) {
        return fail(`满意答卷数（${satisfied}）不能超过答卷总数（${total}）`);
      }
    },
  };
}

/** Attachment 2 指标解释说明 2: each enterprise counts once, so the categories together cannot outnumber the base. */
export function qualityWithinEnterprisesRule(form: Form): FormRule {
  return {
    validator: async (_rule, count: unknown) => {
      const counts: Partial<Record<string, unknown>> = form.getFieldValue(['facts', 'qualityEnterprises']) ?? {};
      const total = QUALITY_CATEGORIES.reduce((sum, key) => {
        const value = counts[key];
        return sum + (typeof value === 'number' ? value : 0);
      }, 0);
      if (typeof count === 'number' && total > count) {
        return fail(`各类优质企业合计${total}家，超过基地企业数量${count}家（每家企业只按最高类别计一次）`);
      }
    },
  };
}

/** Minutes to register, unless 用户无需注册 is ticked. */
export function registrationMinutesRule(form: Form): FormRule {
  return {
    validator: async (_rule, minutes: unknown) => {
      if (form.getFieldValue('noRegistration') === true) return;
      if (minutes === null || minutes === undefined) return fail('请填写注册所需分钟数，或勾选“用户无需注册”');
      if (typeof minutes !== 'number' || !(minutes > 0 && minutes <= 1440)) return fail('注册所需分钟数应大于0且不超过1440');
    },
  };
}
