import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../core/cases/person.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';
import { AgeSummary } from './AgeSummary.js';
import { useCodeLabel } from './codeLabels.js';
import { Facts, Section } from './Facts.js';
import { languageName } from './languages.js';
import { NameList } from './NameList.js';

interface PersonDetailsProps {
  person: Person & { age: number | null; child: boolean | null };
  /** Prefix of the section ids, when the same record is shown twice (e.g. someone else's version). */
  idPrefix?: string;
}

/** Everything recorded about a person, read-only, in sections. */
export function PersonDetails({ person, idPrefix = 'person' }: PersonDetailsProps) {
  const { t } = useTranslation('persons');
  const format = useFormat();
  const label = useCodeLabel();
  const empty = t('details.notRecorded');
  const contact = person.contact ?? { phones: [], emails: [], addresses: [], messaging: [] };
  const hasContact = contact.phones.length + contact.emails.length + contact.addresses.length + contact.messaging.length > 0;
  const countries = (codes: readonly string[] | undefined) => (codes?.length ? format.list(codes.map((c) => countryName(c, format.locale))) : null);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Section id={`${idPrefix}-identity`} title={t('details.identity')}>
        <Facts
          empty={empty}
          rows={[
            { label: t('details.names'), value: <NameList names={person.names} /> },
            {
              label: t('details.age'),
              value: (
                <Stack gap={2}>
                  <AgeSummary birthDate={person.birthDate} age={person.age} child={person.child} />
                  {person.estimatedAge ? (
                    <Text size="sm" c="dimmed">
                      {t('details.estimate', { years: person.estimatedAge.years, date: format.date(person.estimatedAge.estimatedOn) })}
                    </Text>
                  ) : null}
                </Stack>
              ),
            },
            { label: t('form.profile.gender'), value: person.gender ? label('gender', person.gender) : null },
            { label: t('form.profile.citizenships'), value: countries(person.citizenships) },
            {
              label: t('form.profile.languages'),
              value: person.languages?.length ? format.list(person.languages.map((l) => languageName(l, format.locale))) : null,
            },
            {
              label: t('form.profile.vulnerabilities'),
              value: person.vulnerabilities?.length ? (
                <Group gap={4}>
                  {person.vulnerabilities.map((v) => (
                    <Badge key={v} variant="light" color="gray">
                      {label('vulnerability', v)}
                    </Badge>
                  ))}
                </Group>
              ) : null,
            },
          ]}
        />
      </Section>
      {person.child === false && !person.guardian ? null : (
        <Section id={`${idPrefix}-guardian`} title={t('form.guardian.legend')} testId="guardian-section">
          {person.guardian ? (
            <Facts
              empty={empty}
              rows={[
                { label: t('form.guardian.name'), value: person.guardian.name },
                { label: t('form.guardian.appointedOn'), value: format.date(person.guardian.appointedOn) },
                { label: t('form.guardian.organisation'), value: person.guardian.organisation },
                {
                  label: t('form.guardian.contact'),
                  value: person.guardian.contact ? <Text style={{ whiteSpace: 'pre-wrap' }}>{person.guardian.contact}</Text> : null,
                },
              ]}
            />
          ) : (
            <Text c={person.child ? 'red.9' : 'dimmed'} fw={person.child ? 600 : undefined}>
              {person.child ? t('details.noGuardianChild') : t('details.noGuardian')}
            </Text>
          )}
        </Section>
      )}
      <Section id={`${idPrefix}-contact`} title={t('form.contact.legend')}>
        {hasContact ? (
          <Facts
            empty={empty}
            rows={[
              {
                label: t('details.phones'),
                value: contact.phones.length ? (
                  <List listStyleType="none" p={0} spacing={2}>
                    {contact.phones.map((p) => (
                      <List.Item key={p.number}>
                        <Text span dir="ltr">
                          {p.number}
                        </Text>
                        {p.note ? <Text span c="dimmed" size="sm">{` · ${p.note}`}</Text> : null}
                      </List.Item>
                    ))}
                  </List>
                ) : null,
              },
              { label: t('details.emails'), value: contact.emails.length ? contact.emails.join(', ') : null },
              {
                label: t('details.messaging'),
                value: contact.messaging.length ? format.list(contact.messaging.map((m) => `${label('messaging-app', m.app)}: ${m.handle}`)) : null,
              },
              {
                label: t('details.addresses'),
                value: contact.addresses.length ? (
                  <List listStyleType="none" p={0} spacing={4}>
                    {contact.addresses.map((a, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: addresses have no id.
                      <List.Item key={i}>
                        {[a.street, a.postalCode, a.city, a.region, a.country ? countryName(a.country, format.locale) : undefined].filter(Boolean).join(', ')}
                        {a.note ? <Text span c="dimmed" size="sm">{` · ${a.note}`}</Text> : null}
                      </List.Item>
                    ))}
                  </List>
                ) : null,
              },
            ]}
          />
        ) : (
          <Text c="dimmed">{t('details.noContact')}</Text>
        )}
      </Section>
      <Section id={`${idPrefix}-documents`} title={t('form.documents.legend')}>
        {person.documents?.length ? (
          <List listStyleType="none" p={0} spacing="xs">
            {person.documents.map((doc, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: documents have no id.
              <List.Item key={i}>
                <Group gap={6}>
                  <Text span fw={600}>
                    {label('identity-document-type', doc.type)}
                  </Text>
                  {doc.number ? <Text span>{doc.number}</Text> : null}
                  {doc.heldBySomeoneElse ? (
                    <Badge variant="filled" color="red.9">
                      {t('details.heldBySomeoneElse')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {[
                    doc.issuingCountry ? countryName(doc.issuingCountry, format.locale) : null,
                    doc.expiresOn ? t('details.expires', { date: format.date(doc.expiresOn) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('form.documents.none')}</Text>
        )}
      </Section>
    </SimpleGrid>
  );
}
