import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { evaluate } from '../../core/identification/engine.js';
import type { Answer } from '../../core/identification/instrument.js';
import { INSTRUMENTS } from '../../core/identification/instruments/index.js';
import type { CreateScreeningRequest } from '../../core/identification/screening.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { usePerson } from '../persons/api.js';
import { deviceStore, outboxChanged, screeningsKey, sendScreening, useOnline, useOutboxSync } from './api.js';
import { DimensionStep } from './DimensionStep.js';
import { deleteDraft, loadDraft, newDraft, type ScreeningDraft, saveDraft } from './drafts.js';
import { enqueue, idempotencyKeyOf } from './outbox.js';
import { ResultView, VerdictBadge, verdictOf } from './ResultView.js';
import { type Exploitation, type Population, SetChooser } from './SetChooser.js';
import { answersFor, instrumentIdOf } from './summary.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (v: string | null) => (v && UUID.test(v) ? v : null);

/** `/screening/new[?personId=&caseId=][&contactId=|&encounterId=][&draft=]`: a draft kept on this device, one dimension at a time, the result live. */
export function NewScreeningPage() {
  const { t } = useTranslation('identification');
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  const [draft, setDraft] = useState<ScreeningDraft | null>(() => (draftId ? loadDraft(deviceStore, draftId) : null));
  const [stored, setStored] = useState(true);

  // A new screening gets its draft (and its address) at once, so that a reload continues it.
  useEffect(() => {
    if (draftId) return;
    const contactId = uuidOrNull(params.get('contactId'));
    const encounterId = uuidOrNull(params.get('encounterId'));
    const link = contactId ? ({ type: 'contact', id: contactId } as const) : encounterId ? ({ type: 'encounter', id: encounterId } as const) : null;
    const fresh = newDraft(crypto.randomUUID(), new Date(), { personId: uuidOrNull(params.get('personId')), caseId: uuidOrNull(params.get('caseId')), link });
    setStored(saveDraft(deviceStore, fresh, new Date()));
    setDraft(fresh);
    setParams({ draft: fresh.id }, { replace: true });
  }, [draftId, params, setParams]);

  const update = (change: (d: ScreeningDraft) => ScreeningDraft) => {
    setDraft((current) => {
      if (!current) return current;
      const next = change(current);
      setStored(saveDraft(deviceStore, next, new Date()));
      return next;
    });
  };

  if (!draft) {
    return (
      <>
        <PageHeader title={t('new.title')} />
        {draftId ? (
          <Alert color="red" role="alert">
            {t('new.notFound')}
          </Alert>
        ) : null}
      </>
    );
  }
  return <ScreeningForm draft={draft} stored={stored} update={update} />;
}

interface FormProps {
  draft: ScreeningDraft;
  stored: boolean;
  update: (change: (d: ScreeningDraft) => ScreeningDraft) => void;
}

function ScreeningForm({ draft, stored, update }: FormProps) {
  const { t } = useTranslation('identification');
  const online = useOnline();
  useOutboxSync();
  const permissions = useMe().data?.permissions ?? [];
  const canReadPerson = permissions.includes('persons:read');
  const person = usePerson(draft.personId ?? '', Boolean(draft.personId) && canReadPerson);
  const childFromPerson = person.data ? person.data.child : undefined;
  const [population, setPopulation] = useState<Population | null>(null);
  const [exploitation, setExploitation] = useState<Exploitation>('labour');
  const shownPopulation: Population = population ?? (childFromPerson ? 'child' : 'adult');
  const reason =
    population === null && draft.personId && person.data
      ? childFromPerson === null
        ? t('new.personUnknown')
        : childFromPerson
          ? t('new.personChild')
          : t('new.personAdult')
      : null;

  return (
    <>
      <PageHeader title={t('new.title')} />
      <Stack gap="sm" mb="md">
        {!online ? (
          <Alert color="yellow" variant="light" data-testid="offline-note">
            {t('offline')}
          </Alert>
        ) : null}
        {!stored ? (
          <Alert color="red" variant="light" role="alert">
            {t('new.storageRefused')}
          </Alert>
        ) : null}
        <ContextLinks draft={draft} canReadPerson={canReadPerson} />
      </Stack>
      {draft.instrumentId === null ? (
        <SetChooser
          population={shownPopulation}
          exploitation={exploitation}
          reason={reason}
          onPopulation={setPopulation}
          onExploitation={setExploitation}
          onStart={() => {
            const def = INSTRUMENTS[instrumentIdOf(shownPopulation, exploitation)];
            update((d) => ({ ...d, instrumentId: def.id, answers: answersFor(def, d.answers), step: 0 }));
          }}
        />
      ) : (
        <Stepper draft={draft} update={update} />
      )}
    </>
  );
}

