import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCheck } from '../../core/cases/views.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';
import { AgeSummary } from './AgeSummary.js';
import { NameList } from './NameList.js';
import { displayName, scorePercent } from './names.js';

interface DuplicatesPanelProps {
  check: DuplicateCheck;
  saving: boolean;
  onSaveAnyway: () => void;
  onBack: () => void;
}

/** "These people may be the same person": open them (in a new tab, keeping the form), or save anyway. */
export function DuplicatesPanel({ check, saving, onSaveAnyway, onBack }: DuplicatesPanelProps) {
  const { t } = useTranslation('persons');
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="duplicates-title" data-testid="duplicates">
      <Stack gap="md">
        <Title order={2} size="h3" id="duplicates-title" ref={heading} tabIndex={-1}>
          {t('duplicates.title')}
        </Title>
        <Text>{check.items.length > 0 ? t('duplicates.intro') : t('duplicates.onlyHidden')}</Text>
        {check.items.length > 0 ? (
          <List listStyleType="none" spacing="sm" p={0}>
            {check.items.map((hit) => (
              <List.Item key={hit.id}>
                <Card withBorder padding="sm">
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <Stack gap={4}>
                      <NameList names={hit.names} />
                      <AgeSummary birthDate={hit.birthDate} age={hit.age} child={hit.child} />
                      {hit.citizenships.length ? (
                        <Text size="sm" c="dimmed">
                          {format.list(hit.citizenships.map((c) => countryName(c, format.locale)))}
                        </Text>
                      ) : null}
                      <Text size="sm" c="dimmed">
                        {t('table.caseCount', { count: hit.cases.length })}
                        {hit.score === null ? '' : ` · ${t('table.score', { score: scorePercent(hit.score) })}`}
                      </Text>
                    </Stack>
                    <Anchor href={`/persons/${hit.id}`} target="_blank" rel="noopener">
                      {t('duplicates.open', { name: displayName(hit.names) })}
                      <VisuallyHidden>{` ${t('duplicates.newTab')}`}</VisuallyHidden>
                    </Anchor>
                  </Group>
                </Card>
              </List.Item>
            ))}
          </List>
        ) : null}
        {check.hidden > 0 ? (
          <Alert color="gray" variant="light" data-testid="duplicates-hidden">
            {t('duplicates.hidden', { count: check.hidden })}
          </Alert>
        ) : null}
        <Group>
          <Button onClick={onSaveAnyway} loading={saving}>
            {t('duplicates.saveAnyway')}
          </Button>
          <Button variant="default" onClick={onBack}>
            {t('duplicates.back')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
