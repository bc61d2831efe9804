// Previous / next paging for public lists: antd Pagination brings its page-size Select along (≈ 24 KB gzipped), more
// than a deep link to a public page can afford (F6 item 5, budget in scripts/check-bundle-budget.ts).
import { Button } from 'antd';

interface SimplePagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

export function SimplePager({ page, pageSize, total, onChange }: SimplePagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pp-pager" aria-label="分页">
      <Button disabled={page <= 1} onClick={() => onChange(page - 1)}>
        上一页
      </Button>
      <span>
        第 {page} / {pages} 页，共 {total} 条
      </span>
      <Button disabled={page >= pages} onClick={() => onChange(page + 1)}>
        下一页
      </Button>
    </nav>
  );
}
