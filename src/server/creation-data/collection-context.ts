// What an import needs to know about the creation object: whether it collects data now (Art. 7(2): from creation
// to revocation), whether the dataset is one of its carrier's, and the service items of its platform kind.
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import { isCollectingData } from '../../domain/creation-data/collection-states';
import { DATASETS, type DatasetKey } from '../../domain/creation-data/datasets';
import type { RowContext } from '../../domain/creation-data/row-schema';
import { rowContextOf as rowContextFor } from '../../domain/creation-data/rows/row-schemas';
import { stateLabel } from '../../domain/lifecycle/states';
import type { PlainDate } from '../../domain/shared/plain-date';
import { AppError } from '../../domain/shared/app-error';
import { platformKindOf } from '../use-cases/creation-object-view';

const CARRIER_LABELS = { platform: '示范平台', base: '示范基地' } as const;

/** The row context of the creation object's imports (service items of its kind; today bounds every date). */
export function rowContextOf(application: ApplicationRow, today: PlainDate): RowContext {
  return rowContextFor({ standardVersion: application.standardVersion, platformKind: platformKindOf(application.content) }, today);
}

/** A dataset of the other carrier is not one this creation object has: 404, as for a dataset that does not exist. */
export function requireDatasetOfCarrier(application: ApplicationRow, dataset: DatasetKey): void {
  const info = DATASETS[dataset];
  if (info.carrier === application.carrier) return;
  throw new AppError('NOT_FOUND', `“${info.label}”是${CARRIER_LABELS[info.carrier]}报送的数据，本创建对象是${application.carrier === 'base' ? CARRIER_LABELS.base : CARRIER_LABELS.platform}，没有这个数据集`);
}

export function requireCollectingData(application: ApplicationRow): void {
  if (isCollectingData(application.state)) return;
  throw new AppError('DATA_COLLECTION_CLOSED', `该平台（基地）当前为“${stateLabel(application.state)}”，不在数据采集期（自确定为创建对象起至撤销前），不能报送或更正数据、管理数据接口或提交进展报告`);
}
