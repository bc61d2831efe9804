// F7 item 7: every registered route and the zod schemas its handler parses (body, query, params), so the fuzz
// harness (routes/fuzz.integration.test.ts) derives valid and mutated inputs from the same contracts the server
// checks. The test fails when a route is registered without a row here (ASVS V5.1 input validation on every route).
import type { z } from 'zod';
import { zAcceptanceDecision, zAcceptanceEvidenceParams, zAcceptanceListQuery, zAcceptanceLockRequest, zAcceptanceParams, zSaveAcceptanceDraft } from '../../../contracts/acceptance';
import { zAcceptanceDeclarationRequest, zAcceptanceOpinionRequest, zAcceptanceReviewParams, zAssignAcceptanceExperts, zMyAcceptanceEvidenceParams, zMyAcceptanceReviewParams } from '../../../contracts/acceptance-opinions';
import { zAccountListQuery, zAccountParams, zAssignmentParams, zCreateAccountRequest, zCredentialHandoverParams, zGrantRoleRequest, zOrganisationSearchQuery } from '../../../contracts/accounts';
import { zApiKeyParams, zApiKeysParams, zCreateApiKey, zPushBody, zPushParams, zPushedImportParams } from '../../../contracts/api-keys';
import { zApplicationFileParams, zApplicationIdParams, zApplicationListQuery, zApplicationMaterialParams, zCreateApplication, zMaterialUploadFields, zSaveApplicationDraft, zSubmitApplication, zWithdrawApplication } from '../../../contracts/applications';
import { zLoginLogQuery, zOperationLogQuery } from '../../../contracts/audit-log';
import { zOverdueQuery, zOversightFilters, zOversightObjectsQuery, zProgrammeReportQuery } from '../../../contracts/oversight';
import { zChangePasswordRequest, zLoginRequest } from '../../../contracts/auth';
import { zCalendarYearParams, zCalendarYearQuery, zPublicityWindowQuery, zPublishCalendarYearRequest } from '../../../contracts/calendar';
import { zCallContent, zCallIdParams, zCallYearParams } from '../../../contracts/calls';
import { zAnnouncementIdParams, zAnnouncementListQuery, zPublishAnnouncement, zPublishCertificationNotice } from '../../../contracts/certification';
import { zChangeReportDocumentParams, zChangeReportParams, zChangeReportsParams, zDecideChangeReport, zProposeChangeOutcome, zReportChange } from '../../../contracts/change-reports';
import { zCityDecisionRequest, zCityExportQuery, zCityReviewQuery, zRecommendationsPreviewRequest, zRecommendationsRequest } from '../../../contracts/city-review';
import { zCreationObjectIdParams } from '../../../contracts/creation-objects';
import { zCurrentRowsQuery, zDatasetRecordParams, zDatasetRecordRequest, zServiceEventParams, zServiceRecordParams, zServiceRecordsQuery, zVoidRequest } from '../../../contracts/data-corrections';
import { zDatasetParams, zImportReportParams } from '../../../contracts/data-imports';
import { zAddAvoidance, zAddExpert, zCreateReviewGroup, zDeclarationRequest, zDrawMoreRequest, zExpertIdParams, zGroupIdParams, zReviewCallParams, zReviewFileParams, zReviewIdParams, zScoresRequest } from '../../../contracts/experts';
import { zNoInput } from '../../../contracts/fields';
import { zCreationObjectListQuery, zEventPageQuery, zWindowPageQuery, zWindowQuery } from '../../../contracts/indicators';
import { zIntegrityEvidenceParams, zIntegrityFindingParams, zIntegrityFindingsParams, zRecordIntegrityFinding, zRevocationListQuery } from '../../../contracts/integrity';
import { zNationalEntrySearchQuery, zNationalRowParams, zNationalUploadParams, zResolveNationalRow } from '../../../contracts/national-tier';
import { zNoticeIdParams, zObjectionAttachmentParams, zObjectionDecision, zObjectionForm, zObjectionIdParams, zObjectionStatusRequest, zPublishCreationNotice, zReceiptParams } from '../../../contracts/notices';
import { zNotificationIdParams } from '../../../contracts/notifications';
import { zObligationEvidenceParams, zObligationParams, zObligationsParams, zObligationsQuery, zRecordObligation, zVoidObligation } from '../../../contracts/obligations';
import { zPublicContact } from '../../../contracts/organisation-contact';
import { zListOrganisationsQuery, zOrganisationIdParams } from '../../../contracts/organisations';
import { zCityComment, zProgressReportParams, zProgressReportsParams, zSubmitProgressReport } from '../../../contracts/progress-reports';
import { zCallReviewParams, zFormalCheckRequest, zProvinceDecisionRequest, zProvinceReviewQuery, zShortlistPreviewRequest, zShortlistRequest } from '../../../contracts/province-review';
import { zAssessReReview, zCreateReReviewRound, zDecideReReview, zPreviewReReviewRound, zReReviewFileParams, zReReviewListQuery, zReReviewObjectParams, zReReviewParams, zSaveReReviewReport } from '../../../contracts/re-review';
import { zRegistrationRequest } from '../../../contracts/registration';
import { zRegistryCsvQuery, zRegistryEntryParams, zRegistryQuery } from '../../../contracts/registry';
import { zSecondFactorCode } from '../../../contracts/second-factor';
import { zSelfAssessmentRequest } from '../../../contracts/self-assessment';

