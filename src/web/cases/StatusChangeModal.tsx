import { Button, Group, Modal, NativeSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../core/cases/case.js';
import type { CaseView } from '../../core/cases/views.js';
import { useMe } from '../api/me.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useCodeOptions } from '../persons/codeLabels.js';
import { localToday } from '../persons/today.js';
import { useOrganisations } from '../platform/organisations/api.js';
import { ConflictNotice } from './ConflictNotice.js';
import { type ClosureDraft, type StatusAction, statusChangeBody } from './status.js';
import { useCaseSave } from './useCaseSave.js';

interface StatusChangeModalProps {
  kase: CaseView;
  to: CaseStatus;
  action: StatusAction;
  onClose: () => void;
  onChanged: (to: CaseStatus) => void;
}

const closurePath = (path: string) => path.replace(/^closure\./, '');

/** Move a case on: follow-up or back to active (confirm), close or refer (reason, date, organisation, note), reopen. */
export function StatusChangeModal({ kase, to, action, onClose, onChanged }: StatusChangeModalProps) {
  const { t } = useTranslation(['cases', 'common']);
  const me = useMe().data;
  const saver = useCaseSave(kase, closurePath);
  const reasons = useCodeOptions('closure-reason');
  const organisations = useOrganisations();
  const closing = action === 'close' || action === 'refer';
  const [closure, setClosure] = useState<ClosureDraft>({
    reason: action === 'refer' ? 'referred' : '',
    closedOn: localToday(),
    referredToOrganisationId: '',
    note: '',
  });
  const { errors, clearError, ref } = saver.validation;
  const set = (change: Partial<ClosureDraft>) => {
    setClosure((current) => ({ ...current, ...change }));
    for (const key of Object.keys(change)) clearError(key);
  };
  const others = useMemo(
    () => (organisations.data?.organisations ?? []).filter((o) => o.id !== me?.user.orgId).map((o) => ({ value: o.id, label: o.name })),
    [organisations.data, me],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { version: _, ...change } = statusChangeBody(to, closure, kase.version);
    saver.save(change, () => onChanged(to));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`cases:status.${action}.title`, { number: kase.number })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form ref={ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <ConflictNotice fields={saver.conflict} />
          <Text>{t(`cases:status.${action}.text`)}</Text>
          {closing ? (
            <>
              <NativeSelect
                label={t('cases:status.reason')}
                data={[{ value: '', label: t('cases:situation.choose') }, ...reasons]}
                value={closure.reason}
                onChange={(e) => set({ reason: e.currentTarget.value as ClosureDraft['reason'] })}
                error={errors.reason}
                withAsterisk
                data-autofocus
              />
              <TextInput
                type="date"
                label={t('cases:status.closedOn')}
                value={closure.closedOn}
                max={localToday()}
                onChange={(e) => set({ closedOn: e.currentTarget.value })}
                error={errors.closedOn}
                withAsterisk
              />
              {action === 'refer' ? (
                <Select
                  label={t('cases:status.referredTo')}
                  description={t('cases:status.referredToHint')}
                  data={others}
                  value={closure.referredToOrganisationId || null}
                  onChange={(value) => set({ referredToOrganisationId: value ?? '' })}
                  error={errors.referredToOrganisationId}
                  searchable
                  withAsterisk
                  nothingFoundMessage={t('cases:status.noOrganisation')}
                />
              ) : null}
              <Textarea
                label={t('cases:status.note')}
                value={closure.note}
                onChange={(e) => set({ note: e.currentTarget.value })}
                error={errors.note}
                autosize
                minRows={2}
              />
            </>
          ) : null}
          <FormAlert message={saver.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saver.pending} data-autofocus={closing ? undefined : true}>
              {t(`cases:status.${action}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
