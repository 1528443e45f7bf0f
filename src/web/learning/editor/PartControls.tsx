import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Move a part (module, lesson, question) up or down, or remove it; each button names the part. */
export function PartControls({
  name,
  index,
  count,
  onMove,
  onRemove,
  minimum = 1,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** The fewest parts there may be: the last ones cannot be removed. */
  minimum?: number;
}) {
  const { t } = useTranslation('learning');
  return (
    <Group gap={4} wrap="wrap">
      <Button size="compact-sm" variant="default" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('editor.moveUp', { name })}>
        {t('editor.moveUpShort')}
      </Button>
      <Button size="compact-sm" variant="default" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('editor.moveDown', { name })}>
        {t('editor.moveDownShort')}
      </Button>
      <Button size="compact-sm" variant="default" color="red.9" disabled={count <= minimum} onClick={onRemove} aria-label={t('editor.remove', { name })}>
        {t('editor.removeShort')}
      </Button>
    </Group>
  );
}
