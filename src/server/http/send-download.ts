// Every file the API hands out goes through here, so each download carries the same headers: the declared media
// type with nosniff (a stored upload is never reinterpreted as HTML or script by the browser), and a file name
// per RFC 6266/5987 — an ASCII fallback plus the UTF-8 name, since most names are Chinese.
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export type DownloadBody = { bytes: Buffer | Uint8Array } | { stream: Readable; sizeBytes?: number };

export type Download = DownloadBody & {
  mediaType: string;
  fileName: string;
  /** attachment (default) saves the file; inline lets the browser show it. */
  disposition?: 'attachment' | 'inline';
  /** The name for clients that ignore filename*; by default the name with non-ASCII characters replaced. */
  asciiFileName?: string;
};

function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment', asciiFileName?: string): string {
  const fallback = (asciiFileName ?? fileName).replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function sendDownload(reply: FastifyReply, download: Download): FastifyReply {
  reply
    .type(download.mediaType)
    .header('content-disposition', contentDisposition(download.fileName, download.disposition, download.asciiFileName))
    .header('x-content-type-options', 'nosniff');
  if ('bytes' in download) return reply.send(download.bytes);
  if (download.sizeBytes !== undefined) reply.header('content-length', download.sizeBytes);
  return reply.send(download.stream);
}
