// 权限矩阵 (F7 item 2; 等保2.0 三级 8.1.5.3): the access policy the server enforces, read back as data — each
// action in Chinese, and how far each role reaches (全部/本市/本单位/本人); a dash is “not allowed”.
import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import type { PermissionMatrixView } from '../../../../src/contracts/accounts';
import { LoadErrorAlert } from '../../components/form-alerts';
import { useFetch } from '../../lib/use-fetch';

type Row = PermissionMatrixView['rows'][number];

export function PermissionMatrixTable() {
  const { data, error, loading, reload } = useFetch<PermissionMatrixView>('/api/admin/permissions');
  if (error) return <LoadErrorAlert what="权限矩阵" error={error} onRetry={reload} />;
  const columns: TableColumnsType<Row> = [
    { key: 'label', title: '操作', dataIndex: 'label', fixed: 'left', width: 150 },
    ...(data?.roles ?? []).map(
      ({ role, label }): TableColumnsType<Row>[number] => ({
        key: role,
        title: label,
        width: 96,
        render: (_v, row) => {
          const cell = row.reach[role];
          return cell ? <Tag color={cell.reach === 'all' ? 'blue' : 'default'}>{cell.label}</Tag> : <span aria-label="无权限">—</span>;
        },
      }),
    ),
  ];
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="此矩阵由服务器正在执行的访问控制策略生成，未列出的角色一律拒绝（默认拒绝）。" />
      <Table<Row> rowKey="action" size="small" loading={loading} dataSource={data?.rows ?? []} columns={columns} pagination={false} scroll={{ x: 'max-content', y: 560 }} aria-label="权限矩阵" />
    </>
  );
}
