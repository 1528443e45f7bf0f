import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentView } from '../../../core/learning/course.js';
import { CopyField } from '../../app/ui/CopyField.js';
import { useFormat } from '../../i18n/format.js';
import { certificateUrl, verificationUrl } from '../api.js';

/** The end of a course: when it was completed, the certificate (PDF), its code and where anyone can check it. */
export function Completion({ enrolment }: { enrolment: EnrolmentView }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const code = enrolment.certificateCode;
  return (
    <Alert color="teal" variant="light" title={t('learn.complete.title')} data-testid="course-complete">
      <Stack gap="sm">
        <Text>{t('learn.complete.text', { date: format.date(enrolment.completedAt ?? enrolment.startedAt) })}</Text>
        {code ? (
          <>
            <Button component="a" href={certificateUrl(enrolment.id)} download w="fit-content" data-testid="certificate-download">
              {t('learn.complete.download')}
            </Button>
            <Text size="sm">
              {t('learn.complete.code')}{' '}
              <Text span ff="monospace" fw={700} data-testid="certificate-code">
                {code}
              </Text>
            </Text>
            <Text size="sm">{t('learn.complete.verify')}</Text>
            <CopyField label={t('learn.complete.verifyLabel')} value={verificationUrl(code)} copyLabel={t('learn.complete.copy')} testId="certificate-url" />
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
