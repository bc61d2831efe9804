// One object's acceptance as everyone with access sees it (the tab 评估验收 and the province's detail page): the state
// in one line, the operator's form while it may draft, then each attempt (newest first) with the submission, the
// frozen snapshot, the experts' opinions (province and auditors only, ADR 0015: the operator and its city read the
// outcome and its reason) and the outcome; the province's actions where it may act. An attempt an
// upheld 拟认定公示 objection sent back (Art. 7(4)) shows each revision as a round: the earlier rounds keep their
// outcome and opinions, the current one is decided on its own experts' opinions.
import { Alert, Card, Flex, Typography } from 'antd';
import type { AcceptanceAttemptView, AcceptanceView } from '../../../../src/contracts/acceptance';
import { useSession } from '../workspace/session';
import { AcceptanceForm } from './acceptance-form';
import { OpinionList, OutcomeAlert, ReopenedAlert, roundTitle, SnapshotTable, SubmissionDetails } from './acceptance-parts';
import { AssignExperts, DecisionForm, StartReviewButton } from './province-actions';
import './acceptance.css';

const { Text } = Typography;

function AttemptCard({ view, attempt, onChanged }: { view: AcceptanceView; attempt: AcceptanceAttemptView; onChanged: () => void }) {
  const { user } = useSession();
  const isOpen = attempt.status === 'under_review';
  const isProvince = user.role === 'province';
  const seesOpinions = isProvince || user.role === 'auditor';
  const sameAttempt = view.attempts.filter((a) => a.attempt === attempt.attempt);
  const hasRounds = sameAttempt.length > 1;
  const isSuperseded = sameAttempt.some((a) => a.revision > attempt.revision);
  const name = roundTitle(attempt, hasRounds);
  return (
    <Card size="small" role="region" aria-label={name} title={`${name} · ${attempt.statusLabel}`}>
      <Flex vertical gap={16}>
        {attempt.reopenedReason && <ReopenedAlert attempt={attempt} />}
        <OutcomeAlert attempt={attempt} title={name} />
        {/* A later round carries the same submission and snapshot: an earlier one shows only what was its own. */}
        {isSuperseded ? (
          <Text type="secondary">拟认定公示异议经核实属实，本轮结论不再适用，省工业和信息化厅已重新作出验收结论（见上方）。验收材料和指标快照同上{seesOpinions ? '，本轮专家意见保留备查' : ''}。</Text>
        ) : (
          <>
            <SubmissionDetails objectId={view.object.id} attempt={attempt} />
            {attempt.snapshot && <SnapshotTable snapshot={attempt.snapshot} />}
          </>
        )}
        {seesOpinions && attempt.startedAt && (
          <section aria-label="验收专家意见">
            <Typography.Title level={5}>专家意见</Typography.Title>
            <OpinionList opinions={attempt.opinions} />
          </section>
        )}
        {isProvince && isOpen && (
          <>
            <AssignExperts attempt={attempt} onChanged={onChanged} />
            {view.decideBlockedReason && <Alert type="info" showIcon title={`暂不能作出验收结论：${view.decideBlockedReason}`} />}
            {view.canDecide && <DecisionForm view={view} onChanged={onChanged} />}
          </>
        )}
      </Flex>
    </Card>
  );
}

export function AcceptanceDetail({ view, onChanged }: { view: AcceptanceView; onChanged: () => void }) {
  // The operator's current draft is shown in the form, not as an attempt.
  const shown = view.attempts.filter((a) => !(view.canDraft && a.status === 'draft'));
  return (
    <Flex vertical gap={16} className="acceptance">
      <Alert role="status" aria-label="评估验收状态" type="info" showIcon title={view.statusText} />
      {view.canStart && (
        <Card size="small" title="组织评估验收">
          <Flex vertical gap={8}>
            <Text type="secondary">创建期已于{view.object.period?.endsOn}届满。组织评估验收后，运营主体不能再修改申请。</Text>
            <StartReviewButton view={view} onChanged={onChanged} />
          </Flex>
        </Card>
      )}
      {view.canDraft && (
        <Card size="small" title={`第${view.currentAttempt}次评估验收申请`}>
          <AcceptanceForm key={view.attempts[0]?.id ?? 'new'} view={view} onChanged={onChanged} />
        </Card>
      )}
      {shown.map((attempt) => (
        <AttemptCard key={attempt.id} view={view} attempt={attempt} onChanged={onChanged} />
      ))}
    </Flex>
  );
}
