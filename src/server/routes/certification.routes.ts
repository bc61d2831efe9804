// 公示认定 (F5 item 2; Art. 7(4)): the 拟认定公示 and the 认定公告 with certificate numbers; the public announcements.
import type { FastifyInstance } from 'fastify';
import { zAnnouncementIdParams, zAnnouncementListQuery, zPublishAnnouncement, zPublishCertificationNotice } from '../../contracts/certification';
import { zNoInput } from '../../contracts/fields';
import { zNoticeIdParams } from '../../contracts/notices';
import { contextOf } from '../http/request-context';
import { sendDownload } from '../http/send-download';
import { parseInput } from '../http/validate';
import type { Deps } from '../use-cases/context';
import { downloadAnnouncementDocument } from '../use-cases/download-announcement-document';
import { getCertificationOverview } from '../use-cases/get-certification-overview';
import { getPublicAnnouncement } from '../use-cases/get-public-announcement';
import { listPublicAnnouncements } from '../use-cases/list-public-announcements';
import { previewCertificationNotice } from '../use-cases/preview-certification-notice';
import { publishCertificationAnnouncement } from '../use-cases/publish-certification-announcement';
import { publishCertificationNotice } from '../use-cases/publish-certification-notice';

export async function certificationRoutes(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  const open = { config: { isPublic: true, isSessionless: true } };

  app.get('/api/certification', async (request) => {
    parseInput(zNoInput, request.query);
    return getCertificationOverview(deps, contextOf(request));
  });

  app.post('/api/certification-notices/preview', async (request) => {
    const input = parseInput(zPublishCertificationNotice, request.body);
    return previewCertificationNotice(deps, contextOf(request), input);
  });

  app.post('/api/certification-notices', async (request, reply) => {
    const input = parseInput(zPublishCertificationNotice, request.body);
    return reply.code(201).send(await publishCertificationNotice(deps, contextOf(request), input));
  });

  app.post('/api/notices/:id/certification-announcement', async (request, reply) => {
    const { id } = parseInput(zNoticeIdParams, request.params);
    const input = parseInput(zPublishAnnouncement, request.body);
    return reply.code(201).send(await publishCertificationAnnouncement(deps, contextOf(request), id, input));
  });

  app.get('/api/v1/announcements', open, async (request) => {
    const query = parseInput(zAnnouncementListQuery, request.query);
    return listPublicAnnouncements(deps, query);
  });

  app.get('/api/v1/announcements/:id', open, async (request) => {
    const { id } = parseInput(zAnnouncementIdParams, request.params);
    return getPublicAnnouncement(deps, id);
  });

  app.get('/api/v1/announcements/:id/document.docx', open, async (request, reply) => {
    const { id } = parseInput(zAnnouncementIdParams, request.params);
    const file = await downloadAnnouncementDocument(deps, id);
    return sendDownload(reply, { bytes: file.bytes, mediaType: file.mediaType, fileName: file.fileName });
  });
}
