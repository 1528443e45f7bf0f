import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../core/referrals/referral.js';
import { useFormat } from '../i18n/format.js';
import { Section } from '../persons/Facts.js';
import { ReferralStatusBadge, useBilingualLabels } from './labels.js';
import { otherLanguage } from './logic.js';

export function History({ r }: { r: ReferralView }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const labels = useBilingualLabels(otherLanguage(r));
  return (
    <Section id="referral-history" title={t('view.historyTitle')} testId="referral-history">
      {r.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('view.noHistory')}
        </Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('view.historyTitle')}>
          {r.history.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id and are shown in their order.
            <Stack component="li" key={i} gap={2} data-testid="referral-event">
              <Group gap="xs">
                <ReferralStatusBadge status={e.status} label={labels.status(e.status)} />
                <Text size="sm">
                  {t('view.eventLine', {
                    who: e.by,
                    organisation: e.side === 'sender' ? r.from.name : r.to.name,
                    when: format.dateTime(e.at),
                  })}
                </Text>
              </Group>
              {e.note ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }} pl="sm">
                  {e.note}
                </Text>
              ) : null}
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}
