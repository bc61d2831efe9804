// 数据导入 tab of a creation object (F4 item 2(a); Art. 6, 13: results are tracked from reported data). Everyone who
// may see the object sees the datasets, their templates and the import history; only the operating organisation
// uploads, and only while data are collected (creation onwards).
import { Alert, Flex } from 'antd';
import type { ImportHistory } from '../../../../src/contracts/data-imports';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import { useFetch } from '../../lib/use-fetch';
import { DatasetImportCard } from './dataset-import-card';
import { ImportHistoryCard } from './import-history';
import { importPaths } from './upload-import';
import './data-imports.css';

function uploadNotice(object: CreationObjectSummary): string | null {
  if (!object.canWrite) return '数据由运营主体导入；此处可下载模板、查看导入记录和错误报告。';
  if (!object.isCollectingData) return `该对象当前状态为“${object.stateLabel}”，不在数据采集期内，暂不能导入数据。`;
  return null;
}

export function DataImportsTab({ object }: { object: CreationObjectSummary }) {
  const history = useFetch<ImportHistory>(importPaths.history(object.id));
  const canUpload = object.canWrite && object.isCollectingData;
  const notice = uploadNotice(object);
  return (
    <Flex vertical gap={16} className="data-imports">
      {canUpload ? (
        <Alert
          type="info"
          showIcon
          title="按模板填写后上传Excel或CSV文件"
          description="先下载数据集的模板：第一行为中文列名（带*的为必填），第二行为示例（导入时自动跳过），填写说明见模板的“填写说明”表。校验通过的行导入，未通过的行不导入并列入错误报告；修改后重新导入整个文件即可，已导入的记录不会重复计算。"
        />
      ) : (
        notice && <Alert type="info" showIcon title={notice} />
      )}
      {object.datasets.map((dataset) => (
        <DatasetImportCard key={dataset} objectId={object.id} dataset={dataset} canUpload={canUpload} onImported={history.reload} />
      ))}
      <ImportHistoryCard objectId={object.id} history={history} />
    </Flex>
  );
}
