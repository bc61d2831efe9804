import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card } from 'antd';
import { useLocation } from 'react-router-dom';
import { PageLoading } from '../components/page-loading';
import { PublicLayout } from '../components/public-layout';
import { MeasuresContents, MeasuresDocument } from '../features/measures/measures-document';
import { parseMeasures } from '../features/measures/parse-measures';

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; text: string };

export function MeasuresPage() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { hash } = useLocation();

  useEffect(() => {
    const controller = new AbortController();
    fetch('/measures.txt', { signal: controller.signal })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(
        (text) => setLoad({ status: 'loaded', text }),
        () => {
          if (!controller.signal.aborted) setLoad({ status: 'failed' });
        },
      );
    return () => controller.abort();
  }, [attempt]);

  const blocks = useMemo(() => (load.status === 'loaded' ? parseMeasures(load.text) : []), [load]);

  // The text arrives after navigation, so the browser could not scroll to the #article-N anchor by itself.
  useEffect(() => {
    if (blocks.length > 0 && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [blocks, hash]);

  return (
    <PublicLayout width="narrow">
      {load.status === 'loading' && <PageLoading />}
      {load.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title="办法全文加载失败，请稍后重试。"
          action={
            <Button
              size="small"
              onClick={() => {
                setLoad({ status: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              重试
            </Button>
          }
        />
      )}
      {load.status === 'loaded' && (
        <>
          <MeasuresContents blocks={blocks} />
          <Card>
            <MeasuresDocument blocks={blocks} />
          </Card>
        </>
      )}
    </PublicLayout>
  );
}
