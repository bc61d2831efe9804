import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { describeUploadFailure, findFileProblem, formatBytes, importSummary, newestFirst } from './import-text';

const MB = 1024 * 1024;

describe('importSummary', () => {
  it.each([
    [{ totalRows: 33, acceptedRows: 30, duplicateRows: 0, rejectedRows: 3 }, '共33行，导入30行，重复0行（已导入过，不重复计算），未通过3行'],
    [{ totalRows: 33, acceptedRows: 3, duplicateRows: 30, rejectedRows: 0 }, '共33行，导入3行，重复30行（已导入过，不重复计算），未通过0行'],
    [{ totalRows: 0, acceptedRows: 0, duplicateRows: 0, rejectedRows: 0 }, '共0行，导入0行，重复0行（已导入过，不重复计算），未通过0行'],
  ])('%o', (counts, text) => {
    expect(importSummary(counts)).toBe(text);
  });
});

describe('findFileProblem', () => {
  it.each([
    ['服务记录.xlsx', 10, null],
    ['服务记录.XLSX', 10, null],
    ['服务记录.csv', 10, null],
    ['服务记录.xls', 10, '文件“服务记录.xls”不是Excel（.xlsx）或CSV（.csv）文件。请上传从本页下载的模板填写的Excel（.xlsx）或CSV（.csv）文件'],
    ['服务记录.xlsx.pdf', 10, '文件“服务记录.xlsx.pdf”不是Excel（.xlsx）或CSV（.csv）文件。请上传从本页下载的模板填写的Excel（.xlsx）或CSV（.csv）文件'],
    ['空.csv', 0, '文件“空.csv”是空文件，没有可导入的数据'],
    // Exactly the limit goes; one byte more does not.
    ['大.csv', 200 * MB, null],
    ['大.csv', 200 * MB + 1, '文件“大.csv”有200 MB，超过了单个文件200 MB的上限，请拆分为多个文件分别导入'],
    ['巨大.csv', 2 * 1024 * MB, '文件“巨大.csv”有2 GB，超过了单个文件200 MB的上限，请拆分为多个文件分别导入'],
  ])('%s (%i bytes)', (name, size, problem) => {
    expect(findFileProblem({ name, size }, 200 * MB)).toBe(problem);
  });
});

describe('describeUploadFailure', () => {
  it('a refused size says so and how to go on', () => {
    expect(describeUploadFailure(new ApiError(413, 'PAYLOAD_TOO_LARGE', '文件超过200 MB'), 'a.csv')).toEqual({
      title: '文件“a.csv”过大，未导入任何数据',
      details: ['文件超过200 MB', '请拆分为多个文件分别导入'],
    });
  });

  it('a refused type names the two accepted kinds', () => {
    expect(describeUploadFailure(new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '文件内容不是Excel或CSV'), 'a.xlsx')).toEqual({
      title: '文件“a.xlsx”的类型不受支持，未导入任何数据',
      details: ['文件内容不是Excel或CSV', '请上传从本页下载的模板填写的Excel（.xlsx）或CSV（.csv）文件'],
    });
  });

  it('an unreadable file lists the server reasons once each', () => {
    const error = new ApiError(422, 'IMPORT_UNREADABLE', '缺少必填列：服务日期', [
      { path: 'file', message: '缺少必填列：服务日期' },
      { path: 'file', message: '缺少必填列：服务事项' },
    ]);
    expect(describeUploadFailure(error, 'a.xlsx')).toEqual({ title: '文件“a.xlsx”无法按模板读取，未导入任何数据', details: ['缺少必填列：服务日期', '缺少必填列：服务事项'] });
  });

  it('any other refusal gives the server message', () => {
    expect(describeUploadFailure(new ApiError(409, 'DATA_COLLECTION_CLOSED', '创建期数据采集已结束'), 'a.csv')).toEqual({ title: '文件“a.csv”导入失败，未导入任何数据', details: ['创建期数据采集已结束'] });
  });

  it('a broken connection does not claim that nothing was imported', () => {
    const failure = describeUploadFailure(new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'), 'a.csv');
    expect(failure.title).toBe('文件“a.csv”未能上传完成');
    expect(failure.details).toContain('请检查网络后重新上传；如已上传完成，请刷新导入记录确认结果');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1536 * 1024, '1.5 MB'],
    [2 * 1024 * MB, '2 GB'],
  ])('%i → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('newestFirst', () => {
  it('orders by instant, not by text, and keeps ties in their order', () => {
    const entries = [
      { id: 'a', createdAt: '2026-11-28T02:00:00.000Z' },
      { id: 'b', createdAt: '2026-11-28T10:30:00+08:00' },
      { id: 'c', createdAt: '2026-11-28T02:30:00.000Z' },
      { id: 'd', createdAt: '2026-11-29T01:00:00.000Z' },
    ];
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});
