import { useEffect, useState } from 'react';
import { App, Button, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { MyReviewList, ReviewCaseView } from '../../../../src/contracts/experts';
import { ErrorResult } from '../../components/error-result';
import { NotFoundResult } from '../../components/not-found-result';
import { useFetch } from '../../lib/use-fetch';
import { CaseContent } from './case-content';
import { DeclarationCard } from './declaration-card';
import { ScoringForm } from './scoring-form';

/** One assignment: the declaration first, then the case with the scoring form. */
export function MyReviewPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const list = useFetch<MyReviewList>('/api/my-reviews');
  const item = list.data?.items.find((i) => i.id === id);
  const declared = item !== undefined && item.status !== 'undeclared';
  const detail = useFetch<ReviewCaseView>(declared ? `/api/my-reviews/${id}` : null);
  const [view, setView] = useState<ReviewCaseView | undefined>(undefined);
  useEffect(() => setView(detail.data), [detail.data]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => navigate('/workspace/my-reviews')}>
      返回我的评审
    </Button>
  );
  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Skeleton active />;
  if (!item) return <NotFoundResult subTitle="该评审任务不存在，或您已声明存在利害关系。" backTo="/workspace/my-reviews" backLabel="返回我的评审" />;
  if (!declared) {
    return (
      <>
        {back}
        <DeclarationCard
          url={`/api/my-reviews/${item.id}/declaration`}
          details={[
            { label: '申报编号', value: item.applicationNumber ?? '' },
            { label: '平台（基地）名称', value: item.platformName },
            { label: '运营主体', value: item.organisationName },
            { label: '所在地市', value: item.cityName },
          ]}
          task="评审此申报"
          onDeclared={(declaration) => {
            if (declaration === 'conflicted') {
              void message.success('已声明存在利害关系，您不再评审此申报');
              navigate('/workspace/my-reviews');
            } else list.reload();
          }}
        />
      </>
    );
  }
  if (detail.error) return <ErrorResult error={detail.error} onRetry={detail.reload} />;
  if (!view) return <Skeleton active />;
  return (
    <>
      {back}
      <div className="expert-review-case">
        <CaseContent view={view} />
        <ScoringForm key={view.submittedAt ?? 'draft'} view={view} onSaved={setView} />
      </div>
    </>
  );
}
