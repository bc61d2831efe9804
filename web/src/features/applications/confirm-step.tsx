// Step 5 确认提交: what is still missing, the Art. 5 check and the closing time; submission goes to the city.
import { Alert, Button, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import { chineseDate } from '../../../../src/domain/shared/plain-date';
import { EligibilityAlert } from './platform-step';

const { Paragraph } = Typography;

export function ConfirmStep({ detail, submitting, onSubmit }: { detail: ApplicationDetail; submitting: boolean; onSubmit: () => void }) {
  const isResubmission = detail.state === 'returned_for_revision';
  const deadline = isResubmission ? detail.call.cityReviewDeadline : detail.call.closesOn;
  const blocked = detail.missingParts.length > 0 || (detail.eligibilityFailures?.length ?? 1) > 0;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${isResubmission ? '修改后重新提交' : '申报'}截止时间：${chineseDate(deadline)}24时`}
        description={`申报时间 ${detail.call.opensOn} 至 ${detail.call.closesOn}（含当日）。提交后由所在地市中小企业主管部门初审；初审前可撤回。`}
      />
      {detail.missingParts.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`还有${detail.missingParts.length}项需补充后才能提交`}
          description={
            <ul className="missing-parts">
              {detail.missingParts.map((p) => (
                <li key={p.path}>{p.message}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title="申报内容和材料已齐全" />
      )}
      <EligibilityAlert detail={detail} />
      <Paragraph type="secondary" style={{ marginTop: 16 }}>
        提交时系统生成申请表（Word），印有申报编号和内容校验码，纸质件可据此与系统中保存的版本核对。
      </Paragraph>
      <Button type="primary" size="large" icon={<SendOutlined />} loading={submitting} disabled={blocked || submitting} onClick={onSubmit} block>
        {isResubmission ? '重新提交' : '提交申报'}
      </Button>
    </>
  );
}
