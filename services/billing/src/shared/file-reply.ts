import { attachment } from '@freight/documents';
import type { FastifyReply } from 'fastify';

/** A document as the answer: its bytes, its type, and a download name (Chinese survives). */
export function fileReply(
  reply: FastifyReply,
  contentType: string,
  filename: string,
  bytes: Buffer,
) {
  reply.header('content-type', contentType);
  reply.header('content-disposition', attachment(filename));
  return bytes;
}

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
