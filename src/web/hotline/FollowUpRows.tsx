import { ActionIcon, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type FollowUpDraft, MAX_FOLLOW_UPS } from './draft.js';
import { useAssigneeOptions } from './labels.js';

interface FollowUpRowsProps {
  rows: readonly FollowUpDraft[];
  onAdd: () => void;
  onChange: (key: string, patch: Partial<FollowUpDraft>) => void;
  onRemove: (key: string) => void;
  errors: Readonly<Record<string, string>>;
}

/** The follow-ups of a new contact: what to do, by when, by whom; a new row takes the focus. */
export function FollowUpRows({ rows, onAdd, onChange, onRemove, errors }: FollowUpRowsProps) {
  const { t } = useTranslation('hotline');
  const assignees = useAssigneeOptions();
  const notes = useRef(new Map<string, HTMLInputElement>());
  const count = useRef(rows.length);

  useEffect(() => {
    if (rows.length > count.current) {
      const last = rows[rows.length - 1];
      if (last) notes.current.get(last.key)?.focus();
    }
    count.current = rows.length;
  }, [rows]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="follow-ups-title">
      <Title order={2} size="h4" id="follow-ups-title">
        {t('followUps.title')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('followUps.none')}
        </Text>
      ) : null}
      {rows.map((row, i) => (
        <Card key={row.key} withBorder padding="sm" data-testid="follow-up-row">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              ref={(element) => {
                if (element) notes.current.set(row.key, element);
                else notes.current.delete(row.key);
              }}
              label={t('followUps.note', { n: i + 1 })}
              value={row.note}
              onChange={(event) => onChange(row.key, { note: event.currentTarget.value })}
              maxLength={2000}
              error={errors[`followUps.${i}.note`]}
              style={{ flex: '1 1 16rem' }}
            />
            <TextInput
              type="date"
              label={t('followUps.due', { n: i + 1 })}
              value={row.due}
              onChange={(event) => onChange(row.key, { due: event.currentTarget.value })}
              error={errors[`followUps.${i}.due`]}
              w={170}
            />
            <NativeSelect
              label={t('followUps.assignee', { n: i + 1 })}
              data={[{ value: '', label: t('followUps.nobody') }, ...assignees]}
              value={row.assigneeId}
              onChange={(event) => onChange(row.key, { assigneeId: event.currentTarget.value })}
              error={errors[`followUps.${i}.assigneeId`]}
              w={220}
            />
            <ActionIcon variant="subtle" color="gray.8" size="lg" mb={4} aria-label={t('followUps.remove', { n: i + 1 })} onClick={() => onRemove(row.key)}>
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        </Card>
      ))}
      {rows.length < MAX_FOLLOW_UPS ? (
        <Group>
          <Button variant="light" onClick={onAdd}>
            {t('followUps.add')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
