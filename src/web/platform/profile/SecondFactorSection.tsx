import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/types.js';
import { RegenerateCodesModal } from './RegenerateCodesModal.js';
import { Section } from './Section.js';

export function SecondFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation(['profile', 'home']);
  const [regenerating, setRegenerating] = useState(false);
  const enabled = me.user.totpEnabled;
  return (
    <Section id="profile-second-factor" title={t('profile:secondFactor.title')}>
      <Stack>
        <Group gap="sm">
          <Badge variant="filled" color={enabled ? 'teal.9' : 'gray.7'}>
            {enabled ? t('home:account.on') : t('home:account.off')}
          </Badge>
          {me.user.totpRequired ? <Text size="sm">{t('profile:secondFactor.required')}</Text> : null}
        </Group>
        <Text>{enabled ? t('profile:secondFactor.on') : t('profile:secondFactor.off')}</Text>
        {enabled ? (
          <Button variant="default" w="fit-content" onClick={() => setRegenerating(true)}>
            {t('profile:secondFactor.regenerate')}
          </Button>
        ) : (
          <Anchor component={Link} to="/enrol">
            {t('profile:secondFactor.setUp')}
          </Anchor>
        )}
      </Stack>
      {regenerating ? <RegenerateCodesModal onClose={() => setRegenerating(false)} /> : null}
    </Section>
  );
}
