// Step 3 指标数据: the same fact fields as 达标自评 (DESIGN §7), checked live against the call's standard set at the
// creation stage each time the draft is saved.
import { Alert, Button, Form, type FormInstance } from 'antd';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import type { DivisionsResponse } from '../../../../src/contracts/divisions';
import type { StandardsResponse } from '../../../../src/contracts/standards';
import { BaseFactFields } from '../self-assessment/base-fact-fields';
import { PlatformFactFields } from '../self-assessment/platform-fact-fields';
import type { SelfAssessmentFormValues } from '../self-assessment/self-assessment-values';
import { EvaluationSection } from './application-sections';
import type { WizardValues } from './wizard-values';

interface FactsStepProps {
  detail: ApplicationDetail;
  standards: StandardsResponse;
  divisions: DivisionsResponse | undefined;
  isStale: boolean;
  saving: boolean;
  onCheck: () => void;
}

export function FactsStep({ detail, standards, divisions, isStale, saving, onCheck }: FactsStepProps) {
  const form = Form.useFormInstance<WizardValues>();
  const carrier = Form.useWatch('carrier', form);
  // The wizard uses the self-assessment's field names for carrier, platformKind, region and facts.
  const shared = form as unknown as FormInstance<SelfAssessmentFormValues>;
  return (
    <>
      {carrier === 'base' ? <BaseFactFields form={shared} standards={standards} /> : <PlatformFactFields form={shared} standards={standards} divisions={divisions} />}
      <Button onClick={onCheck} loading={saving} style={{ marginBottom: 16 }}>
        保存并核对指标
      </Button>
      {isStale && detail.evaluation && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="数据已修改，以下核对结果对应修改前保存的数据，请保存后重新核对。" />}
      {detail.evaluation ? (
        <EvaluationSection application={detail} />
      ) : (
        <Alert type="info" showIcon title="填齐本页各项数据并保存后，显示对照创建标准的核对结果。" />
      )}
    </>
  );
}
