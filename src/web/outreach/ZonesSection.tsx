import { Badge, Button, Group, List, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { useAddZone, useZones } from './api.js';

/** The organisation's zones, and adding one (with outreach:write, online). */
export function ZonesSection({ online, canWrite }: { online: boolean; canWrite: boolean }) {
  const { t } = useTranslation(['outreach', 'common']);
  const errorText = useErrorText();
  const { zones } = useZones();
  const add = useAddZone();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const trimmed = name.trim();
    if (!trimmed) {
      setMissing(true);
      document.getElementById('zone-name')?.focus();
      return;
    }
    add.mutate(trimmed, {
      onSuccess: (zone) => {
        setName('');
        setAdded(t('outreach:zones.added', { name: zone.name }));
      },
    });
  };

  return (
    <section aria-labelledby="zones-title">
      <Title order={2} size="h3" id="zones-title">
        {t('outreach:zones.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('outreach:zones.intro')}
      </Text>
      {zones.length === 0 ? <Text>{t('outreach:zones.empty')}</Text> : null}
      <List spacing={4} data-testid="zones">
        {zones.map((z) => (
          <List.Item key={z.id}>
            <Group gap="xs">
              <span>{z.name}</span>
              {z.archived ? (
                <Badge variant="light" color="gray.8">
                  {t('outreach:zones.archived')}
                </Badge>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
      {canWrite && online ? (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm" mt="md">
            <TextInput
              id="zone-name"
              label={t('outreach:zones.name')}
              required
              maxLength={80}
              value={name}
              error={missing ? t('common:validation.required') : undefined}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setMissing(false);
              }}
              w={260}
            />
            <Button type="submit" loading={add.isPending} mt={{ base: 0, xs: 25 }}>
              {t('outreach:zones.add')}
            </Button>
          </Group>
          <FormAlert message={add.error ? errorText(add.error) : null} />
          <SuccessNote message={added} />
        </form>
      ) : null}
      {canWrite && !online ? (
        <Text size="sm" mt="xs">
          {t('outreach:zones.offline')}
        </Text>
      ) : null}
    </section>
  );
}
