import { ActionIcon, Indicator, Menu, Stack, Text } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../api/me.js';
import { useFormat } from '../i18n/format.js';
import { NOTIFICATION_KINDS, type Notification, useMarkRead, useNotifications } from './notifications.js';

type Kind = (typeof NOTIFICATION_KINDS)[number];
const isKind = (kind: string): kind is Kind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);
/** The locale key of a kind: `referral.sent` → `sent` (a dot would split the key). */
const kindKey = (kind: Kind) => kind.slice('referral.'.length) as Kind extends `referral.${infer K}` ? K : never;

/** The bell in the header: how many notifications are unread; the menu lists them and opening it marks them read. */
export function NotificationsBell() {
  const permissions = useMe().data?.permissions ?? [];
  if (!permissions.includes('referrals:send') && !permissions.includes('referrals:receive')) return null;
  return (
    <Suspense fallback={null}>
      <Bell />
    </Suspense>
  );
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

function Bell() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const notifications = useNotifications(true);
  const markRead = useMarkRead();
  const items = notifications.data?.items ?? [];
  const unread = notifications.data?.unread ?? 0;
  // The ones that were new when the menu opened stay marked as new while it is open.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  const opened = () => {
    const ids = items.filter((n) => !n.read).map((n) => n.id);
    setFresh(new Set(ids));
    if (ids.length) markRead.mutate(ids);
  };
  const text = (n: Notification) => (isKind(n.kind) ? t(`notifications.kinds.${kindKey(n.kind)}`, { reference: n.reference ?? '' }) : t('notifications.other'));

  return (
    <Indicator
      disabled={!unread}
      label={<span aria-hidden="true">{unread > 99 ? '99+' : format.number(unread)}</span>}
      size={18}
      offset={4}
      color="red.9"
      zIndex={1}
      data-testid="notifications-unread"
    >
      <Menu position="bottom-end" withinPortal width={340} onOpen={opened}>
        <Menu.Target>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={unread ? t('notifications.labelUnread', { count: unread }) : t('notifications.label')}
            data-testid="notifications-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown data-testid="notifications-menu">
          <Menu.Label>{t('notifications.title')}</Menu.Label>
          {items.length === 0 ? (
            <Text size="sm" px="sm" py="xs">
              {t('notifications.empty')}
            </Text>
          ) : (
            items.slice(0, 20).map((n) => {
              const isNew = !n.read || fresh.has(n.id);
              return (
                <Menu.Item key={n.id} component={Link} to={n.referralId ? `/referrals/${n.referralId}` : '/referrals'} data-testid="notification">
                  <Stack gap={0}>
                    <Text size="sm" fw={isNew ? 700 : 400}>
                      {text(n)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(n.at)}
                      {isNew ? ` · ${t('notifications.new')}` : ''}
                    </Text>
                  </Stack>
                </Menu.Item>
              );
            })
          )}
          <Menu.Divider />
          <Menu.Item component={Link} to="/referrals">
            {t('notifications.all')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Indicator>
  );
}
