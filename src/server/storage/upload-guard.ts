// Checks an upload while it streams to storage, so nothing is held in memory: the first bytes must prove an
// accepted type (sniff-media-type), and the bytes of one file and of the whole request are counted. The first
// broken rule fails the stream, and storeContent then removes what it had written.
import { Transform } from 'node:stream';
import type { AppError } from '../../domain/shared/app-error';
import { SNIFF_BYTES, sniffMediaType, type SniffedMediaType } from './sniff-media-type';

/** Bytes still allowed across all the files of one request; shared by their guards. */
export interface UploadBudget {
  remainingBytes: number;
}

export interface UploadGuardOptions {
  maxFileBytes: number;
  budget: UploadBudget;
  /** The refusals, written for the uploader. */
  wrongType: () => AppError;
  fileTooLarge: () => AppError;
  overBudget: () => AppError;
}

export interface UploadGuard {
  stream: Transform;
  /** Known once the stream has ended without error. */
  mediaType: () => SniffedMediaType | null;
  sizeBytes: () => number;
}

export function guardUpload(options: UploadGuardOptions): UploadGuard {
  let head: Buffer = Buffer.alloc(0);
  let mediaType: SniffedMediaType | null = null;
  let sizeBytes = 0;

  function decide(): AppError | null {
    mediaType = sniffMediaType(head);
    return mediaType ? null : options.wrongType();
  }

  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      options.budget.remainingBytes -= chunk.length;
      if (sizeBytes > options.maxFileBytes) return callback(options.fileTooLarge());
      if (options.budget.remainingBytes < 0) return callback(options.overBudget());
      if (mediaType) return callback(null, chunk);
      head = Buffer.concat([head, chunk]);
      if (head.length < SNIFF_BYTES) return callback();
      const refusal = decide();
      if (refusal) return callback(refusal);
      callback(null, head);
    },
    flush(callback) {
      if (mediaType) return callback();
      // Shorter than the longest signature (or empty): judge what there is.
      const refusal = decide();
      if (refusal) return callback(refusal);
      callback(null, head);
    },
  });
  return { stream, mediaType: () => mediaType, sizeBytes: () => sizeBytes };
}
