import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Space } from 'antd';
import { LinkButton } from './link-button';

interface PublicLayoutProps {
  children: ReactNode;
  /** Content width: wide for the home page, narrow for reading, compact for the login card. */
  width?: 'wide' | 'narrow' | 'compact';
  /** The login and register pages leave these out: the visitor is already on one of them. */
  showAccountLinks?: boolean;
}

const NAV_LINK = { color: '#fff', whiteSpace: 'nowrap' } as const;

export function PublicLayout({ children, width = 'wide', showAccountLinks = true }: PublicLayoutProps) {
  return (
    <div className="public-shell">
      <header className="public-header">
        <div className="public-header-inner">
          {/* Two unbreakable halves, so a phone wraps the name between them rather than before its last character. */}
          <Link to="/" className="brand">
            <span className="nowrap">广东省中小企业公共服务</span>
            <span className="nowrap">示范平台（基地）管理系统</span>
          </Link>
          <Space wrap size={[16, 8]}>
            <nav aria-label="公开信息" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
              <Link to="/calls" style={NAV_LINK}>
                年度通知
              </Link>
              <Link to="/registry" style={NAV_LINK}>
                信息数据库
              </Link>
              <Link to="/standards" style={NAV_LINK}>
                创建及认定标准
              </Link>
              <Link to="/self-assessment" style={NAV_LINK}>
                达标自评
              </Link>
            </nav>
            {showAccountLinks && (
              <Space wrap>
                <LinkButton to="/login" ghost>
                  登录
                </LinkButton>
                <LinkButton to="/register" ghost>
                  申报单位注册
                </LinkButton>
              </Space>
            )}
          </Space>
        </div>
      </header>
      <main className={width === 'wide' ? 'public-main' : `public-main ${width}`}>{children}</main>
      <footer className="public-footer">
        <div className="public-footer-inner">
          依据《广东省中小企业公共服务示范平台（基地）创建管理办法》办理 · 申请创建不收取任何费用 ·{' '}
          <Link to="/measures">阅读办法全文</Link> · <Link to="/standards">创建及认定标准</Link> ·{' '}
          <Link to="/self-assessment">达标自评</Link>
        </div>
      </footer>
    </div>
  );
}
