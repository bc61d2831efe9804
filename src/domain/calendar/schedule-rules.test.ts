import { describe, expect, it } from 'vitest';
import { findScheduleIssues } from './schedule-rules';

// 2027: 1 January is a Friday; 2027-02-06 is a Saturday, 2027-02-08 a Monday.
const valid = { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-08'], workdays: ['2027-02-20', '2027-02-21'] };

describe('findScheduleIssues', () => {
  it('accepts a schedule whose holidays include weekend days of an announced span', () => {
    expect(findScheduleIssues(valid)).toEqual([]);
  });

  it('accepts a schedule without make-up working days', () => {
    expect(findScheduleIssues({ ...valid, workdays: [] })).toEqual([]);
  });

  it.each([
    ['a holiday in another year', { holidays: ['2026-12-31', '2027-01-01'] }, [{ path: 'holidays.0', message: '放假日期2026-12-31不在2027年内' }]],
    ['a holiday in the next year', { holidays: ['2027-01-01', '2028-01-01'] }, [{ path: 'holidays.1', message: '放假日期2028-01-01不在2027年内' }]],
    ['the first and last day of the year are inside it', { holidays: ['2027-01-01', '2027-12-31'] }, []],
    ['a duplicate holiday', { holidays: ['2027-01-01', '2027-01-01'] }, [{ path: 'holidays.1', message: '放假日期1月1日重复' }]],
    ['a duplicate workday', { workdays: ['2027-02-20', '2027-02-20'] }, [{ path: 'workdays.1', message: '调休上班日期2月20日重复' }]],
    ['a workday in another year', { workdays: ['2026-12-26'] }, [{ path: 'workdays.0', message: '调休上班日期2026-12-26不在2027年内' }]],
    ['a date both holiday and workday', { workdays: ['2027-01-02'] }, [{ path: 'workdays.0', message: '1月2日已列为放假日期，不能同时列为调休上班日' }]],
    ['a workday on a Friday', { workdays: ['2027-02-19'] }, [{ path: 'workdays.0', message: '2月19日不是周六或周日，本来就是工作日，无需列为调休上班日' }]],
    ['a workday on a Monday', { workdays: ['2027-02-22'] }, [{ path: 'workdays.0', message: '2月22日不是周六或周日，本来就是工作日，无需列为调休上班日' }]],
    ['a workday on a Saturday and a Sunday', { workdays: ['2027-02-20', '2027-02-21'] }, []],
    ['no holidays at all', { holidays: [] }, [{ path: 'holidays', message: '请至少填写一个放假日期' }]],
    ['only weekend holidays', { holidays: ['2027-01-02', '2027-01-03'] }, [{ path: 'holidays', message: '放假日期全部是周末，与普通年份无异，请核对是否漏填了节假日' }]],
    ['one weekday holiday among weekend ones', { holidays: ['2027-01-02', '2027-01-03', '2027-01-04'] }, []],
  ])('%s', (_name, change, expected) => {
    expect(findScheduleIssues({ ...valid, ...change })).toEqual(expected);
  });
});