function ContextLinks({ draft, canReadPerson }: { draft: ScreeningDraft; canReadPerson: boolean }) {
  const { t } = useTranslation('identification');
  if (!draft.personId && !draft.caseId && draft.link?.type !== 'contact') return null;
  return (
    <Group gap="md">
      {draft.personId && canReadPerson ? (
        <Anchor component={Link} to={`/persons/${draft.personId}`}>
          {t('new.forPerson')}
        </Anchor>
      ) : null}
      {draft.caseId ? (
        <Anchor component={Link} to={`/cases/${draft.caseId}`}>
          {t('new.forCase')}
        </Anchor>
      ) : null}
      {draft.link?.type === 'contact' ? (
        <Anchor component={Link} to={`/hotline/${draft.link.id}`}>
          {t('new.forContact')}
        </Anchor>
      ) : null}
    </Group>
  );
}

function Stepper({ draft, update }: Pick<FormProps, 'draft' | 'update'>) {
  const { t } = useTranslation('identification');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const def = INSTRUMENTS[draft.instrumentId!];
  const total = def.dimensions.length;
  const step = Math.min(draft.step, total);
  const answers = useMemo(() => answersFor(def, draft.answers), [def, draft.answers]);
  const result = useMemo(() => evaluate(def, answers), [def, answers]);
  const indicatorCount = def.dimensions.reduce((n, d) => n + d.indicators.length, 0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);

  // After moving between steps, the step's heading takes the focus (and the page scrolls to it).
  const go = (to: number) => {
    update((d) => ({ ...d, step: to }));
    requestAnimationFrame(() => {
      top.current?.scrollIntoView({ block: 'start' });
      document.getElementById('step-title')?.focus();
    });
  };
  const answer = (id: string, value: Answer) => update((d) => ({ ...d, answers: { ...d.answers, [id]: value } }));

  const save = async () => {
    setSaving(true);
    setError(null);
    const request: CreateScreeningRequest = {
      instrumentId: def.id,
      answers,
      ...(draft.personId ? { personId: draft.personId } : {}),
      ...(draft.caseId ? { caseId: draft.caseId } : {}),
      ...(draft.link ? { link: draft.link } : {}),
    };
    // The draft's id is the key: if this send is saved but its answer lost, the queued resend creates nothing new.
    const outcome = navigator.onLine ? await sendScreening(request, idempotencyKeyOf(draft.id)) : ({ kind: 'unreachable' } as const);
    if (outcome.kind === 'saved') {
      deleteDraft(deviceStore, draft.id);
      void queryClient.invalidateQueries({ queryKey: screeningsKey });
      navigate(`/screening/${outcome.screeningId}`);
      return;
    }
    if (outcome.kind === 'refused') {
      setSaving(false);
      setError(outcome.error === undefined ? outcome.message : errorText(outcome.error));
      return;
    }
    if (enqueue(deviceStore, draft.id, request, new Date())) {
      deleteDraft(deviceStore, draft.id);
      outboxChanged();
      navigate('/screening', { state: { queued: draft.id } });
    } else {
      setSaving(false);
      setError(t('new.queueRefused'));
    }
  };

  return (
    <Stack gap="md" ref={top} style={{ scrollMarginTop: 72 }}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} data-testid="step-label">
            {step < total ? t('new.step', { step: step + 1, total }) : t('new.resultStep')}
          </Text>
          <VerdictBadge verdict={verdictOf(result)} />
        </Group>
        <Progress
          value={(result.answered / indicatorCount) * 100}
          aria-label={t('new.progress', { answered: result.answered, total: indicatorCount })}
          size="lg"
        />
        <Text size="sm" data-testid="progress">
          {t('new.progress', { answered: result.answered, total: indicatorCount })} · {t('new.keptHere')}
        </Text>
      </Stack>

      {step < total ? (
        <DimensionStep instrumentId={def.id} dimension={def.dimensions[step]!} answers={answers} onAnswer={answer} />
      ) : (
        <ResultView instrumentId={def.id} result={result} personId={draft.personId} caseId={draft.caseId} />
      )}

      <FormAlert message={error} />
      <Group justify="space-between" gap="sm" grow>
        {step > 0 ? (
          <Button size="lg" variant="default" onClick={() => go(step - 1)}>
            {t('new.back')}
          </Button>
        ) : (
          <Button size="lg" variant="default" onClick={() => update((d) => ({ ...d, instrumentId: null, step: 0 }))}>
            {t('new.changeSet')}
          </Button>
        )}
        {step < total ? (
          <Button size="lg" onClick={() => go(step + 1)}>
            {step + 1 < total ? t('new.next') : t('new.toResult')}
          </Button>
        ) : (
          <Button size="lg" loading={saving} onClick={() => void save()}>
            {t('new.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
