// 数据维护 tab of a creation object (F4 item 2(c)): each dataset of the carrier with its current rows; the operating
// organisation adds or corrects single rows in forms and voids service records and events while data are collected. Everyone
// else who may see the object reads the same rows. Nothing is edited in place (DESIGN §5): a correction is a new row.
import { Alert, Flex } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import { DatasetRowsCard } from './dataset-rows-card';
import { ServiceRecordsCard } from './service-records-card';
import './data-corrections.css';

function notice(object: CreationObjectSummary): string {
  if (!object.canWrite) return '数据由运营主体报送和维护；此处可查看各数据集的当前内容。';
  if (!object.isCollectingData) return `该对象当前状态为“${object.stateLabel}”，不在数据采集期内，暂不能新增、更正或作废数据。`;
  return '少量数据可在此逐条新增或更正（批量数据请用“数据导入”）。更正保存为新记录并替代原记录，原记录保留备查；录错的服务记录和活动请作废。';
}

export function DataCorrectionsTab({ object }: { object: CreationObjectSummary }) {
  const canEdit = object.canWrite && object.isCollectingData;
  return (
    <Flex vertical gap={16} className="data-corrections">
      <Alert type="info" showIcon title={notice(object)} />
      {object.datasets.map((dataset) =>
        dataset === 'serviceRecords' ? (
          <ServiceRecordsCard key={dataset} object={object} canEdit={canEdit} />
        ) : (
          <DatasetRowsCard key={dataset} object={object} dataset={dataset} canEdit={canEdit} />
        ),
      )}
    </Flex>
  );
}
