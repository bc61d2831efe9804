import { Card, Descriptions, List, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import type { ReviewCaseView } from '../../../../src/contracts/experts';
import type { ApplicationContent } from '../../../../src/domain/applications/application-content';

/** The application as the expert reads it: basics, the creation plan (Attachment 3) and the materials. */
export function CaseContent({ view }: { view: ReviewCaseView }) {
  const content = view.content as unknown as Partial<ApplicationContent>;
  const plan = content.plan;
  return (
    <Card title="申报材料" style={{ marginBottom: 16 }}>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="申报编号">{view.applicationNumber}</Descriptions.Item>
        <Descriptions.Item label="平台（基地）名称">{view.platformName}</Descriptions.Item>
        <Descriptions.Item label="运营主体">{`${view.organisationName}（${view.cityName}）`}</Descriptions.Item>
        <Descriptions.Item label="开始运营">{content.operatingSince}</Descriptions.Item>
        <Descriptions.Item label="基本情况">{content.summary}</Descriptions.Item>
      </Descriptions>
      {plan && (
        <>
          <Typography.Title level={5}>创建目标</Typography.Title>
          <List size="small" dataSource={plan.goals ?? []} renderItem={(g) => <List.Item>{g.target}</List.Item>} />
          <Typography.Title level={5}>创建任务与路线图</Typography.Title>
          <List size="small" dataSource={plan.tasks ?? []} renderItem={(t) => <List.Item>{`${t.title}（${t.startsIn} 至 ${t.endsIn}）：${t.description}`}</List.Item>} />
          <Typography.Title level={5}>典型或特色经验做法</Typography.Title>
          <List size="small" dataSource={plan.practices ?? []} renderItem={(p) => <List.Item>{`${p.title}：${p.description}`}</List.Item>} />
          <Typography.Title level={5}>拟完善的功能模块</Typography.Title>
          <Typography.Paragraph>{(plan.modules ?? []).join('、') || '—'}</Typography.Paragraph>
          <Typography.Title level={5}>保障措施</Typography.Title>
          <Typography.Paragraph>{plan.support}</Typography.Paragraph>
        </>
      )}
      <Typography.Title level={5}>附件</Typography.Title>
      <List
        size="small"
        dataSource={view.materials}
        locale={{ emptyText: '无上传附件' }}
        renderItem={(m) => (
          <List.Item style={{ overflowWrap: 'anywhere' }}>
            <a href={`/api/my-reviews/${view.id}/files/${m.fileId}`} download>
              <FileOutlined /> {m.label}：{m.fileName}
            </a>
          </List.Item>
        )}
      />
    </Card>
  );
}
