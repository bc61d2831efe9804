// Art. 7(1) "申报单位…向所在地级以上市中小企业主管部门提交": until the applicant submits, the application is its own
// working copy. A draft, or a draft withdrawn without ever being submitted, is seen only by the applicant;
// cities, the province and the auditor see an application from its first submission on. The SQL twin of this
// rule is `everSubmitted` in src/db/repositories/applications.repository.ts.
export interface SubmissionTrace {
  state: string;
  submittedVersion: number;
}

export function isNeverSubmitted(application: SubmissionTrace): boolean {
  return application.state === 'draft' || (application.state === 'withdrawn' && application.submittedVersion === 0);
}
