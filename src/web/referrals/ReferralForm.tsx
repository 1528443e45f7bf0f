import { Alert, Anchor, Button, Card, Checkbox, Fieldset, Group, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { text } from '../../core/cases/person.js';
import type { DirectoryService } from '../../core/referrals/directory.js';
import { type CreateReferralRequest, MINIMUM_SHARED, SHARED_FIELDS, type SharedField, TRM_PHASES, type TrmPhase } from '../../core/referrals/referral.js';
import { buildSnapshot } from '../../core/referrals/snapshot.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText, useForm } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useCase } from '../cases/api.js';
import { useEntries } from '../cases/work/api.js';
import { localToday } from '../cases/work/taskGroups.js';
import { useFormat } from '../i18n/format.js';
import { usePerson } from '../persons/api.js';
import { useCreateReferral } from './api.js';
import { CountryText } from './labels.js';
import { coveringConsent, hasBasis, MIN_OVERRIDE_REASON, missingFields, toggleField } from './logic.js';
import { SharePreview } from './SharePreview.js';
import { useReceiver } from './useReceiver.js';

interface Values {
  note: string;
  overrideReason: string;
  phase: TrmPhase | '';
  liaisonName: string;
  liaisonEmail: string;
  liaisonPhone: string;
}

const optionalEmail = z.union([z.literal(''), z.email().max(254)]);

function schemaFor(transnational: boolean, needsOverride: boolean) {
  return z.object({
    note: text(4000).min(1),
    overrideReason: needsOverride ? text(2000).min(MIN_OVERRIDE_REASON) : z.string(),
    phase: transnational ? z.enum(TRM_PHASES) : z.string(),
    liaisonName: text(200).min(1),
    liaisonEmail: optionalEmail,
    liaisonPhone: text(40),
  });
}

export function ReferralForm({ caseId, service, onSent }: { caseId: string; service: DirectoryService; onSent: (id: string) => void }) {
  const { t } = useTranslation(['referrals', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const me = useMe().data;
  const receiver = useReceiver(service);
  const kase = useCase(caseId);
  const person = usePerson(kase.data?.personId ?? '', Boolean(kase.data?.personId));
  const consents = useEntries(caseId, 'consents');
  const today = localToday();
  const consent = coveringConsent(consents.data ?? [], receiver.id, today);
  const ownCountry = me?.user.orgCountry ?? '';
  const transnational = Boolean(receiver.country) && receiver.country !== ownCountry;
  const [share, setShare] = useState<SharedField[]>([...MINIMUM_SHARED]);
  const [consentRequired, setConsentRequired] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const consentAlert = useRef<HTMLDivElement>(null);
  // The send button is disabled now: the focus goes to what explains why.
  useEffect(() => {
    if (consentRequired) consentAlert.current?.focus();
  }, [consentRequired]);
  const create = useCreateReferral();
  const form = useForm<Values>(
    { note: '', overrideReason: '', phase: '', liaisonName: me?.user.name ?? '', liaisonEmail: me?.user.email ?? '', liaisonPhone: '' },
    { choices: ['phase'] },
  );
  const v = form.values;

  const snapshot = useMemo(() => {
    if (!person.data || !kase.data) return null;
    return buildSnapshot(
      {
        ...person.data,
        exploitationForms: kase.data.exploitationForms,
        traffickingStatus: kase.data.traffickingStatus ?? null,
      },
      share,
      v.note.trim(),
    );
  }, [person.data, kase.data, share, v.note]);
  const missing = snapshot ? missingFields(share, snapshot) : [];
  const ready = hasBasis(consent, v.overrideReason) && !consents.isPending;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setConsentRequired(false);
    setProblem(null);
    const checked = form.validate(schemaFor(transnational, !consent));
    if (!checked) return;
    const body: CreateReferralRequest = {
      caseId,
      serviceId: service.id,
      share,
      note: checked.note,
      ...(consent ? { consentId: consent.id } : { overrideReason: checked.overrideReason }),
      ...(transnational ? { phase: checked.phase as TrmPhase } : {}),
      liaison: {
        name: checked.liaisonName,
        ...(checked.liaisonEmail ? { email: checked.liaisonEmail } : {}),
        ...(checked.liaisonPhone ? { phone: checked.liaisonPhone } : {}),
      },
    };
    create.mutate(body, {
      onSuccess: (referral) => onSent(referral.id),
      onError: (error) => {
        if (isApiError(error, 'consent_required')) {
          setConsentRequired(true);
          void consents.refetch();
        } else if (isApiError(error, 'not_on_haven')) {
          setProblem(t('new.notOnHaven'));
        } else form.fail(error);
      },
    });
  };

  if (kase.isPending) return <PageLoader />;
  if (kase.error) {
    return (
      <Alert color="red" role="alert" data-testid="case-error">
        {isApiError(kase.error, 'not_found') ? t('new.caseNotFound') : errorText(kase.error)}
      </Alert>
    );
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-label={t('new.detailsTitle')}>
      <Stack gap="md">
        <Card withBorder component="section" aria-labelledby="referral-receiver" data-testid="referral-receiver">
          <Title order={2} size="h4" id="referral-receiver" mb="xs">
            {t('new.receiverTitle')}
          </Title>
          <Text>
            <Text span fw={600}>
              {receiver.name}
            </Text>
            {receiver.country ? (
              <>
                {' · '}
                <CountryText code={receiver.country} />
              </>
            ) : null}
          </Text>
          {transnational ? (
            <Stack gap="sm" mt="sm" data-testid="transnational">
              <Alert color="indigo" variant="light" title={t('new.transnationalTitle')}>
                <Text size="sm">
                  {t('new.transnationalFrom')} <CountryText code={ownCountry} /> {t('new.transnationalTo')} <CountryText code={receiver.country} />
                </Text>
                <Text size="sm" mt={4}>
                  {t('new.transnationalHint')}
                </Text>
              </Alert>
              <Radio.Group
                name="phase"
                label={t('new.phase')}
                description={t('new.phaseHint')}
                value={v.phase}
                onChange={(next) => form.set('phase', next as TrmPhase)}
                error={form.errors.phase}
                required
              >
                <Stack gap="xs" mt={6}>
                  {TRM_PHASES.map((p) => (
                    <Radio key={p} value={p} label={t(`phases.${p}.label`)} description={t(`phases.${p}.hint`)} />
                  ))}
                </Stack>
              </Radio.Group>
            </Stack>
          ) : null}
        </Card>

        <Card withBorder component="section" aria-labelledby="referral-consent" data-testid="referral-consent">
          <Title order={2} size="h4" id="referral-consent" mb="xs">
            {t('new.consentTitle')}
          </Title>
          {consents.isPending ? (
            <PageLoader />
          ) : consent ? (
            <Alert color="teal" variant="light" data-testid="consent-covers">
              {t('new.consentCovers', { date: format.date(consent.givenOn), organisation: receiver.name })}
            </Alert>
          ) : (
            <Stack gap="sm">
              <Alert color="yellow" variant="light" data-testid="consent-missing">
                <Text size="sm">{t('new.noConsent', { organisation: receiver.name })}</Text>
                <Text size="sm" mt={4}>
                  <Anchor component={Link} to={`/cases/${caseId}`}>
                    {t('new.recordConsent')}
                  </Anchor>
                </Text>
              </Alert>
              <Textarea
                label={t('new.overrideReason')}
                description={t('new.overrideHint', { min: MIN_OVERRIDE_REASON })}
                value={v.overrideReason}
                onChange={(event) => form.set('overrideReason', event.currentTarget.value)}
                error={form.errors.overrideReason}
                autosize
                minRows={3}
                maxLength={2000}
                required
              />
              <Alert color="red" variant="light" role="note" data-testid="override-warning">
                {t('new.overrideWarning')}
              </Alert>
            </Stack>
          )}
          {consentRequired ? (
            <Alert ref={consentAlert} tabIndex={-1} color="red" role="alert" mt="sm" data-testid="consent-required">
              {t('new.consentRequired', { organisation: receiver.name })}
            </Alert>
          ) : null}
        </Card>

        <Card withBorder component="section" aria-labelledby="referral-share">
          <Title order={2} size="h4" id="referral-share" mb="xs">
            {t('new.shareTitle')}
          </Title>
          <Stack gap="md">
            <Fieldset legend={t('new.shareLegend')} variant="unstyled">
              <Text size="sm" c="dimmed" mb="xs">
                {t('new.shareHint')}
              </Text>
              <Stack gap="xs">
                {SHARED_FIELDS.map((f) => (
                  <Checkbox
                    key={f}
                    label={t(`fields.${f}.label`)}
                    description={t(`fields.${f}.hint`)}
                    checked={share.includes(f)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setShare((current) => toggleField(current, f, on));
                    }}
                  />
                ))}
              </Stack>
            </Fieldset>
            <Textarea
              label={t('new.note')}
              description={t('new.noteHint')}
              value={v.note}
              onChange={(event) => form.set('note', event.currentTarget.value)}
              error={form.errors.note}
              autosize
              minRows={4}
              maxLength={4000}
              required
            />
            <SharePreview organisation={receiver.name} snapshot={snapshot} missing={missing} pending={person.isPending} />
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="referral-liaison">
          <Title order={2} size="h4" id="referral-liaison" mb={4}>
            {t('new.liaisonTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('new.liaisonHint')}
          </Text>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput label={t('new.liaisonName')} {...form.text('liaisonName')} maxLength={200} required w={260} autoComplete="off" />
            <TextInput label={t('new.liaisonEmail')} type="email" {...form.text('liaisonEmail')} maxLength={254} w={260} autoComplete="off" />
            <TextInput label={t('new.liaisonPhone')} type="tel" {...form.text('liaisonPhone')} maxLength={40} w={200} autoComplete="off" />
          </Group>
        </Card>

        <FormAlert message={problem ?? form.formError} />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!ready}>
            {t('new.send')}
          </Button>
          {!ready && !consents.isPending ? (
            <Text size="sm" c="dimmed" data-testid="send-blocked">
              {t('new.sendBlocked')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
