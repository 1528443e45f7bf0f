import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryService } from '../../core/referrals/directory.js';
import { useFormat } from '../i18n/format.js';
import type { Labels } from './labels.js';
import { OpenBadge } from './OpenBadge.js';

/** The distinct cities of a service's locations, in the order given. */
export function citiesOf(service: Pick<DirectoryService, 'locations'>): string[] {
  return [...new Set(service.locations.map((l) => l.address.city.trim()).filter(Boolean))];
}

/** The services found: name, organisation, types, where, languages, open now. */
export function ServiceList({ items, labels, now }: { items: readonly DirectoryService[]; labels: Labels; now: Date }) {
  const { t } = useTranslation('directory');
  const format = useFormat();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.label')} data-testid="service-list">
      {items.map((s) => {
        const cities = citiesOf(s);
        const countries = s.countries.map(labels.country);
        const where = [cities.length ? format.list(cities) : '', countries.length ? format.list(countries) : ''].filter(Boolean).join(' · ');
        return (
          <Card key={s.id} component="li" withBorder padding="sm" data-testid="service-row">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                <Stack gap={0}>
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={`/directory/services/${s.id}`} inherit>
                      {s.name}
                    </Anchor>
                  </Title>
                  <Text size="sm" c="dimmed" data-testid="service-organization">
                    {t('list.by', { organization: s.organizationName })}
                  </Text>
                </Stack>
                <OpenBadge service={s} now={now} />
              </Group>
              <Group gap={4} aria-label={t('list.types')} role="list">
                {s.types.map((type) => (
                  <Badge key={type} role="listitem" color="indigo.9" variant="outline" style={{ textTransform: 'none' }}>
                    {labels.type(type)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {t('list.where')}
                </Text>{' '}
                <span data-testid="service-where">{where || t('list.noPlace')}</span>
              </Text>
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {t('list.languages')}
                </Text>{' '}
                {s.languages.length ? format.list(s.languages.map(labels.language)) : t('list.noLanguages')}
              </Text>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
