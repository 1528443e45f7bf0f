import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Screen this person": a new screening for the person of a case, linked to the case. */
export function ScreenPersonLink({ personId, caseId }: { personId: string; caseId: string }) {
  const { t } = useTranslation('identification');
  const query = new URLSearchParams({ personId, caseId }).toString();
  return (
    <Button component={Link} to={`/screening/new?${query}`} variant="default" w="fit-content" mb="md" data-testid="screen-person">
      {t('screenPerson')}
    </Button>
  );
}
