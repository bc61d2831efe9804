// The import templates of a dataset (Excel and CSV), filled in with what this creation object may report: the
// service items of its platform kind, the division codes.
import { DATASETS } from '../../domain/creation-data/datasets';
import { requireDatasetOfCarrier, rowContextOf } from '../creation-data/collection-context';
import { getDatasetHandler, requireRegisteredDataset } from '../creation-data/dataset-handlers';
import { buildTemplateCsv, buildTemplateXlsx } from '../creation-data/template';
import { XLSX_TYPE } from '../documents/xlsx-workbook';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export interface TemplateDownload {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
  asciiFileName: string;
}

export async function downloadDatasetTemplate(deps: Deps, ctx: RequestContext, id: string, dataset: string, format: 'xlsx' | 'csv'): Promise<TemplateDownload> {
  const { application } = await loadCreationObject(deps, ctx, id);
  const key = requireRegisteredDataset(dataset);
  const { schema } = getDatasetHandler(key);
  requireDatasetOfCarrier(application, key);
  const context = rowContextOf(application, deps.clock.today());
  const label = DATASETS[key].label;
  const bytes = format === 'xlsx' ? await buildTemplateXlsx(label, schema, context) : buildTemplateCsv(schema, context);
  return {
    bytes,
    mediaType: format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
    fileName: `${label}导入模板.${format}`,
    asciiFileName: `${key}-template.${format}`,
  };
}
