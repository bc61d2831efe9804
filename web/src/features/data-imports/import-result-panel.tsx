// What one upload did: the counts in one sentence, the first problems (row, column, value, reason) and the full Excel
// error report. Rejected rows were not imported; fixing them and importing the whole file again counts the good
// rows once (they come back as duplicates).
import { Alert, Button, Grid, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportProblem, ImportResult } from '../../../../src/contracts/data-imports';
import { importSummary } from './import-text';
import { importPaths } from './upload-import';

const { Text } = Typography;

const columns: TableColumnsType<ImportProblem> = [
  { key: 'row', title: '行号', dataIndex: 'row', width: 72 },
  { key: 'column', title: '列', dataIndex: 'column', width: 180 },
  { key: 'value', title: '内容', dataIndex: 'value', width: 220, render: (value: string) => <span className="import-cell-value">{value === '' ? '（空）' : value}</span> },
  { key: 'reason', title: '原因', dataIndex: 'reason' },
];

export function ImportResultPanel({ objectId, fileName, result }: { objectId: string; fileName: string; result: ImportResult }) {
  const screens = Grid.useBreakpoint();
  const hasProblems = result.rejectedRows > 0;
  return (
    <div className="import-result" role="status" aria-label="导入结果">
      <Alert
        type={hasProblems ? 'warning' : 'success'}
        showIcon
        title={`“${fileName}”导入完成`}
        description={
          <>
            <div>{importSummary(result)}</div>
            {hasProblems && <div>未通过的行没有导入。请按错误报告修改后，重新导入整个文件：已导入的行会计为重复，不会重复计算。</div>}
          </>
        }
      />
      {hasProblems && (
        <>
          <div className="import-result-head">
            <Text strong>未通过的行{result.hasErrorReport ? '（节选，完整清单见错误报告）' : ''}</Text>
            {result.hasErrorReport && (
              <Button icon={<DownloadOutlined />} href={importPaths.errorReport(objectId, result.importId)} download>
                下载错误报告
              </Button>
            )}
          </div>
          {screens.md ? (
            <Table<ImportProblem>
              size="small"
              rowKey={(p) => `${p.row}:${p.column}`}
              columns={columns}
              dataSource={result.problemsPreview}
              pagination={false}
              aria-label="未通过的行"
            />
          ) : (
            <ul className="import-problem-list" aria-label="未通过的行">
              {result.problemsPreview.map((p) => (
                <li key={`${p.row}:${p.column}`}>
                  <Text strong>第{p.row}行</Text> · {p.column}：<span className="import-cell-value">{p.value === '' ? '（空）' : p.value}</span>
                  <div>
                    <Text type="danger">{p.reason}</Text>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
