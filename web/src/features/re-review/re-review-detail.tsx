// One object's re-reviews as everyone with access sees them (the tab 复核): the state in one line with the next due
// day or the rectification year, a warning when a fail would cancel the certification (Art. 10: 取消认定命名), then
// each re-review newest first (an ended one, its object revoked meanwhile, shown neutrally) — its round and window,
// the operator's report (a form while it may still write), the frozen snapshot, the Art. 14 records of the window,
// the city's assessment (city, province and auditors, ADR 0016), the province's decision and the outcome.
import { Alert, Card, Collapse, Descriptions, Empty, Flex, Typography } from 'antd';
import type { ObjectReReviewsView, ReReviewSnapshotView, ReReviewView } from '../../../../src/contracts/re-review';
import { useSession } from '../workspace/session';
import { SnapshotTable } from '../acceptance/acceptance-parts';
import { AssessmentForm, DecisionForm } from './judgement-forms';
import { AssessmentDetails, ObligationList, OutcomeAlert, ReportDetails } from './re-review-parts';
import { ReportForm } from './report-form';
import { currentReReview, reReviewTitle } from './re-review-view';
import '../acceptance/acceptance.css';
import './re-review.css';

const { Text, Title } = Typography;

function Section({ title, label, children }: { title: string; label: string; children: React.ReactNode }) {
  return (
    <section aria-label={label}>
      <Title level={5}>{title}</Title>
      {children}
    </section>
  );
}

function SnapshotOf({ snapshot }: { snapshot: ReReviewSnapshotView }) {
  const { window, obligations } = snapshot;
  return (
    <SnapshotTable
      snapshot={snapshot}
      label="复核指标快照"
      intro={`${snapshot.takenOn}固定的${window.label}（${window.startsOn}至${window.endsOn}）指标数据，对照认定标准（版本${snapshot.standardVersion}）；此后的数据更正不改变本快照。期间参与政府部门组织的服务活动${obligations.governmentActivities}次，开展资源共享、技术指导、教育培训等活动${obligations.sharingActivities}次。`}
    />
  );
}

function ReReviewCard({ view, reReview, isCurrent, onChanged }: { view: ObjectReReviewsView; reReview: ReReviewView; isCurrent: boolean; onChanged: () => void }) {
  const { user } = useSession();
  const name = reReviewTitle(reReview);
  const { round, snapshot } = reReview;
  const writes = isCurrent && view.canEditReport;
  const readsAssessment = user.role === 'city' || user.role === 'province' || user.role === 'auditor';
  return (
    <Card size="small" role="region" aria-label={name} title={<span style={{ whiteSpace: 'normal' }}>{`${name} · ${reReview.statusLabel}`}</span>}>
      <Flex vertical gap={16}>
        <OutcomeAlert reReview={reReview} title={name} />
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'round', label: '复核批次', children: `${round.year}年度 · ${round.title}` },
            { key: 'window', label: '复核期间', children: `${reReview.window.startsOn}至${reReview.window.endsOn}` },
            { key: 'reportDueOn', label: '报告截止', children: `${round.reportDueOn}（含当日）` },
            { key: 'cityDueOn', label: '地市评估截止', children: `${round.cityDueOn}（含当日）` },
          ]}
        />
        <Section title="运行和服务情况报告" label="运营主体报告">
          {writes ? <ReportForm view={view} reReview={reReview} onChanged={onChanged} /> : <ReportDetails objectId={view.object.id} reReview={reReview} />}
        </Section>
        {snapshot && (
          <Section title="复核指标快照" label="复核快照">
            {/* A decided re-review's figures are folded away: the page would otherwise repeat every indicator per re-review. */}
            {isCurrent ? (
              <SnapshotOf snapshot={snapshot} />
            ) : (
              <Collapse size="small" items={[{ key: 'snapshot', label: `查看${snapshot.takenOn}固定的指标快照`, children: <SnapshotOf snapshot={snapshot} /> }]} />
            )}
          </Section>
        )}
        <Section title="义务履行记录（《管理办法》第十四条）" label="复核期间义务履行记录">
          <ObligationList records={reReview.obligations} />
        </Section>
        {readsAssessment && (
          <Section title="地市评估" label="地市评估">
            {reReview.cityOpinion ? <AssessmentDetails reReview={reReview} /> : !(isCurrent && view.canAssess) && <Text type="secondary">{reReview.status === 'ended' ? '未经地市评估' : '地市尚未评估'}</Text>}
            {isCurrent && view.canAssess && <AssessmentForm view={view} reReview={reReview} onChanged={onChanged} />}
          </Section>
        )}
        {isCurrent && user.role === 'province' && !view.canDecide && view.decideBlockedReason && (
          <Alert type="info" showIcon title={`暂不能作出复核结论：${view.decideBlockedReason}`} />
        )}
        {isCurrent && view.canDecide && <DecisionForm view={view} reReview={reReview} onChanged={onChanged} />}
      </Flex>
    </Card>
  );
}

export function ReReviewDetail({ view, onChanged }: { view: ObjectReReviewsView; onChanged: () => void }) {
  const current = currentReReview(view);
  // The status line often names these days already; they are added only when it does not.
  const dates = [
    view.object.state === 'certified' && view.reReviewDueOn && !view.statusText.includes(view.reReviewDueOn) ? `下次复核：${view.reReviewDueOn}起` : null,
    view.object.state === 'rectifying' && view.rectificationEndsOn && !view.statusText.includes(view.rectificationEndsOn) ? `整改期至${view.rectificationEndsOn}（含当日）` : null,
  ].filter(Boolean);
  return (
    <Flex vertical gap={16} className="re-review">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        省工业和信息化厅会同地市级中小企业主管部门每2年开展一次运行和服务情况复核，复核不达标的给予1年整改期，连续两年未通过复核的取消认定命名（《管理办法》第十条）。
      </Typography.Paragraph>
      <Alert role="status" aria-label="复核状态" type="info" showIcon title={view.statusText} description={dates.length > 0 ? dates.join('；') : undefined} />
      {view.failureConsequence === 'revocation' && (
        <Alert
          role="alert"
          aria-label="取消认定命名提示"
          type="warning"
          showIcon
          title="上次复核不达标，已给予整改期"
          description="本次复核仍不达标的，将取消认定命名（连续两年未通过复核），理由向社会公布。"
        />
      )}
      {view.reReviews.length === 0 ? (
        <Empty description="尚未开展复核" />
      ) : (
        view.reReviews.map((r) => (
          <ReReviewCard key={r.id} view={view} reReview={r} isCurrent={r.id === current?.id} onChanged={onChanged} />
        ))
      )}
    </Flex>
  );
}
