import { Badge, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeListName } from '../../core/cases/codes.js';
import type { CaseView } from '../../core/cases/views.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';
import { useCodeLabel } from '../persons/codeLabels.js';
import { Facts, Section } from '../persons/Facts.js';
import { situationPath } from './situation.js';
import { SituationForm } from './SituationForm.js';
import { useCaseSave } from './useCaseSave.js';

/** The trafficking situation: read, or changed in place by those who may write. */
export function SituationSection({ kase, canWrite }: { kase: CaseView; canWrite: boolean }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const label = useCodeLabel();
  const saver = useCaseSave(kase, situationPath);
  const [editing, setEditing] = useState(false);
  const empty = t('situation.notRecorded');

  const codes = (list: CodeListName, ids: readonly string[] | undefined) =>
    ids?.length ? (
      <Group gap={4}>
        {ids.map((id) => (
          <Badge key={id} variant="light" color="indigo" style={{ textTransform: 'none' }}>
            {label(list, id)}
          </Badge>
        ))}
      </Group>
    ) : null;
  const status = kase.traffickingStatus;

  return (
    <Section
      id="case-situation"
      title={t('situation.title')}
      testId="case-situation"
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
            {t('situation.edit')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <SituationForm kase={kase} saver={saver} onDone={() => setEditing(false)} />
      ) : (
        <Facts
          empty={empty}
          rows={[
            {
              label: t('situation.traffickingStatus'),
              value: status ? (
                <Text>
                  {label('trafficking-status', status.status)}
                  {status.decidedBy || status.decidedOn ? (
                    <Text span c="dimmed" size="sm">
                      {` · ${t('situation.decided', { by: status.decidedBy ?? '—', date: status.decidedOn ? format.date(status.decidedOn) : '—' })}`}
                    </Text>
                  ) : null}
                </Text>
              ) : null,
            },
            { label: t('situation.exploitationForms'), value: codes('exploitation-form', kase.exploitationForms) },
            { label: t('situation.labourSectors'), value: codes('labour-sector', kase.labourSectors) },
            { label: t('situation.sexualExploitationTypes'), value: codes('sexual-exploitation-type', kase.sexualExploitationTypes) },
            { label: t('situation.controlMethods'), value: codes('control-method', kase.controlMethods) },
            { label: t('situation.recruitmentMethods'), value: codes('recruitment-method', kase.recruitmentMethods) },
            {
              label: t('situation.relationship'),
              value: kase.relationshipToTrafficker ? label('relationship-to-trafficker', kase.relationshipToTrafficker) : null,
            },
            {
              label: t('situation.events'),
              value: kase.events?.length ? (
                <List listStyleType="none" p={0} spacing={4}>
                  {kase.events.map((e, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: events have no id.
                    <List.Item key={i}>
                      <Text span fw={600}>
                        {label('trafficking-stage', e.stage)}
                      </Text>
                      {` · ${[countryName(e.country, format.locale), e.place].filter(Boolean).join(', ')}`}
                      {e.from || e.to ? (
                        <Text span c="dimmed" size="sm">
                          {` · ${e.from ? format.date(e.from) : '…'} – ${e.to ? format.date(e.to) : '…'}`}
                        </Text>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
              ) : null,
            },
          ]}
        />
      )}
    </Section>
  );
}
