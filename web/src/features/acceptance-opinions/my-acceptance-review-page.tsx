import { useEffect, useState } from 'react';
import { Alert, App, Button, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { MyAcceptanceReviewView } from '../../../../src/contracts/acceptance-opinions';
import { ErrorResult } from '../../components/error-result';
import { NotFoundResult } from '../../components/not-found-result';
import { useFetch } from '../../lib/use-fetch';
import { AcceptanceCaseContent } from './acceptance-case-content';
import { DeclarationCard } from '../expert-review/declaration-card';
import { AcceptanceOpinionForm } from './acceptance-opinion-form';

/** One acceptance assignment: the declaration first, then the case with the opinion form (read-only once given). */
export function MyAcceptanceReviewPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const detail = useFetch<MyAcceptanceReviewView>(`/api/my-acceptance-reviews/${id}`);
  const [view, setView] = useState<MyAcceptanceReviewView | undefined>(undefined);
  useEffect(() => setView(detail.data), [detail.data]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => navigate('/workspace/my-acceptance-reviews')}>
      返回验收评审
    </Button>
  );
  if (detail.error?.status === 404) {
    return <NotFoundResult subTitle="该验收评审任务不存在，或您已声明存在利害关系。" backTo="/workspace/my-acceptance-reviews" backLabel="返回验收评审" />;
  }
  if (detail.error) return <ErrorResult error={detail.error} onRetry={detail.reload} />;
  if (!view) return <Skeleton active />;
  if (view.status === 'undeclared') {
    return (
      <>
        {back}
        <DeclarationCard
          url={`/api/my-acceptance-reviews/${view.id}/declaration`}
          details={[
            { label: '平台（基地）名称', value: view.platformName },
            { label: '运营主体', value: view.organisationName },
            { label: '所在地市', value: view.cityName },
            { label: '验收批次', value: `第${view.attempt}次评估验收` },
          ]}
          task="参加此次验收"
          onDeclared={(declaration) => {
            if (declaration === 'conflicted') {
              void message.success('已声明存在利害关系，您不再参加此次验收');
              navigate('/workspace/my-acceptance-reviews');
            } else detail.reload();
          }}
        />
      </>
    );
  }
  const theCase = view.case;
  if (!theCase) {
    return (
      <>
        {back}
        <Alert type="info" showIcon title="该验收已结束，您未作声明，无需提交意见。" />
      </>
    );
  }
  return (
    <>
      {back}
      <div>
        <AcceptanceCaseContent view={{ ...view, case: theCase }} />
        <AcceptanceOpinionForm key={view.opinion?.submittedAt ?? 'open'} view={view} theCase={theCase} onSaved={setView} />
      </div>
    </>
  );
}
