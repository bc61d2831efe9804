import { describe, expect, it } from 'vitest';
import { entryFacts, type ActiveEntry } from './entry-points';

const pc = (minutes: number | null): ActiveEntry => ({ kind: 'pc', registrationMinutes: minutes });
const mobile = (minutes: number | null): ActiveEntry => ({ kind: 'mobile', registrationMinutes: minutes });

describe('the entries active on a day give the platform its entry facts', () => {
  it.each([
    ['no entry', [], false, false, null],
    ['a PC entry without registration', [pc(null)], true, false, null],
    ['PC 5 min and mobile 9 min: the longest decides', [pc(5), mobile(9)], true, true, 9],
    ['PC without registration and mobile 8 min', [pc(null), mobile(8)], true, true, 8],
    ['two mobile entries, none with registration', [mobile(null), mobile(null)], false, true, null],
  ])('%s', (_case, entries, hasPcEntry, hasMobileEntry, registrationMinutes) => {
    expect(entryFacts(entries)).toEqual({ hasPcEntry, hasMobileEntry, registrationMinutes });
  });
});
