import { Alert, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { LinkButton } from '../components/link-button';
import { PublicLayout } from '../components/public-layout';
import { ProcessTimeline } from '../features/home/process-timeline';
import { NoticeSection, WhatSection, WhoSection } from '../features/home/programme-sections';
import '../features/home/home.css';

const { Title, Paragraph } = Typography;

export function HomePage() {
  return (
    <PublicLayout>
      <div className="hero">
        <Title level={2} style={{ marginTop: 0 }}>
          广东省中小企业公共服务示范平台（基地）创建
        </Title>
        <Paragraph>
          广东省工业和信息化厅每年组织创建省级中小企业公共服务示范平台（基地），择优培育、评估认定，带动全省中小企业公共服务水平提升。本系统用于申报、初审推荐、审核评审、创建期管理、验收认定和复核的全过程线上办理。
        </Paragraph>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="申报不收取任何费用，也不需要制作演示文稿（PPT）或拍摄视频。"
        />
        <Space wrap>
          <LinkButton type="primary" size="large" to="/register">
            申报单位注册
          </LinkButton>
          <LinkButton size="large" to="/login">
            登录
          </LinkButton>
          <LinkButton size="large" to="/self-assessment">
            达标自评
          </LinkButton>
          <LinkButton size="large" type="link" to="/calls">
            年度创建工作通知
          </LinkButton>
          <LinkButton size="large" type="link" to="/registry">
            示范平台（基地）信息数据库
          </LinkButton>
          <LinkButton size="large" type="link" to="/notices">
            公示公告
          </LinkButton>
          <LinkButton size="large" type="link" to="/announcements">
            认定公告
          </LinkButton>
          <LinkButton size="large" type="link" to="/revocations">
            取消与撤销公告
          </LinkButton>
          <LinkButton size="large" type="link" to="/standards">
            创建及认定标准
          </LinkButton>
          <LinkButton size="large" type="link" to="/measures">
            阅读《创建管理办法》全文
          </LinkButton>
        </Space>
      </div>

      <WhatSection />
      <WhoSection />

      <section className="section" aria-labelledby="process-heading">
        <Title level={3} id="process-heading">
          办理流程
        </Title>
        <div className="panel">
          <div className="panel-body">
            <ProcessTimeline />
            <Paragraph type="secondary" style={{ marginBottom: 0 }}>
              流程依据<Link to="/measures#article-7">第七条</Link>、<Link to="/measures#article-10">第十条</Link>
              ；每年的具体时间安排以当年创建工作通知为准。
            </Paragraph>
          </div>
        </div>
      </section>

      <NoticeSection />

      <Paragraph type="secondary">
        本页为通俗说明，具体以《广东省中小企业公共服务示范平台（基地）创建管理办法》原文为准（
        <Link to="/measures">查看全文</Link>）。
      </Paragraph>
    </PublicLayout>
  );
}
