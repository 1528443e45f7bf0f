import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { useScreenings } from './api.js';
import { VerdictBadge, verdictOf } from './ResultView.js';
import { useInstrumentTexts } from './texts.js';

/**
 * The screenings of a case or a person, newest first, with the start of a new one: on the case
 * page (linked to the case) and on the person page (linked to the person).
 */
export function RecordScreenings({ personId, caseId, canCreate }: { personId: string; caseId?: string; canCreate: boolean }) {
  const { t } = useTranslation('identification');
  const format = useFormat();
  const texts = useInstrumentTexts();
  const errorText = useErrorText();
  const screenings = useScreenings(true, caseId ? { caseId } : { personId });
  const query = new URLSearchParams(caseId ? { personId, caseId } : { personId }).toString();
  const items = screenings.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="record-screenings" data-testid="record-screenings">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="record-screenings">
          {t('record.title')}
        </Title>
        {canCreate ? (
          <Button component={Link} to={`/screening/new?${query}`} variant="default" size="sm" data-testid="screen-person">
            {t('screenPerson')}
          </Button>
        ) : null}
      </Group>
      <FormAlert message={screenings.error ? errorText(screenings.error) : null} />
      {screenings.data && items.length === 0 ? <Text size="sm">{caseId ? t('record.noneOnCase') : t('record.noneOfPerson')}</Text> : null}
      <Stack gap="xs">
        {items.map((s) => (
          <Group key={s.id} justify="space-between" gap="xs" data-testid="record-screening">
            <Stack gap={0}>
              <Anchor component={Link} to={`/screening/${s.id}`} fw={600}>
                {texts.instruments[s.instrumentId].title}
              </Anchor>
              <Text size="sm">{t('list.savedLine', { date: format.dateTime(s.createdAt) })}</Text>
            </Stack>
            <VerdictBadge verdict={verdictOf(s.result)} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
