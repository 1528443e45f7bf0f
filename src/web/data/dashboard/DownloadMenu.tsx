/** A figure's download menu: CSV, XLSX, and a picture of the chart when there is one. */
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Format = 'csv' | 'xlsx' | 'png';

interface DownloadMenuProps {
  title: string;
  /** Whether a chart is drawn (a picture of it can be made). */
  canPicture: boolean;
  onDownload: (format: Format) => void;
}

export function DownloadMenu({ title, canPicture, onDownload }: DownloadMenuProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="compact-sm" style={{ flexShrink: 0 }} aria-label={t('figure.downloadLabel', { title })} data-testid="download">
          {t('figure.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onDownload('csv')} data-testid="download-csv">
          {t('figure.csv')}
        </Menu.Item>
        <Menu.Item onClick={() => onDownload('xlsx')} data-testid="download-xlsx">
          {t('figure.xlsx')}
        </Menu.Item>
        <Menu.Item onClick={() => onDownload('png')} disabled={!canPicture} data-testid="download-png">
          {t('figure.png')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
