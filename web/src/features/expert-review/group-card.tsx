import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, List, Space, Tag, Typography } from 'antd';
import type { DrawReplayView, ReviewGroupView } from '../../../../src/contracts/experts';
import { api, toApiError } from '../../lib/api';
import { ProgressMatrix } from './progress-matrix';

/** One review group: its applications, then either the draw controls or the drawn experts with the check. */
export function GroupCard({ group, onChanged }: { group: ReviewGroupView; onChanged: () => void }) {
  const { message } = App.useApp();
  const [seed, setSeed] = useState('');
  const [drawing, setDrawing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [replay, setReplay] = useState<DrawReplayView | null>(null);

  const draw = async () => {
    setRefusal(null);
    setDrawing(true);
    try {
      await api.post(`/api/review-groups/${group.id}/draw`, seed.trim() ? { seed: seed.trim() } : {});
      void message.success('已抽取专家，并通知被抽中的专家');
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
          <Space wrap>
            <Input aria-label="随机种子" placeholder="随机种子（可留空，由系统生成）" value={seed} onChange={(e) => setSeed(e.target.value)} style={{ width: 300, maxWidth: '100%' }} />
            <Button type="primary" loading={drawing} onClick={draw}>
              抽取专家（{group.expertCount}名）
            </Button>
          </Space>
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
          <Space wrap style={{ marginTop: 12 }}>
            <Button onClick={check}>核验抽取结果</Button>
          </Space>
          {replay && (
            <Alert
              style={{ marginTop: 12 }}
              showIcon
              type={replay.matches && replay.eligibleMatches ? 'success' : 'warning'}
              title={replay.matches ? '按记录的随机种子重新计算，抽取结果一致' : '重新计算的抽取结果与记录不一致'}
              description={replay.eligibleMatches ? '按抽取时的专家库重新判断回避，符合条件的专家名单一致。' : '按当前专家库重新判断回避，名单与抽取时不同（例如此后有专家被停用）。'}
            />
          )}
          <ProgressMatrix groupId={group.id} />
        </>
      )}
    </Card>
  );
}
