// A published call as the public reads it (/calls/:year): quota, window, standard version, text, city caps and the
// criterion weights. The same content as call-document.tsx (the province's preview), drawn with plain HTML instead
// of antd Descriptions/Table so a deep link loads at most 250 KB of JavaScript (F6 item 5).
import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PublicCallDetail } from '../../../../src/contracts/calls';
import '../../components/public-pages.css';

export function PublicCallDocument({ call }: { call: PublicCallDetail }) {
  return (
    <>
      <dl className="pp-facts">
        <dt>年度创建数量</dt>
        <dd>{call.creationQuota}个</dd>
        <dt>申报期</dt>
        <dd>
          {call.opensOn} 至 {call.closesOn}（截止日当天24时前提交有效）
        </dd>
        <dt>初审截止日</dt>
        <dd>{call.cityReviewDeadline}</dd>
        <dt>执行标准</dt>
        <dd>
          <Link to="/standards">{call.standardVersion}</Link>
        </dd>
        <dt>发布日期</dt>
        <dd>{call.publishedOn}</dd>
      </dl>
      <Typography.Title level={4}>通知正文</Typography.Title>
      {call.text.split(/\n+/).map((paragraph, index) => (
        <Typography.Paragraph key={index}>{paragraph}</Typography.Paragraph>
      ))}
      <Typography.Title level={4}>各地市推荐名额</Typography.Title>
      {call.cityCaps.length === 0 ? (
        <Typography.Paragraph type="secondary">本年度不对各地市推荐数量设上限。</Typography.Paragraph>
      ) : (
        <table className="pp-table" aria-label="各地市推荐名额" style={{ maxWidth: 360, marginBottom: 16 }}>
          <thead>
            <tr>
              <th scope="col">地市</th>
              <th scope="col" style={{ width: 100 }}>
                推荐名额
              </th>
            </tr>
          </thead>
          <tbody>
            {call.cityCaps.map((cap) => (
              <tr key={cap.cityCode}>
                <td>{cap.cityName}</td>
                <td>{cap.cap}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Typography.Title level={4}>创建方案评审要点权重</Typography.Title>
      <table className="pp-table" aria-label="创建方案评审要点权重" style={{ maxWidth: 360, marginBottom: 8 }}>
        <thead>
          <tr>
            <th scope="col">评审要点</th>
            <th scope="col" style={{ width: 100 }}>
              权重
            </th>
          </tr>
        </thead>
        <tbody>
          {call.criterionWeights.map((criterion) => (
            <tr key={criterion.code}>
              <td>{criterion.name}</td>
              <td>{criterion.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph type="secondary">每项满分{call.maxScore}分，方案得分 = Σ 权重 × 得分 ÷ 满分（总分100）。评审结果不排名、不公开分数。</Typography.Paragraph>
    </>
  );
}
