// 导出 of the city's initial-review list for one call (Art. 7(1)), as .xlsx: the same rows as the queue.
import { cityListWorkbook } from '../documents/city-list-xlsx';
import type { XlsxDownload } from '../documents/xlsx-workbook';
import type { Deps, RequestContext } from './context';
import { listCityReviewQueue } from './list-city-review-queue';
import { shanghaiDateTime } from './review-views';

export async function exportCityList(deps: Deps, ctx: RequestContext, callId: string): Promise<XlsxDownload> {
  const queue = await listCityReviewQueue(deps, ctx, { callId });
  const buffer = await cityListWorkbook(queue.cityName, queue.call.year, queue.items, (iso) => shanghaiDateTime(iso ? new Date(iso) : null));
  return { fileName: `${queue.cityName}${queue.call.year}年度初审推荐情况.xlsx`, asciiFileName: `city-review-${queue.cityCode}-${queue.call.year}.xlsx`, buffer };
}
