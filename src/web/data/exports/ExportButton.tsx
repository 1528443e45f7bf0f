import { Anchor, Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExportKind } from '../../../core/data/exports/exports.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { exportKindsFor, useCreateExport } from './api.js';

type ListKind = Extract<ExportKind, 'cases' | 'contacts' | 'referrals' | 'directory'>;

/**
 * "Export" on a list screen: a small menu (CSV / XLSX) that queues an export of the whole list as
 * the user may see it, then says where the file will be. Shown only to users who may export it.
 */
export function ExportButton({ kind }: { kind: ListKind }) {
  const { t } = useTranslation('exports');
  const errorText = useErrorText();
  const permissions = useMe().data?.permissions ?? [];
  const create = useCreateExport();
  if (!exportKindsFor(permissions).includes(kind)) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={create.isPending} data-testid={`export-${kind}`}>
            {t('button.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t(`button.of.${kind}`)}</Menu.Label>
          {(['csv', 'xlsx'] as const).map((format) => (
            <Menu.Item key={format} onClick={() => create.mutate({ kind, format })}>
              {t(`formats.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {create.isSuccess ? (
        <Text size="sm" role="status">
          {t('button.queued')}{' '}
          <Anchor component={Link} to="/exports">
            {t('button.open')}
          </Anchor>
        </Text>
      ) : create.error ? (
        <Text size="sm" c="red.8" role="alert">
          {errorText(create.error)}
        </Text>
      ) : null}
    </Group>
  );
}
