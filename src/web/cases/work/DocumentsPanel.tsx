import { Anchor, Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../core/cases/views.js';
import { useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { useColleagueNames, useDeleteDocument, useDocuments } from './api.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { LoadState, PanelActions } from './ui.js';
import { UploadDocumentModal } from './UploadDocumentModal.js';

/** Files on the case: upload (checked in the browser first, with progress), download, delete. */
export function DocumentsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const errorText = useErrorText();
  const f = useWorkFormat();
  const code = useCodeLabel();
  const names = useColleagueNames().data;
  const documents = useDocuments(caseId);
  const remove = useDeleteDocument(caseId);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<DocumentView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = documents.data ?? [];

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button
            onClick={() => {
              setDone(null);
              setUploading(true);
            }}
          >
            {t('caseWork:documents.upload')}
          </Button>
        </PanelActions>
      ) : null}
      <SuccessNote message={done} mb="md" />
      <LoadState isPending={documents.isPending} error={documents.error} empty={items.length === 0} emptyText={t('caseWork:empty.documents')}>
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={t('caseWork:tabs.documents')} data-testid="documents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('caseWork:documents.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('caseWork:documents.columns.category')}</Table.Th>
                <Table.Th scope="col">{t('caseWork:documents.columns.size')}</Table.Th>
                <Table.Th scope="col">{t('caseWork:documents.columns.uploadedAt')}</Table.Th>
                <Table.Th scope="col">{t('caseWork:documents.columns.uploadedBy')}</Table.Th>
                <Table.Th scope="col">{t('caseWork:documents.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((doc) => (
                <Table.Tr key={doc.id}>
                  <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {doc.name}
                  </Table.Th>
                  <Table.Td>{code('document-category', doc.category)}</Table.Td>
                  <Table.Td>{f.size(doc.size)}</Table.Td>
                  <Table.Td>{f.dateTime(doc.uploadedAt)}</Table.Td>
                  <Table.Td>{(doc.uploadedBy && names?.get(doc.uploadedBy)) ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor
                        href={`/api/cases/${caseId}/documents/${doc.id}`}
                        download={doc.name}
                        size="sm"
                        aria-label={t('caseWork:documents.downloadLabel', { name: doc.name })}
                      >
                        {t('caseWork:documents.download')}
                      </Anchor>
                      {canWrite ? (
                        <Button
                          variant="default"
                          size="xs"
                          onClick={() => {
                            setDone(null);
                            setDeleting(doc);
                          }}
                          aria-label={t('caseWork:documents.deleteLabel', { name: doc.name })}
                        >
                          {t('caseWork:documents.delete')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </LoadState>
      {uploading ? (
        <UploadDocumentModal
          caseId={caseId}
          onClose={() => setUploading(false)}
          onUploaded={(doc) => {
            setUploading(false);
            setDone(t('caseWork:documents.uploaded', { name: doc.name }));
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmModal
          opened
          title={t('caseWork:documents.deleteTitle', { name: deleting.name })}
          text={t('caseWork:documents.deleteText')}
          confirmLabel={t('caseWork:documents.deleteSubmit')}
          destructive
          pending={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                closeDelete();
                setDone(t('caseWork:documents.deleted'));
              },
            })
          }
          onClose={closeDelete}
        />
      ) : null}
    </>
  );
}
