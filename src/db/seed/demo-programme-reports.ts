// The 半年进展报告 (F4 item 5) the demo programme's creation objects have handed in up to the demo's day: most on time,
// a few late and a few missing, so the 统计看板's overdue figure is a handful and not every half year of every object.
import type { ApplicationContent } from '../../domain/applications/application-content';
import { addDays } from '../../domain/calendar/day-arithmetic';
import { creationPeriod } from '../../domain/creation-data/creation-period';
import { halfYearsOf } from '../../domain/creation-data/progress-periods';
import type { PlainDate } from '../../domain/shared/plain-date';
import type { Db } from '../client';
import { progressReports } from '../schema/index';
import type { PlannedPath } from './demo-programme-plan';
import type { Random } from './seeded-random';

/** The day the generated programme stands at (its last certifications are on 2026-11-03). */
export const DEMO_PROGRAMME_AS_OF: PlainDate = '2026-11-29';

const NARRATIVES = ['本半年按创建方案推进线上平台建设，组织线下服务活动，服务企业数量稳步增长。', '完成服务功能模块升级，新增合作服务机构，开展专精特新企业培育活动。'];

const CITY_COMMENTS = ['已阅，进展符合创建方案，请继续按计划推进。', '进展总体良好，请加强线下服务活动组织。', '已阅，请补充服务企业名单佐证。'];

/** Inserts the reports of the half years that ended before the object left creation (or before the demo's day). */
export async function insertProgressReports(tx: Db, random: Random, applicationId: string, path: PlannedPath, content: ApplicationContent): Promise<number> {
  const period = creationPeriod({ creationPeriodEndsOn: path.creationPeriodEndsOn, isExtended: path.isExtended });
  if (!period) return 0;
  const cancelledOn = path.state === 'creation_cancelled' ? path.steps[path.steps.length - 1]!.on : null;
  const rows = halfYearsOf(period)
    .filter((half) => half.endsOn <= (cancelledOn ?? DEMO_PROGRAMME_AS_OF) && !random.chance(0.06))
    .map((half) => {
      const submittedOn = addDays(half.endsOn, random.chance(0.08) ? random.int(32, 60) : random.int(3, 28));
      // The city has commented on the older ones; the latest few still wait in its 待办.
      const commentedOn = submittedOn < '2026-10-01' && random.chance(0.85) ? addDays(submittedOn, random.int(5, 20)) : null;
      return {
        applicationId,
        halfYear: half.index,
        periodStart: half.startsOn,
        periodEnd: half.endsOn,
        narrative: random.pick(NARRATIVES),
        goalProgress: content.plan.goals.map((goal) => ({ indicatorCode: goal.indicatorCode, target: goal.target, progress: `已完成目标的${random.int(35, 95)}%` })),
        submittedAt: new Date(`${submittedOn > DEMO_PROGRAMME_AS_OF ? DEMO_PROGRAMME_AS_OF : submittedOn}T02:00:00Z`),
        cityComment: commentedOn ? random.pick(CITY_COMMENTS) : null,
        cityCommentedAt: commentedOn ? new Date(`${commentedOn}T03:00:00Z`) : null,
      };
    });
  if (rows.length > 0) await tx.insert(progressReports).values(rows);
  return rows.length;
}
