import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, InputNumber, List, Space, Tag, Typography } from 'antd';
import type { DrawReplayView, ReviewGroupView } from '../../../../src/contracts/experts';
import { api, toApiError } from '../../lib/api';
import { ProgressMatrix } from './progress-matrix';

/**
 * One review group: its applications, then either the draw button or the drawn experts with the check and 补充抽取.
 * The seed is always the server's (Art. 7(2)): nothing here lets the officer choose it.
 */
export function GroupCard({ group, onChanged }: { group: ReviewGroupView; onChanged: () => void }) {
  const { message } = App.useApp();
  const [moreCount, setMoreCount] = useState<number | null>(1);
  const [drawing, setDrawing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [replay, setReplay] = useState<DrawReplayView | null>(null);

  const draw = async (more: boolean) => {
    setRefusal(null);
    setDrawing(true);
    try {
      if (more) await api.post(`/api/review-groups/${group.id}/draw-more`, { count: moreCount });
      else await api.post(`/api/review-groups/${group.id}/draw`, {});
      void message.success(more ? '已补充抽取专家，并通知被抽中的专家' : '已抽取专家，并通知被抽中的专家');
      setReplay(null);
      onChanged();
    } catch (caught) {
      setRefusal(toApiError(caught).message);
    } finally {
      setDrawing(false);
    }
  };

  const check = async () => {
    try {
      setReplay(await api.get<DrawReplayView>(`/api/review-groups/${group.id}/draw/replay`));
    } catch (caught) {
      void message.error(toApiError(caught).message);
    }
  };

  return (
    <Card title={group.name} style={{ marginBottom: 16 }} extra={group.drawnAt ? <Tag color="green">已抽取</Tag> : <Tag color="gold">待抽取</Tag>}>
      <Typography.Title level={5}>申报（{group.applications.length}）</Typography.Title>
      <List
        size="small"
        dataSource={group.applications}
        renderItem={(a) => (
          <List.Item style={{ overflowWrap: 'anywhere' }}>
            {a.applicationNumber} {a.name}（{a.organisationName}，{a.cityName}）
          </List.Item>
        )}
      />
      {!group.drawnAt ? (
        <div style={{ marginTop: 16 }}>
          {refusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={refusal} />}
          <Typography.Paragraph type="secondary">随机种子由系统在抽取时生成并记录，任何人都可按记录核验抽取结果。</Typography.Paragraph>
          <Button type="primary" loading={drawing} onClick={() => void draw(false)}>
            抽取专家（{group.expertCount}名）
          </Button>
        </div>
      ) : (
        <>
          <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
            <Descriptions.Item label="随机种子">
              <Typography.Text code copyable style={{ overflowWrap: 'anywhere' }} data-testid="draw-seed">
                {group.seed}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="抽取时间">{group.drawnAt ? new Date(group.drawnAt).toLocaleString('zh-CN') : ''}</Descriptions.Item>
            <Descriptions.Item label="符合回避要求">{group.eligibleCount}名</Descriptions.Item>
            {group.draws.slice(1).map((d, i) => (
              <Descriptions.Item key={d.seed} label={`补充抽取${i + 1}`}>
                <span style={{ overflowWrap: 'anywhere' }}>
                  {d.drawnAt ? new Date(d.drawnAt).toLocaleString('zh-CN') : ''}，{d.count}名，随机种子 <Typography.Text code>{d.seed}</Typography.Text>
                </span>
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={5}>抽中的专家</Typography.Title>
          <List size="small" dataSource={group.experts} renderItem={(e) => <List.Item>{`${e.name}（${e.field}，${e.employer}，${e.cityName}）`}</List.Item>} />
          {group.excluded.length > 0 && (
            <>
              <Typography.Title level={5}>回避的专家</Typography.Title>
              <List
                size="small"
                dataSource={group.excluded}
                renderItem={(e) => <List.Item>{`${e.name}：${[...new Set(e.reasons.map((r) => r.label))].join('、')}`}</List.Item>}
              />
            </>
          )}
          {refusal && <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={refusal} />}
          <Space wrap style={{ marginTop: 12 }}>
            <Button onClick={check}>核验抽取结果</Button>
            <InputNumber aria-label="补充抽取人数" min={1} max={50} precision={0} value={moreCount} onChange={setMoreCount} addonAfter="名" style={{ width: 140 }} />
            <Button loading={drawing} onClick={() => void draw(true)}>
              补充抽取
            </Button>
          </Space>
          {replay && (
            <Alert
              style={{ marginTop: 12 }}
              showIcon
              type={replay.matches ? 'success' : 'warning'}
              title={replay.matches ? '按记录的随机种子重新计算，抽取结果一致' : '重新计算的抽取结果与记录不一致'}
              description={`${replay.draws.length > 1 ? `共核验${replay.draws.length}次抽取。` : ''}${replay.eligibleMatches ? '按抽取时记录的专家库重新判断回避，符合条件的专家名单一致。' : '按抽取时的专家库重新判断回避，名单与记录不同。'}${replay.currentPoolMatches ? '' : '当前专家库已有变化（例如此后有专家被停用），不影响已完成的抽取。'}`}
            />
          )}
          <ProgressMatrix groupId={group.id} />
        </>
      )}
    </Card>
  );
}
