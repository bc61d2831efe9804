import { Tag } from 'antd';
import type { OrganisationSummary } from '../../../../src/contracts/organisations';

/** Flags a city reviewer should notice at once: branches and serious-dishonesty entities may not apply (Art. 2, 5). */
export function OrganisationStatusTags({ organisation }: { organisation: OrganisationSummary }) {
  return (
    <>
      {organisation.isBranch && <Tag color="orange">分支机构</Tag>}
      {organisation.isDishonest && <Tag color="red">严重失信</Tag>}
    </>
  );
}
