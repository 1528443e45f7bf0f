import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ContactView, EMERGENCY_STEPS } from '../../core/hotline/contact.js';
import { useFormat } from '../i18n/format.js';
import { languageName } from '../persons/languages.js';
import { Facts } from '../persons/Facts.js';
import { DangerBadge } from './Badges.js';
import { useLabels, usePersonName } from './labels.js';
import { durationParts } from './timer.js';

const TEXT = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** A contact's facts and what was said, read only. */
export function ContactDetails({ contact }: { contact: ContactView }) {
  const { t } = useTranslation('hotline');
  const format = useFormat();
  const labels = useLabels();
  const personName = usePersonName();
  const empty = t('contact.notRecorded');
  const duration = contact.durationSeconds === null ? null : durationParts(contact.durationSeconds);

  return (
    <Facts
      empty={empty}
      rows={[
        { label: t('contact.started'), value: format.dateTime(contact.startedAt) },
        {
          label: t('contact.duration'),
          value: duration ? <span data-testid="contact-duration">{t('contact.durationValue', duration)}</span> : null,
        },
        { label: t('fields.channel'), value: labels.channel(contact.channel) },
        { label: t('fields.direction'), value: labels.direction(contact.direction) },
        { label: t('fields.caller'), value: labels.caller(contact.caller) },
        { label: t('fields.language'), value: contact.language ? languageName(contact.language, format.locale) : null },
        {
          label: t('fields.reasons'),
          value: contact.reasons.length ? (
            <Group gap={4} data-testid="contact-reasons">
              {contact.reasons.map((r) => (
                <Badge key={r} variant="light" color="indigo" style={{ textTransform: 'none' }}>
                  {labels.reason(r)}
                </Badge>
              ))}
            </Group>
          ) : null,
        },
        { label: t('fields.danger'), value: <DangerBadge danger={contact.danger} always /> },
        ...(contact.danger === 'immediate' || contact.emergencySteps.length
          ? [
              {
                label: t('emergency.checklist'),
                value: (
                  <List listStyleType="none" p={0} spacing={2} data-testid="contact-steps">
                    {EMERGENCY_STEPS.map((s) => {
                      const done = contact.emergencySteps.includes(s);
                      return (
                        <List.Item key={s}>
                          <Text span size="sm" fw={done ? 600 : 400} c={done ? undefined : 'dimmed'}>
                            <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
                            {`${labels.step(s)} · ${done ? t('emergency.done') : t('emergency.notDone')}`}
                          </Text>
                        </List.Item>
                      );
                    })}
                  </List>
                ),
              },
            ]
          : []),
        { label: t('contact.operator'), value: personName(contact.operatorId) },
        {
          label: t('fields.summary'),
          value: (
            <Text style={TEXT} data-testid="contact-summary-text">
              {contact.summary}
            </Text>
          ),
        },
        { label: t('fields.advice'), value: contact.advice ? <Text style={TEXT}>{contact.advice}</Text> : null },
        { label: t('fields.servicesSuggested'), value: contact.servicesSuggested ? <Text style={TEXT}>{contact.servicesSuggested}</Text> : null },
      ]}
    />
  );
}