/** How a multipart route reads its body: one file part `file`; a material (`kind` + `file`); an objection form (fields, then attachments). */
export type MultipartKind = 'single' | 'material' | 'objection';

export interface RouteInputs {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  multipart?: MultipartKind;
  /** The text fields of a multipart form, checked by the same contract as JSON bodies. */
  multipartFields?: z.ZodType;
}

/** Keyed by `METHOD url` exactly as Fastify registers it (see TestApp.routes). */
export const ROUTE_INPUTS: Record<string, RouteInputs> = {
  'POST /api/acceptance-reviews/:reviewId/experts': { params: zAcceptanceReviewParams, body: zAssignAcceptanceExperts },
  'GET /api/my-acceptance-reviews': { query: zNoInput },
  'GET /api/my-acceptance-reviews/:opinionId': { params: zMyAcceptanceReviewParams, query: zNoInput },
  'POST /api/my-acceptance-reviews/:opinionId/declaration': { params: zMyAcceptanceReviewParams, body: zAcceptanceDeclarationRequest },
  'POST /api/my-acceptance-reviews/:opinionId/opinion': { params: zMyAcceptanceReviewParams, body: zAcceptanceOpinionRequest },
  'GET /api/my-acceptance-reviews/:opinionId/evidence/:fileId': { params: zMyAcceptanceEvidenceParams, query: zNoInput },
  'GET /api/acceptance': { query: zAcceptanceListQuery },
  'GET /api/creation-objects/:id/acceptance': { params: zAcceptanceParams, query: zNoInput },
  'PUT /api/creation-objects/:id/acceptance/draft': { params: zAcceptanceParams, body: zSaveAcceptanceDraft },
  'POST /api/creation-objects/:id/acceptance/evidence': { params: zAcceptanceParams, multipart: 'single' },
  'GET /api/creation-objects/:id/acceptance/evidence/:fileId': { params: zAcceptanceEvidenceParams },
  'DELETE /api/creation-objects/:id/acceptance/evidence/:fileId': { params: zAcceptanceEvidenceParams },
  'POST /api/creation-objects/:id/acceptance/submit': { params: zAcceptanceParams, body: zAcceptanceLockRequest },
  'POST /api/creation-objects/:id/acceptance/start': { params: zAcceptanceParams, body: zAcceptanceLockRequest },
  'POST /api/creation-objects/:id/acceptance/decision': { params: zAcceptanceParams, body: zAcceptanceDecision },
  'GET /api/admin/accounts': { query: zAccountListQuery },
  'POST /api/admin/accounts': { body: zCreateAccountRequest },
  'POST /api/admin/accounts/:id/disable': { params: zAccountParams, body: zNoInput },
  'POST /api/admin/accounts/:id/enable': { params: zAccountParams, body: zNoInput },
  'POST /api/admin/accounts/:id/reset-password': { params: zAccountParams, body: zNoInput },
  'POST /api/admin/accounts/:id/roles': { params: zAccountParams, body: zGrantRoleRequest },
  'DELETE /api/admin/accounts/:id/roles/:assignmentId': { params: zAssignmentParams, body: zNoInput },
  'POST /api/admin/accounts/:id/unlock': { params: zAccountParams, body: zNoInput },
  'POST /api/admin/accounts/:id/reset-second-factor': { params: zAccountParams, body: zNoInput },
  'GET /api/admin/credential-handovers': { query: zNoInput },
  'POST /api/admin/credential-handovers/:id/issue': { params: zCredentialHandoverParams, body: zNoInput },
  'GET /api/admin/permissions': { query: zNoInput },
  'GET /api/admin/organisation-choices': { query: zOrganisationSearchQuery },
  'GET /api/creation-objects/:id/api-keys': { params: zApiKeysParams, query: zNoInput },
  'POST /api/creation-objects/:id/api-keys': { params: zApiKeysParams, body: zCreateApiKey },
  'POST /api/creation-objects/:id/api-keys/:keyId/revoke': { params: zApiKeyParams, body: zNoInput },
  'GET /api/applications': { query: zApplicationListQuery },
  'GET /api/applications/:id': { params: zApplicationIdParams, query: zNoInput },
  'GET /api/applications/:id/files/:fileId': { params: zApplicationFileParams },
  'POST /api/applications': { body: zCreateApplication },
  'POST /api/applications/:id': { params: zApplicationIdParams, body: zSaveApplicationDraft },
  'POST /api/applications/:id/materials': { params: zApplicationIdParams, multipart: 'material', multipartFields: zMaterialUploadFields },
  'POST /api/applications/:id/materials/:materialId/remove': { params: zApplicationMaterialParams, body: zNoInput },
  'POST /api/applications/:id/submit': { params: zApplicationIdParams, body: zSubmitApplication },
  'POST /api/applications/:id/withdraw': { params: zApplicationIdParams, body: zWithdrawApplication },
  'GET /api/audit/operations': { query: zOperationLogQuery },
  'GET /api/audit/operations.xlsx': { query: zOperationLogQuery },
  'GET /api/audit/logins': { query: zLoginLogQuery },
  'GET /api/audit/logins.xlsx': { query: zLoginLogQuery },
  'POST /api/auth/login': { body: zLoginRequest },
  'POST /api/auth/logout': { body: zNoInput },
  'GET /api/auth/me': { query: zNoInput },
  'POST /api/auth/password': { body: zChangePasswordRequest },
  'GET /api/v1/calendar/publicity-window': { query: zPublicityWindowQuery },
  'GET /api/calendar/years': { query: zNoInput },
  'GET /api/calendar/years/:year': { params: zCalendarYearParams, query: zCalendarYearQuery },
  'POST /api/calendar/years': { body: zPublishCalendarYearRequest },
  'GET /api/v1/calls': { query: zNoInput },
  'GET /api/v1/calls/:year': { params: zCallYearParams, query: zNoInput },
  'GET /api/calls': { query: zNoInput },
  'GET /api/calls/:id': { params: zCallIdParams },
  'POST /api/calls': { body: zCallContent },
  'POST /api/calls/copy-latest': { body: zNoInput },
  'POST /api/calls/:id': { params: zCallIdParams, body: zCallContent },
  'POST /api/calls/:id/publish': { params: zCallIdParams, body: zNoInput },
  'GET /api/certification': { query: zNoInput },
  'POST /api/certification-notices/preview': { body: zPublishCertificationNotice },
  'POST /api/certification-notices': { body: zPublishCertificationNotice },
  'POST /api/notices/:id/certification-announcement': { params: zNoticeIdParams, body: zPublishAnnouncement },
  'GET /api/v1/announcements': { query: zAnnouncementListQuery },
  'GET /api/v1/announcements/:id': { params: zAnnouncementIdParams },
  'GET /api/v1/announcements/:id/document.docx': { params: zAnnouncementIdParams },
  'GET /api/creation-objects/:id/change-reports': { params: zChangeReportsParams, query: zNoInput },
  'POST /api/creation-objects/:id/change-reports': { params: zChangeReportsParams, body: zReportChange },
  'POST /api/creation-objects/:id/change-reports/:reportId/proposal': { params: zChangeReportParams, body: zProposeChangeOutcome },
  'POST /api/creation-objects/:id/change-reports/:reportId/decision': { params: zChangeReportParams, body: zDecideChangeReport },
  'POST /api/creation-objects/:id/change-reports/:reportId/documents': { params: zChangeReportParams, multipart: 'single' },
  'GET /api/creation-objects/:id/change-reports/:reportId/documents/:fileId': { params: zChangeReportDocumentParams, query: zNoInput },
  'POST /api/applications/:id/city-decision': { params: zApplicationIdParams, body: zCityDecisionRequest },
  'GET /api/city-review/queue': { query: zCityReviewQuery },
  'POST /api/city-review/recommendations/preview': { body: zRecommendationsPreviewRequest },
  'POST /api/city-review/recommendations': { body: zRecommendationsRequest },
  'GET /api/city-review/export.xlsx': { query: zCityExportQuery },
  'GET /api/creation-objects': { query: zCreationObjectListQuery },
  'GET /api/creation-objects/:id': { params: zCreationObjectIdParams },
  'GET /api/creation-objects/:id/indicators': { params: zCreationObjectIdParams, query: zWindowQuery },
  'GET /api/creation-objects/:id/indicators/enterprises': { params: zCreationObjectIdParams, query: zWindowPageQuery },
  'GET /api/creation-objects/:id/indicators/events': { params: zCreationObjectIdParams, query: zEventPageQuery },
  'GET /api/creation-objects/:id/indicators/divisions': { params: zCreationObjectIdParams, query: zWindowQuery },
  'GET /api/creation-objects/:id/indicators/service-items': { params: zCreationObjectIdParams, query: zWindowQuery },
  'GET /api/creation-objects/:id/flags': { params: zCreationObjectIdParams },
  'POST /api/creation-objects/:id/datasets/:dataset/records': { params: zDatasetRecordParams, body: zDatasetRecordRequest },
  'GET /api/creation-objects/:id/datasets/:dataset/current': { params: zDatasetRecordParams, query: zCurrentRowsQuery },
  'GET /api/creation-objects/:id/service-records': { params: zCreationObjectIdParams, query: zServiceRecordsQuery },
  'POST /api/creation-objects/:id/service-records/:recordId/void': { params: zServiceRecordParams, body: zVoidRequest },
  'POST /api/creation-objects/:id/service-events/:eventId/void': { params: zServiceEventParams, body: zVoidRequest },
  'GET /api/creation-objects/:id/datasets/:dataset/template.xlsx': { params: zDatasetParams, query: zNoInput },
  'GET /api/creation-objects/:id/datasets/:dataset/template.csv': { params: zDatasetParams, query: zNoInput },
  'POST /api/creation-objects/:id/datasets/:dataset/imports': { params: zDatasetParams, multipart: 'single' },
  'GET /api/creation-objects/:id/imports': { params: zCreationObjectIdParams, query: zNoInput },
  'GET /api/creation-objects/:id/imports/:importId/error-report.xlsx': { params: zImportReportParams },
  'GET /api/divisions': {},
  'GET /api/my-reviews': { query: zNoInput },
  'POST /api/my-reviews/:id/declaration': { params: zReviewIdParams, body: zDeclarationRequest },
  'GET /api/my-reviews/:id': { params: zReviewIdParams, query: zNoInput },
  'GET /api/my-reviews/:id/files/:fileId': { params: zReviewFileParams, query: zNoInput },
  'POST /api/my-reviews/:id/scores': { params: zReviewIdParams, body: zScoresRequest },
  'GET /api/experts': { query: zNoInput },
  'POST /api/experts': { body: zAddExpert },
  'POST /api/experts/:id/avoidances': { params: zExpertIdParams, body: zAddAvoidance },
  'POST /api/experts/:id/deactivate': { params: zExpertIdParams, body: zNoInput },
  'GET /api/calls/:callId/review-groups': { params: zReviewCallParams, query: zNoInput },
  'POST /api/calls/:callId/review-groups': { params: zReviewCallParams, body: zCreateReviewGroup },
  'POST /api/review-groups/:id/draw': { params: zGroupIdParams, body: zNoInput },
  'POST /api/review-groups/:id/draw-more': { params: zGroupIdParams, body: zDrawMoreRequest },
  'GET /api/review-groups/:id/draw/replay': { params: zGroupIdParams, query: zNoInput },
  'GET /api/review-groups/:id/progress': { params: zGroupIdParams, query: zNoInput },
  'GET /api/calls/:callId/score-summary': { params: zReviewCallParams, query: zNoInput },
  'GET /api/health': {},
  'GET /api/creation-objects/:id/integrity-findings': { params: zIntegrityFindingsParams, query: zNoInput },
  'POST /api/creation-objects/:id/integrity-findings': { params: zIntegrityFindingsParams, body: zRecordIntegrityFinding },
  'POST /api/creation-objects/:id/integrity-findings/:findingId/evidence': { params: zIntegrityFindingParams, multipart: 'single' },
  'GET /api/creation-objects/:id/integrity-findings/:findingId/evidence/:fileId': { params: zIntegrityEvidenceParams, query: zNoInput },
  'GET /api/v1/revocations': { query: zRevocationListQuery },
  'POST /api/national-tier/uploads': { query: zNoInput, multipart: 'single' },
  'GET /api/national-tier/uploads': { query: zNoInput },
  'GET /api/national-tier/uploads/:id': { params: zNationalUploadParams, query: zNoInput },
  'POST /api/national-tier/rows/:rowId/resolution': { params: zNationalRowParams, body: zResolveNationalRow },
  'GET /api/national-tier/entries': { query: zNationalEntrySearchQuery },
  'GET /api/v1/notices': { query: zNoInput },
  'GET /api/v1/notices/:id': { params: zNoticeIdParams },
  'GET /api/v1/notices/:id/document.docx': { params: zNoticeIdParams },
  'POST /api/v1/notices/:id/objections': { params: zNoticeIdParams, multipart: 'objection', multipartFields: zObjectionForm },
  'POST /api/v1/objections/:receiptNumber/status': { params: zReceiptParams, body: zObjectionStatusRequest },
  'GET /api/calls/:id/creation-notices/preview': { params: zCallIdParams },
  'POST /api/calls/:id/creation-notices': { params: zCallIdParams, body: zPublishCreationNotice },
  'GET /api/notices': { query: zNoInput },
  'GET /api/notices/:id': { params: zNoticeIdParams },
  'GET /api/notices/:id/objections': { params: zNoticeIdParams },
  'GET /api/objections/:id/attachments/:index': { params: zObjectionAttachmentParams },
  'POST /api/objections/:id/decision': { params: zObjectionIdParams, body: zObjectionDecision },
  'POST /api/notices/:id/confirm': { params: zNoticeIdParams, body: zNoInput },
  'GET /api/notifications': { query: zNoInput },
  'POST /api/notifications/:id/read': { params: zNotificationIdParams, body: zNoInput },
  'GET /api/creation-objects/:id/obligations': { params: zObligationsParams, query: zObligationsQuery },
  'POST /api/creation-objects/:id/obligations': { params: zObligationsParams, body: zRecordObligation },
  'POST /api/creation-objects/:id/obligations/:recordId/evidence': { params: zObligationParams, multipart: 'single' },
  'GET /api/creation-objects/:id/obligations/:recordId/evidence/:fileId': { params: zObligationEvidenceParams },
  'POST /api/creation-objects/:id/obligations/:recordId/void': { params: zObligationParams, body: zVoidObligation },
  'GET /api/docs/openapi.json': { query: zNoInput },
  'GET /api/docs': { query: zNoInput },
  'GET /api/organisations/:id/public-contact': { params: zOrganisationIdParams, query: zNoInput },
  'PUT /api/organisations/:id/public-contact': { params: zOrganisationIdParams, body: zPublicContact },
  'GET /api/organisations': { query: zListOrganisationsQuery },
  'GET /api/oversight/dashboard': { query: zOversightFilters },
  'GET /api/oversight/dashboard.xlsx': { query: zOversightFilters },
  'GET /api/oversight/objects': { query: zOversightObjectsQuery },
  'GET /api/oversight/objects.xlsx': { query: zOversightObjectsQuery },
  'GET /api/oversight/overdue': { query: zOverdueQuery },
  'GET /api/oversight/overdue.xlsx': { query: zOverdueQuery },
  'GET /api/organisations/:id': { params: zOrganisationIdParams },
  'GET /api/creation-objects/:id/progress-reports': { params: zProgressReportsParams, query: zNoInput },
  'POST /api/creation-objects/:id/progress-reports': { params: zProgressReportsParams, body: zSubmitProgressReport },
  'POST /api/creation-objects/:id/progress-reports/:reportId/city-comment': { params: zProgressReportParams, body: zCityComment },
  'POST /api/applications/:id/formal-check': { params: zApplicationIdParams, body: zFormalCheckRequest },
  'POST /api/applications/:id/province-decision': { params: zApplicationIdParams, body: zProvinceDecisionRequest },
  'GET /api/calls/:callId/province-review': { params: zCallReviewParams, query: zProvinceReviewQuery },
  'POST /api/calls/:callId/shortlist/preview': { params: zCallReviewParams, body: zShortlistPreviewRequest },
  'POST /api/calls/:callId/shortlist': { params: zCallReviewParams, body: zShortlistRequest },
  'GET /api/calls/:callId/review-export.xlsx': { params: zCallReviewParams, query: zNoInput },
  'POST /api/v1/creation-data/:dataset': { params: zPushParams, body: zPushBody },
  'GET /api/v1/creation-data/imports/:importId': { params: zPushedImportParams, query: zNoInput },
  'GET /api/re-review-rounds': { query: zNoInput },
  'POST /api/re-review-rounds/preview': { body: zPreviewReReviewRound },
  'POST /api/re-review-rounds': { body: zCreateReReviewRound },
  'GET /api/re-reviews': { query: zReReviewListQuery },
  'GET /api/creation-objects/:id/re-reviews': { params: zReReviewObjectParams, query: zNoInput },
  'PUT /api/creation-objects/:id/re-reviews/:reReviewId/report': { params: zReReviewParams, body: zSaveReReviewReport },
  'POST /api/creation-objects/:id/re-reviews/:reReviewId/files': { params: zReReviewParams, multipart: 'single' },
  'GET /api/creation-objects/:id/re-reviews/:reReviewId/files/:fileId': { params: zReReviewFileParams },
  'DELETE /api/creation-objects/:id/re-reviews/:reReviewId/files/:fileId': { params: zReReviewFileParams },
  'POST /api/creation-objects/:id/re-reviews/:reReviewId/submit': { params: zReReviewParams, body: zNoInput },
  'POST /api/creation-objects/:id/re-reviews/:reReviewId/assessment': { params: zReReviewParams, body: zAssessReReview },
  'POST /api/creation-objects/:id/re-reviews/:reReviewId/decision': { params: zReReviewParams, body: zDecideReReview },
  'POST /api/registrations': { body: zRegistrationRequest },
  'GET /api/v1/registry': { query: zRegistryQuery },
  'GET /api/v1/registry.csv': { query: zRegistryCsvQuery },
  'GET /api/v1/registry/:id': { params: zRegistryEntryParams, query: zNoInput },
  'POST /api/auth/second-factor/enrolment': { body: zNoInput },
  'POST /api/auth/second-factor/enrolment/confirm': { body: zSecondFactorCode },
  'POST /api/auth/second-factor/verify': { body: zSecondFactorCode },
  'GET /api/v1/standards': { query: zNoInput },
  'POST /api/v1/self-assessment': { body: zSelfAssessmentRequest },
  'GET /api/todos': { query: zNoInput },
  'GET /api/oversight/report.docx': { query: zProgrammeReportQuery },
};
