import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useCertificateCheck } from './api.js';

/** `/certificates/:code` (public): confirms a certificate, or says that no certificate has this code. */
export function CertificateCheckPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('learning');
  const errorText = useErrorText();
  const format = useFormat();
  const check = useCertificateCheck(code.trim().toUpperCase());
  let body: React.ReactNode;
  if (check.isPending) body = <PageLoader />;
  else if (check.error) {
    body = isApiError(check.error, 'not_found') ? (
      <Alert color="red" role="alert" title={t('certificate.invalidTitle')} data-testid="certificate-invalid">
        {t('certificate.invalid')}
      </Alert>
    ) : (
      <Alert color="red" role="alert">
        {errorText(check.error)}
      </Alert>
    );
  } else {
    const c = check.data;
    body = (
      <Alert color="teal" variant="light" title={t('certificate.valid')} data-testid="certificate-valid">
        <Stack gap={4}>
          <Text>{t('certificate.text', { name: c.learnerName, course: c.courseTitle, organisation: c.organisation, date: format.date(c.issuedOn) })}</Text>
          <Text size="sm" ff="monospace">
            {t('certificate.code', { code: c.code })}
          </Text>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      <PageHeader title={t('certificate.title')} />
      {body}
    </>
  );
}
