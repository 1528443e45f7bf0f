import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useOutboxSync, useScreening } from './api.js';
import { ResultView } from './ResultView.js';
import { useInstrumentTexts } from './texts.js';

/** `/screening/:id`: a saved screening with the result stored when it was saved. */
export function ScreeningPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('identification');
  const errorText = useErrorText();
  const format = useFormat();
  const texts = useInstrumentTexts();
  const permissions = useMe().data?.permissions ?? [];
  const screening = useScreening(id);
  useOutboxSync();

  if (screening.isPending) return <PageLoader />;
  if (screening.error) {
    return (
      <>
        <PageHeader title={t('detail.title')} />
        <Alert color="red" role="alert">
          {isApiError(screening.error, 'not_found') || isApiError(screening.error, 'validation_failed') ? t('detail.notFound') : errorText(screening.error)}
        </Alert>
      </>
    );
  }
  const s = screening.data;
  const again = new URLSearchParams({ ...(s.personId ? { personId: s.personId } : {}), ...(s.caseId ? { caseId: s.caseId } : {}) }).toString();
  return (
    <>
      <PageHeader
        title={t('detail.title')}
        intro={t('detail.savedAt', { instrument: texts.instruments[s.instrumentId].title, version: s.instrumentVersion, date: format.dateTime(s.createdAt) })}
        actions={
          permissions.includes('screenings:create') ? (
            <Button component={Link} to={`/screening/new${again ? `?${again}` : ''}`} variant="default">
              {t('detail.again')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Group gap="md">
          {s.personId && permissions.includes('persons:read') ? (
            <Anchor component={Link} to={`/persons/${s.personId}`}>
              {t('detail.person')}
            </Anchor>
          ) : null}
          {s.caseId ? (
            <Anchor component={Link} to={`/cases/${s.caseId}`}>
              {t('detail.case')}
            </Anchor>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('detail.stored')}
        </Text>
        <ResultView instrumentId={s.instrumentId} result={s.result} personId={s.personId} caseId={s.caseId} />
      </Stack>
    </>
  );
}
