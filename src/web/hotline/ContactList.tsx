import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactListItem } from '../../core/hotline/contact.js';
import { useFormat } from '../i18n/format.js';
import { DangerBadge, FollowUpBadges } from './Badges.js';
import type { Labels } from './labels.js';

/** The contacts found, newest first: when, how, why, how dangerous, the start of the summary, and follow-ups. */
export function ContactList({ items, labels }: { items: readonly ContactListItem[]; labels: Labels }) {
  const { t } = useTranslation('hotline');
  const format = useFormat();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.label')} data-testid="contact-list">
      {items.map((c) => (
        <Card key={c.id} component="li" withBorder padding="sm" data-testid="contact-row">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/hotline/${c.id}`} fw={600}>
                {t('list.rowTitle', { date: format.dateTime(c.startedAt), channel: labels.channel(c.channel) })}
              </Anchor>
              <Group gap={4}>
                <DangerBadge danger={c.danger} />
                <FollowUpBadges open={c.openFollowUps} overdue={c.overdueFollowUps} />
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {[labels.caller(c.caller), c.reasons.length ? format.list(c.reasons.map(labels.reason)) : t('list.noReason')].join(' · ')}
            </Text>
            <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-line' }} data-testid="contact-summary">
              {c.summary}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
