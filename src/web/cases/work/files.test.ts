import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_SIZE } from '../../../core/cases/documents.js';
import { ACCEPT, checkFile, uploadMediaType } from './files.js';

describe('file checks before upload', () => {
  it('accepts the document types by their declared type', () => {
    expect(checkFile({ name: 'passport.pdf', type: 'application/pdf', size: 1000 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkFile({ name: 'photo.JPG', type: 'image/jpeg', size: 1 })).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(uploadMediaType({ name: 'notes.txt', type: 'text/plain;charset=utf-8' })).toBe('text/plain');
  });

  it('falls back to the extension when the browser gives no type', () => {
    expect(uploadMediaType({ name: 'letter.odt', type: '' })).toBe('application/vnd.oasis.opendocument.text');
    expect(uploadMediaType({ name: 'letter.docx', type: 'application/octet-stream' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(uploadMediaType({ name: 'archive.zip', type: '' })).toBeUndefined();
    expect(uploadMediaType({ name: 'pdf', type: '' })).toBeUndefined();
  });

  it('refuses other types even when the name looks right', () => {
    expect(checkFile({ name: 'page.pdf', type: 'text/html', size: 10 })).toEqual({ ok: false, problem: 'type' });
    expect(checkFile({ name: 'run.exe', type: 'application/x-msdownload', size: 10 })).toEqual({ ok: false, problem: 'type' });
  });

  it('refuses empty and too large files, at exactly the limit of the server', () => {
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toEqual({ ok: false, problem: 'empty' });
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_DOCUMENT_SIZE }).ok).toBe(true);
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_DOCUMENT_SIZE + 1 })).toEqual({ ok: false, problem: 'size' });
  });

  it('refuses names the server would refuse', () => {
    expect(checkFile({ name: 'a\u202egpj.pdf', type: 'application/pdf', size: 5 })).toEqual({ ok: false, problem: 'name' });
  });

  it('offers every accepted type in the file picker', () => {
    expect(ACCEPT).toContain('application/pdf');
    expect(ACCEPT).toContain('.odt');
  });
});
