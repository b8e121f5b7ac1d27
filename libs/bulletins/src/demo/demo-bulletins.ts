import { DEFAULT_MARKING, DistributionLine } from '@sqmy/contract';
import { DataSource } from 'typeorm';
import { BulletinSeries } from '../series/bulletin-series.entity';

export const DEMO_SERIES_TITLE = '晋中社情民意';

const DISTRIBUTION: DistributionLine[] = [
  { label: '报', text: '省政协办公厅、研究室，市委、市人大常委会、市政府、市政协领导' },
  { label: '送', text: '市委办公室、市政府办公室，市直有关部门' },
  { label: '发', text: '各县（区、市）政协，市政协各专门委员会、各参加单位' },
];

/** The demo committee's series 《晋中社情民意》; does nothing when the committee has it already. */
export async function seedDemoBulletins(dataSource: DataSource, committeeId: string): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(BulletinSeries)
    .values({ committeeId, title: DEMO_SERIES_TITLE, issuingUnit: '政协晋中市委员会研究中心', marking: DEFAULT_MARKING, defaultDistribution: DISTRIBUTION, defaultCopies: 60 })
    .orIgnore()
    .execute();
}
