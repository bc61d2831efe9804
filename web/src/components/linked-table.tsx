// The desktop list of the workspaces: a compact table whose rows open a detail page. Phones get cards instead
// (each page renders its own), because a wide table would scroll sideways at 375 px.
import { Table, type TableProps } from 'antd';
import { useNavigate } from 'react-router-dom';

export interface LinkedTableProps<T> extends Omit<TableProps<T>, 'size' | 'scroll' | 'rowClassName' | 'onRow'> {
  /** The workspace path a row opens. */
  hrefOf: (item: T) => string;
}

export function LinkedTable<T extends object>({ hrefOf, ...props }: LinkedTableProps<T>) {
  const navigate = useNavigate();
  return (
    <Table<T>
      size="middle"
      scroll={{ x: 'max-content' }}
      rowClassName={() => 'clickable-row'}
      onRow={(item) => ({ onClick: () => navigate(hrefOf(item)) })}
      {...props}
    />
  );
}
