import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../core/cases/views.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useErasePerson } from './api.js';
import { displayName } from './names.js';

interface ErasePersonModalProps {
  person: PersonView;
  opened: boolean;
  onClose: () => void;
  onErased: (name: string) => void;
}

/** Erasing a person on request: says exactly what goes, what stays (the audit entry), and asks twice. */
export function ErasePersonModal({ person, opened, onClose, onErased }: ErasePersonModalProps) {
  const { t } = useTranslation(['persons', 'common']);
  const errorText = useErrorText();
  const erase = useErasePerson();
  const [understood, setUnderstood] = useState(false);
  const name = displayName(person.names);
  const close = () => {
    setUnderstood(false);
    erase.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('persons:erase.title', { name })} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <Stack>
        <Alert color="red" variant="light" title={t('persons:erase.warning')}>
          {t('persons:erase.intro')}
        </Alert>
        <List spacing={4}>
          <List.Item>{t('persons:erase.record')}</List.Item>
          <List.Item>{t('persons:erase.cases', { count: person.cases.length })}</List.Item>
          <List.Item>{t('persons:erase.work')}</List.Item>
        </List>
        <Text>{t('persons:erase.audit')}</Text>
        <Checkbox label={t('persons:erase.confirm')} checked={understood} onChange={(event) => setUnderstood(event.currentTarget.checked)} />
        <FormAlert message={erase.error ? errorText(erase.error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="red.9" disabled={!understood} loading={erase.isPending} onClick={() => erase.mutate(person.id, { onSuccess: () => onErased(name) })}>
            {t('persons:erase.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
