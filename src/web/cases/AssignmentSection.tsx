import { Alert, Button, Group, MultiSelect, Select, Stack, Switch, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseView } from '../../core/cases/views.js';
import { useMe } from '../api/me.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { Facts, Section } from '../persons/Facts.js';
import { useColleagueName, useColleagueOptions } from './colleagueNames.js';
import { ConflictNotice } from './ConflictNotice.js';
import { useCaseSave } from './useCaseSave.js';
import { useFocusFirstField } from '../persons/useValidation.js';

/** Who works on the case (caseworker, team) and who alone may open it (restriction). */
export function AssignmentSection({ kase, canWrite }: { kase: CaseView; canWrite: boolean }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const name = useColleagueName();
  const saver = useCaseSave(kase);
  const [editing, setEditing] = useState(false);
  const names = (ids: readonly string[] | null | undefined) => (ids?.length ? format.list(ids.map((id) => name(id) ?? id)) : null);

  return (
    <Section
      id="case-assignment"
      title={t('assignment.title')}
      testId="case-assignment"
      actions={
        canWrite && !editing ? (
          <Button
            size="sm"
            variant="light"
            onClick={() => {
              saver.begin();
              setEditing(true);
            }}
          >
            {t('assignment.change')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <AssignmentForm kase={kase} saver={saver} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="sm">
          <Facts
            empty={t('assignment.nobody')}
            rows={[
              { label: t('assignment.caseworker'), value: name(kase.caseworkerId) },
              { label: t('assignment.team'), value: names(kase.teamIds) },
            ]}
          />
          {kase.restrictedTo ? (
            <Alert color="red" variant="light" title={t('assignment.restrictedTitle')} data-testid="case-restricted">
              {t('assignment.restrictedTo', { names: names(kase.restrictedTo) ?? '—' })}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('assignment.notRestricted')}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}

function AssignmentForm({ kase, saver, onDone }: { kase: CaseView; saver: ReturnType<typeof useCaseSave>; onDone: () => void }) {
  const { t } = useTranslation(['cases', 'common']);
  const me = useMe().data;
  const navigate = useNavigate();
  const options = useColleagueOptions();
  const [caseworkerId, setCaseworkerId] = useState(kase.caseworkerId ?? '');
  const [teamIds, setTeamIds] = useState<string[]>([...(kase.teamIds ?? [])]);
  const [restricted, setRestricted] = useState(Boolean(kase.restrictedTo));
  const [restrictedTo, setRestrictedTo] = useState<string[]>([...(kase.restrictedTo ?? (me ? [me.user.id] : []))]);
  const { errors, clearError, ref } = saver.validation;
  useFocusFirstField(ref);
  const leavesMeOut = restricted && me !== undefined && !restrictedTo.includes(me.user.id);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (restricted && restrictedTo.length === 0) {
      saver.validation.setError('restrictedTo', t('cases:assignment.restrictNobody'));
      return;
    }
    const change: Record<string, unknown> = {};
    if (caseworkerId && caseworkerId !== kase.caseworkerId) change.caseworkerId = caseworkerId;
    if (JSON.stringify(teamIds) !== JSON.stringify(kase.teamIds ?? [])) change.teamIds = teamIds;
    const nextRestriction = restricted ? restrictedTo : null;
    if (JSON.stringify(nextRestriction) !== JSON.stringify(kase.restrictedTo ?? null)) change.restrictedTo = nextRestriction;
    if (Object.keys(change).length === 0) {
      onDone();
      return;
    }
    // Restricted to others: the user can no longer open the case, so leave it.
    saver.save(change, leavesMeOut ? () => navigate('/cases', { replace: true }) : onDone);
  };

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate aria-label={t('cases:assignment.title')}>
      <Stack gap="sm">
        <ConflictNotice fields={saver.conflict} />
        <Select
          label={t('cases:assignment.caseworker')}
          data={options}
          value={caseworkerId || null}
          onChange={(value) => {
            setCaseworkerId(value ?? '');
            clearError('caseworkerId');
          }}
          error={errors.caseworkerId}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('cases:assignment.noColleague')}
        />
        <MultiSelect
          label={t('cases:assignment.team')}
          description={t('cases:assignment.teamHint')}
          data={options}
          value={teamIds}
          onChange={(value) => {
            setTeamIds(value);
            clearError('teamIds');
          }}
          error={errors.teamIds}
          searchable
          hidePickedOptions
          nothingFoundMessage={t('cases:assignment.noColleague')}
        />
        <Switch label={t('cases:assignment.restrict')} checked={restricted} onChange={(event) => setRestricted(event.currentTarget.checked)} />
        {restricted ? (
          <>
            <Alert color="red" variant="light" title={t('cases:assignment.restrictWarningTitle')}>
              {t('cases:assignment.restrictWarning')}
            </Alert>
            <MultiSelect
              label={t('cases:assignment.restrictedPeople')}
              data={options}
              value={restrictedTo}
              onChange={(value) => {
                setRestrictedTo(value);
                clearError('restrictedTo');
              }}
              error={errors.restrictedTo}
              searchable
              hidePickedOptions
              withAsterisk
              nothingFoundMessage={t('cases:assignment.noColleague')}
            />
            {leavesMeOut ? (
              <Text c="red.9" fw={600} size="sm" role="alert">
                {t('cases:assignment.leavesYouOut')}
              </Text>
            ) : null}
          </>
        ) : null}
        <FormAlert message={saver.formError} />
        <Group>
          <Button type="submit" loading={saver.pending}>
            {saver.conflict ? t('cases:conflict.saveAgain') : t('cases:assignment.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
