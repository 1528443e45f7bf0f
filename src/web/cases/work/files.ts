/**
 * Checks of a file before it is uploaded to a case: the accepted types and size of
 * src/core/cases/documents.ts, so that the user hears at once what the server would refuse.
 */
import { type DocumentMediaType, documentMediaType, documentNameProblem, MAX_DOCUMENT_SIZE } from '../../../core/cases/documents.js';

/** Browsers leave the type empty (or generic) for some files, .odt on many systems: then the extension decides. */
const BY_EXTENSION: Readonly<Record<string, DocumentMediaType>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

export interface FileFacts {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

export type FileCheck =
  | { readonly ok: true; readonly mediaType: DocumentMediaType }
  | { readonly ok: false; readonly problem: 'type' | 'size' | 'empty' | 'name' };

/** The media type to send for a file, or undefined when it is not one Haven accepts. */
export function uploadMediaType(file: Pick<FileFacts, 'name' | 'type'>): DocumentMediaType | undefined {
  const declared = documentMediaType(file.type);
  if (declared) return declared;
  if (file.type && file.type !== 'application/octet-stream') return undefined;
  const dot = file.name.lastIndexOf('.');
  return dot > 0 ? BY_EXTENSION[file.name.slice(dot + 1).toLowerCase()] : undefined;
}

export function checkFile(file: FileFacts): FileCheck {
  const mediaType = uploadMediaType(file);
  if (!mediaType) return { ok: false, problem: 'type' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_DOCUMENT_SIZE) return { ok: false, problem: 'size' };
  if (documentNameProblem(file.name)) return { ok: false, problem: 'name' };
  return { ok: true, mediaType };
}

/** What the file picker offers: the accepted types and their extensions. */
export const ACCEPT = [...new Set(Object.values(BY_EXTENSION)), ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(',');
