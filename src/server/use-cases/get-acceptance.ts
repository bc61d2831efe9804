// 评估验收 (F5 item 1; Art. 7(3)): the object's acceptance as the person asking may see it (acceptance-view.ts).
import type { AcceptanceView } from '../../contracts/acceptance';
import { buildAcceptanceView } from './acceptance-view';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export async function getAcceptance(deps: Deps, ctx: RequestContext, id: string): Promise<AcceptanceView> {
  const loaded = await loadCreationObject(deps, ctx, id, { action: 'acceptance.read' });
  return buildAcceptanceView(deps.db, deps, loaded);
}
