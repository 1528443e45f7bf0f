import { Badge, Box, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type EncounterView, MATERIALS } from '../../core/outreach/encounter.js';
import { useFormat } from '../i18n/format.js';
import { useIndicatorText } from './labels.js';

type Material = (typeof MATERIALS)[number];
const isMaterial = (m: string): m is Material => (MATERIALS as readonly string[]).includes(m);

/** One encounter saved: when, where, the team and counts; the people met and the materials on demand. */
export function EncounterCard({ encounter: e, where }: { encounter: EncounterView; where: string }) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const indicatorText = useIndicatorText();
  const materials = Object.entries(e.materials)
    .filter(([m, n]) => isMaterial(m) && n > 0)
    .map(([m, n]) => t('encounter.material', { count: format.number(n), material: t(`materials.${m as Material}`) }));
  const hasDetails = e.people.length > 0 || materials.length > 0 || e.invitations > 0 || e.note !== '';

  return (
    <Card withBorder padding="sm" data-testid="encounter">
      <Title order={3} size="h5">
        {format.dateTime(e.occurredAt)} · {where}
      </Title>
      <Text size="sm">{t('encounter.line', { count: e.peopleCount, team: e.team })}</Text>
      {hasDetails ? (
        <Box component="details" mt="xs">
          <Box component="summary" style={{ cursor: 'pointer' }}>
            {t('encounter.details')}
          </Box>
          <Stack gap="xs" mt="xs">
            {e.people.length > 0 ? (
              <List spacing="xs" aria-label={t('encounter.described')} listStyleType="none" data-testid="encounter-people">
                {e.people.map((p) => (
                  <List.Item key={p.outreachPersonId}>
                    <Group gap="xs">
                      <Text fw={600} span>
                        {p.pseudonym}
                      </Text>
                      {p.engaged ? (
                        <Badge color="teal.9" variant="light">
                          {t('encounter.engaged')}
                        </Badge>
                      ) : null}
                      {p.invited ? (
                        <Badge color="blue.9" variant="light">
                          {t('encounter.invited')}
                        </Badge>
                      ) : null}
                    </Group>
                    {p.description ? <Text size="sm">{p.description}</Text> : null}
                    {p.indicators.length > 0 ? (
                      <Text size="sm">{t('encounter.indicators', { list: format.list(p.indicators.map(indicatorText)) })}</Text>
                    ) : null}
                  </List.Item>
                ))}
              </List>
            ) : null}
            {materials.length > 0 ? <Text size="sm">{t('encounter.materials', { list: format.list(materials) })}</Text> : null}
            {e.invitations > 0 ? <Text size="sm">{t('encounter.invitations', { count: e.invitations })}</Text> : null}
            {e.note ? <Text size="sm">{t('encounter.note', { note: e.note })}</Text> : null}
          </Stack>
        </Box>
      ) : null}
    </Card>
  );
}
