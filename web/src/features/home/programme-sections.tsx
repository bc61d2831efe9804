import { Typography } from 'antd';
import { Link } from 'react-router-dom';

// Cards are plain <article className="panel"> (home.css), not antd Card: Card pulls Tabs and Skeleton (≈ 43 KB raw)
// into the first load of the public site (F6 item 5, budget 250 KB gzipped).
const { Title, Paragraph } = Typography;

/** Art. 2: what a demonstration platform or base is. */
export function WhatSection() {
  return (
    <section className="section" aria-labelledby="what-heading">
      <Title level={3} id="what-heading">
        什么是示范平台（基地）
      </Title>
      <Paragraph>
        省级示范平台（基地）是由政府、国有企事业单位或中小企业公共服务机构建设和运营，完成省级示范创建目标任务，并获得广东省工业和信息化厅认定的中小企业公共服务平台或基地（
        <Link to="/measures#article-2">第二条</Link>）。
      </Paragraph>
      <div className="panel-grid two">
        <article className="panel" aria-labelledby="what-platform">
          <h4 className="panel-title" id="what-platform">
            平台
          </h4>
          <div className="panel-body">
            数字化服务平台：为中小企业“一站式”提供政策、融资、人才、市场、管理等综合服务；或提供数字化转型、绿色化发展、计量校准、认证认可、试验检验、质量标准、知识产权、设备共享、科技成果转化等专业技术服务。
          </div>
        </article>
        <article className="panel" aria-labelledby="what-base">
          <h4 className="panel-title" id="what-base">
            基地
          </h4>
          <div className="panel-body">发展载体：为中小企业提供覆盖产业全链条、企业全生命周期的服务，产业特色鲜明、中小企业集聚。</div>
        </article>
      </div>
    </section>
  );
}

/** Art. 5 and the operator definition of Art. 2. */
export function WhoSection() {
  return (
    <section className="section" aria-labelledby="who-heading">
      <Title level={3} id="who-heading">
        谁可以申报
      </Title>
      <div className="panel">
        <div className="panel-body">
          <ul className="conditions">
            <li>平台（基地）已运营3年以上；</li>
            <li>未被列入严重失信主体名单；</li>
            <li>
              运营主体是政府部门、国有企业、事业单位，或中小企业公共服务机构——即为中小企业提供公共服务的其他非营利法人，以及以政府委托、购买服务、合作共建等方式承担中小企业公共服务工作的企业、民办非企业单位、社会团体；
            </li>
            <li>
              <strong>分支机构不能申报</strong>。
            </li>
          </ul>
          <Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            此外还需具备固定的服务场所、健全的管理制度、专业的服务团队、线上线下协同服务能力和数据安全保障等条件，详见
            <Link to="/measures#article-5">第五条</Link>。
          </Paragraph>
        </div>
      </div>
    </section>
  );
}

const NOTES: { title: string; text: string; article: number }[] = [
  { title: '申报免费', text: '申请创建不收取任何费用。', article: 17 },
  { title: '无需演示文稿或视频', text: '不要求制作电子演示文稿（PPT）、拍摄视频等进行展示。', article: 8 },
  { title: '不排名', text: '不搞创建结果排名或变相排名。', article: 8 },
  {
    title: '如实申报',
    text: '须如实、自主申请并提供佐证材料；经查实弄虚作假的，取消创建资格或撤销认定命名。',
    article: 12,
  },
];

/** Art. 8, 12, 17. */
export function NoticeSection() {
  return (
    <section className="section" aria-labelledby="notice-heading">
      <Title level={3} id="notice-heading">
        申报须知
      </Title>
      <ul className="panel-grid four" aria-labelledby="notice-heading">
        {NOTES.map((note) => (
          <li key={note.title} className="panel small">
            <h4 className="panel-title">{note.title}</h4>
            <div className="panel-body">
              {note.text}
              {/* The article reference breaks as a whole, never as 第十七 / 条 in a narrow card. */}
              <span className="nowrap">
                （<Link to={`/measures#article-${note.article}`}>第{toChineseNumber(note.article)}条</Link>）
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function toChineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[n % 10] ?? ''}`;
}
