import { Alert, Anchor, Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { DirectoryService } from '../../core/referrals/directory.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { Facts, Section } from '../persons/Facts.js';
import { useDirectoryOrganizations, useService } from './api.js';
import { formatTime, timeZoneLabel, weekdayName, weekHours } from './hours.js';
import { type Labels, useLabels } from './labels.js';
import { OpenBadge, useNow } from './OpenBadge.js';

/** What the service page may be told when it opens (after the service was saved). */
export interface ServicePageState {
  saved?: 'created' | 'updated';
}

/** Whether the user may change the entry: their organisation maintains its organisation, or they curate the directory. */
export function useCanEdit(service: Pick<DirectoryService, 'organizationId'> | undefined): boolean {
  const me = useMe().data;
  const permissions = me?.permissions ?? [];
  const canWrite = permissions.includes('directory:write');
  const curate = permissions.includes('directory:curate');
  const mine = useDirectoryOrganizations(true, canWrite && !curate);
  if (!service || !canWrite) return false;
  if (curate) return true;
  return (mine.data?.items ?? []).some((o) => o.id === service.organizationId && o.maintainedBy === me?.user.orgId);
}

/** `/directory/services/:id`: every fact of one service, readable; edit it, or refer a case to it. */
export function ServicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('directory');
  const errorText = useErrorText();
  const me = useMe().data;
  const permissions = me?.permissions ?? [];
  const saved = (useLocation().state as ServicePageState | null)?.saved;
  const service = useService(id);
  const canEdit = useCanEdit(service.data);
  const labels = useLabels();
  const now = useNow();

  const back = (
    <Anchor component={Link} to="/directory" size="sm" mb="xs" display="inline-block">
      {t('service.back')}
    </Anchor>
  );
  if (service.isPending) return <PageLoader />;
  if (service.error) {
    return (
      <>
        {back}
        <PageHeader title={t('service.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(service.error, 'not_found') ? t('service.notFound') : errorText(service.error)}
        </Alert>
      </>
    );
  }
  const s = service.data;
  const canRefer = permissions.includes('referrals:send') && s.memberOrgId !== null && s.memberOrgId !== me?.user.orgId;

  return (
    <>
      {back}
      <PageHeader
        title={s.name}
        intro={t('list.by', { organization: s.organizationName })}
        actions={
          <>
            {canEdit ? (
              <Button component={Link} to={`/directory/services/${s.id}/edit`} variant="default">
                {t('service.edit')}
              </Button>
            ) : null}
            {canRefer ? (
              <Button component={Link} to={`/referrals/new?${new URLSearchParams({ serviceId: s.id }).toString()}`}>
                {t('service.refer')}
              </Button>
            ) : null}
          </>
        }
      />
      <SuccessNote message={saved ? t(`service.${saved}`) : null} mb="md" />
      <Stack gap="md" maw={960} data-testid="service-details">
        <Group gap="xs">
          <OpenBadge service={s} now={now} />
          {s.types.map((type) => (
            <Badge key={type} color="indigo.9" variant="outline" style={{ textTransform: 'none' }}>
              {labels.type(type)}
            </Badge>
          ))}
        </Group>
        <AboutSection service={s} labels={labels} />
        <EligibilitySection service={s} labels={labels} />
        <HoursSection service={s} locale={labels.locale} now={now} />
        <PlacesSection service={s} labels={labels} />
      </Stack>
    </>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
      {text}
    </Text>
  );
}

function AboutSection({ service: s, labels }: { service: DirectoryService; labels: Labels }) {
  const { t } = useTranslation('directory');
  const format = useFormat();
  return (
    <Section id="service-about" title={t('service.about')} testId="service-about">
      <Facts
        empty={t('service.notGiven')}
        rows={[
          { label: t('service.organization'), value: s.organizationName },
          { label: t('service.alternateName'), value: s.alternateName },
          { label: t('service.description'), value: s.description ? <Paragraphs text={s.description} /> : null },
          { label: t('service.types'), value: format.list(s.types.map(labels.type)) },
          { label: t('service.status'), value: labels.status(s.status) },
          {
            label: t('service.website'),
            value: s.url ? (
              <Anchor href={s.url} target="_blank" rel="noopener noreferrer" size="sm">
                {s.url}
              </Anchor>
            ) : null,
          },
          {
            label: t('service.email'),
            value: s.email ? (
              <Anchor href={`mailto:${s.email}`} size="sm">
                {s.email}
              </Anchor>
            ) : null,
          },
          { label: t('service.languages'), value: s.languages.length ? format.list(s.languages.map(labels.language)) : null },
          { label: t('service.fees'), value: s.free ? t('service.free') : s.feesDescription ? <Paragraphs text={s.feesDescription} /> : t('service.paid') },
          { label: t('service.apply'), value: s.applicationProcess ? <Paragraphs text={s.applicationProcess} /> : null },
          { label: t('service.lastUpdated'), value: format.dateTime(s.updatedAt) },
        ]}
      />
    </Section>
  );
}

/** "18 to 25", "from 18", "up to 17", "all ages". */
function agesText(t: ReturnType<typeof useTranslation<'directory'>>['t'], min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return t('service.ageRange', { min, max });
  if (min !== undefined) return t('service.ageFrom', { min });
  if (max !== undefined) return t('service.ageTo', { max });
  return t('service.allAges');
}

function EligibilitySection({ service: s, labels }: { service: DirectoryService; labels: Labels }) {
  const { t } = useTranslation('directory');
  const format = useFormat();
  return (
    <Section id="service-eligibility" title={t('service.eligibility')} testId="service-eligibility">
      <Facts
        empty={t('service.notGiven')}
        rows={[
          { label: t('service.ages'), value: agesText(t, s.minimumAge, s.maximumAge) },
          { label: t('service.genders'), value: s.genders.length ? format.list(s.genders.map(labels.gender)) : t('service.allGenders') },
          { label: t('service.eligibilityNotes'), value: s.eligibilityDescription ? <Paragraphs text={s.eligibilityDescription} /> : null },
        ]}
      />
    </Section>
  );
}

function HoursSection({ service: s, locale, now }: { service: DirectoryService; locale: string; now: Date }) {
  const { t } = useTranslation('directory');
  const week = weekHours(s.schedules);
  const notes = [...new Set(s.schedules.map((sc) => sc.description?.trim()).filter((d): d is string => Boolean(d)))];
  return (
    <Section id="service-hours" title={t('service.hours')} testId="service-hours">
      <Stack gap="sm">
        {s.alwaysOpen ? (
          <Text size="sm">{t('service.alwaysOpen')}</Text>
        ) : s.schedules.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('service.noHours')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" c="dimmed" id="hours-time-zone" data-testid="hours-time-zone">
              {t('service.timeZone', { zone: timeZoneLabel(s.timeZone, locale, now) })}
            </Text>
            <Table
              withRowBorders={false}
              verticalSpacing={4}
              w="fit-content"
              aria-labelledby="service-hours"
              aria-describedby="hours-time-zone"
              data-testid="hours-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('service.day')}</Table.Th>
                  <Table.Th scope="col">{t('service.openingTimes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {week.map(({ day, intervals }) => (
                  <Table.Tr key={day} data-day={day}>
                    <Table.Th scope="row" fw={600}>
                      {weekdayName(day, locale)}
                    </Table.Th>
                    <Table.Td>
                      {intervals.length === 0
                        ? t('service.closedDay')
                        : intervals
                            .map((i) => {
                              const closes = formatTime(i.closesAt, locale);
                              return t('service.interval', {
                                opens: formatTime(i.opensAt, locale),
                                closes: i.overnight ? t('service.nextDay', { time: closes }) : closes,
                              });
                            })
                            .join(', ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
        {s.alwaysOpen ? null : notes.map((note) => <Paragraphs key={note} text={note} />)}
        {s.status !== 'active' ? (
          <Alert color="red" variant="light">
            {t('service.notActive', { status: t(`statuses.${s.status}`) })}
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}

function PlacesSection({ service: s, labels }: { service: DirectoryService; labels: Labels }) {
  const { t } = useTranslation('directory');
  return (
    <Section id="service-places" title={t('service.contact')} testId="service-places">
      <Stack gap="md">
        <Stack gap={4}>
          <Text fw={600} size="sm" component="h3" m={0}>
            {t('service.phones')}
          </Text>
          {s.phones.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('service.noPhones')}
            </Text>
          ) : (
            <List size="sm" listStyleType="none" spacing={4} data-testid="service-phones">
              {s.phones.map((p) => (
                <List.Item key={p.id ?? p.number}>
                  <Anchor href={`tel:${p.number.replace(/[^+\d]/g, '')}`} size="sm">
                    {p.number}
                  </Anchor>
                  {p.description ? ` — ${p.description}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm" component="h3" m={0}>
            {t('service.locations')}
          </Text>
          {s.locations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('service.noLocations')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="service-locations">
              {s.locations.map((l, index) => (
                <address key={l.id ?? index} style={{ fontStyle: 'normal' }}>
                  {l.name ? (
                    <Text size="sm" fw={600}>
                      {l.name}
                    </Text>
                  ) : null}
                  {l.address.address1 ? <Text size="sm">{l.address.address1}</Text> : null}
                  <Text size="sm">{[l.address.postalCode, l.address.city].filter(Boolean).join(' ')}</Text>
                  {l.address.region ? <Text size="sm">{l.address.region}</Text> : null}
                  <Text size="sm">{labels.country(l.address.country)}</Text>
                </address>
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Section>
  );
}
