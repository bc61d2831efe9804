import { describe, expect, it } from 'vitest';
import { NEW_APPLICATION_FACTS } from '../lifecycle/context';
import { leftNoticeByDecision } from './left-by-decision';

const CERT = { id: 'n-cert', stage: 'certification' };
const CREATION = { id: 'n-creation', stage: 'creation' };
const entry = (state: string, publicityNoticeId: string | null) => ({ state, facts: { ...NEW_APPLICATION_FACTS, publicityNoticeId } });

describe('an entry that left its 公示 by a decision other than the 公示 outcome', () => {
  it.each([
    // Art. 12 during the 拟认定公示: cancel_creation keeps the notice in the facts.
    ['cancelled under this 拟认定 notice', entry('creation_cancelled', 'n-cert'), CERT, true],
    ['cancelled after the notice closed (creating, then Art. 12)', entry('creation_cancelled', null), CERT, false],
    ['cancelled while under another notice', entry('creation_cancelled', 'n-other'), CERT, false],
    ['still under the notice', entry('certification_publicity', 'n-cert'), CERT, false],
    ['certified (the 公示 closed)', entry('certified', null), CERT, false],
    ['sent back by an upheld objection', entry('acceptance_review', null), CERT, false],
    // Art. 5/7(2) during the 创建对象公示.
    ['found ineligible under this creation notice', entry('province_rejected', 'n-creation'), CREATION, true],
    ['found ineligible before the 公示 (shortlisted)', entry('province_rejected', null), CREATION, false],
    ['a creation state on a 拟认定 notice does not count', entry('province_rejected', 'n-cert'), CERT, false],
    ['withdrawn by an upheld objection', entry('withdrawn', null), CREATION, false],
    ['an unknown stage', entry('creation_cancelled', 'n-x'), { id: 'n-x', stage: 'other' }, false],
  ])('%s → %s', (_name, application, notice, expected) => {
    expect(leftNoticeByDecision(application, notice)).toBe(expected);
  });
});
