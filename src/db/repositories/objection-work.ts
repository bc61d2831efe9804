// Which undecided objections are still work (reminders, escalation, 待办, open counts): not those to an entry that left
// the notice's 公示 by a decision other than the 公示 outcome — an Art. 12 cancellation during the 拟认定公示, a
// finding of ineligibility during the 创建对象公示 (src/domain/publicity/left-by-decision.ts, the same rule in memory).
// Derived from the entry's final state and the notice its facts still name; the objection rows stay as received.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { LEAVING_DECISIONS } from '../../domain/publicity/left-by-decision';
import { applications } from '../schema/index';

const leavingPairs = sql.raw(Object.entries(LEAVING_DECISIONS).map(([stage, decision]) => `('${stage}', '${decision.state}')`).join(', '));

/**
 * True while the objection's entry has not left the notice by such a decision. `objection` names the objection's
 * application and notice columns (in a subquery, as raw alias columns); `stage` is the notice's stage column.
 */
export function objectionStillWork(objection: { applicationId: AnyColumn | SQL; noticeId: AnyColumn | SQL }, stage: AnyColumn | SQL): SQL {
  return sql`NOT EXISTS (
    SELECT 1 FROM ${applications} left_entry
    WHERE left_entry.id = ${objection.applicationId}
      AND (${stage}, left_entry.state) IN (${leavingPairs})
      AND left_entry.facts ->> 'publicityNoticeId' = (${objection.noticeId})::text)`;
}
