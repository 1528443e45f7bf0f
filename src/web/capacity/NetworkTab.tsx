import { Alert, Box, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPACITY_AREAS } from '../../core/capacity/capacity.js';
import { useErrorText } from '../app/form.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useAssessments } from './api.js';
import { RATING_COLOURS, useCapacityLabels } from './labels.js';

/** The network: the latest ratings of every member as a heat-map table (members × areas), filtered by country. */
export function NetworkTab() {
  const { t } = useTranslation('capacity');
  const errorText = useErrorText();
  const format = useFormat();
  const labels = useCapacityLabels();
  const [country, setCountry] = useState('');
  const all = useAssessments({});
  const items = all.data?.items ?? [];
  const countries = useMemo(
    () => [...new Set(items.map((a) => a.orgCountry))].sort((x, y) => labels.country(x).localeCompare(labels.country(y))),
    [items, labels],
  );
  const shown = country ? items.filter((a) => a.orgCountry === country) : items;

  if (all.isPending) return <PageLoader />;
  if (all.error)
    return (
      <Alert color="red" role="alert">
        {errorText(all.error)}
      </Alert>
    );

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('network.title')}
      </Title>
      <NativeSelect
        label={t('network.country')}
        data={[{ value: '', label: t('network.anyCountry') }, ...countries.map((c) => ({ value: c, label: labels.country(c) }))]}
        value={country}
        onChange={(event) => setCountry(event.currentTarget.value)}
        w={{ base: '100%', xs: 280 }}
      />
      <Text size="sm" c="dimmed">
        {t('network.legend')}
      </Text>
      {shown.length === 0 ? (
        <Text data-testid="network-empty">{country ? t('network.emptyCountry') : t('network.empty')}</Text>
      ) : (
        <Box role="region" aria-label={t('network.title')} tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table withColumnBorders aria-label={t('network.title')} data-testid="network-table" style={{ minWidth: 1100 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('network.member')}</Table.Th>
                {CAPACITY_AREAS.map((area) => (
                  <Table.Th scope="col" key={area} style={{ fontSize: 12, verticalAlign: 'bottom' }}>
                    {labels.area(area)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((a) => (
                <Table.Tr key={a.orgId}>
                  <Table.Th scope="row">
                    <Text fw={600} size="sm">
                      {a.orgName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {labels.country(a.orgCountry)} · {t('network.assessedOn')} {format.date(a.createdAt)}
                    </Text>
                  </Table.Th>
                  {CAPACITY_AREAS.map((area) => {
                    const r = a.ratings.find((x) => x.area === area);
                    const priority = a.priorities.includes(area);
                    return (
                      <Table.Td
                        key={area}
                        style={{ background: r ? RATING_COLOURS[r.rating] : undefined, textAlign: 'center', color: '#212529' }}
                        title={r ? `${labels.area(area)}: ${labels.rating(r.rating)}${r.note ? ` – ${r.note}` : ''}` : undefined}
                      >
                        {r ? r.rating : '–'}
                        {priority ? (
                          <span>
                            {' ★'}
                            <VisuallyHidden>{t('network.priority')}</VisuallyHidden>
                          </span>
                        ) : null}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}
