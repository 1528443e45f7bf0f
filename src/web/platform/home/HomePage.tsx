import { Anchor, Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/me.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { useFormat } from '../../i18n/format.js';
import { countryName } from '../countries.js';

const LIST: CSSProperties = { display: 'grid', gap: 'var(--mantine-spacing-sm)', margin: 0 };

/** The welcome dashboard. Other modules add their cards to the grid. */
export function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  const { locale } = useFormat();
  const me = useMe().data;
  if (!me) return null;
  const { user } = me;

  return (
    <>
      <PageHeader title={t('home:title', { name: user.name })} intro={t('home:intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder padding="lg" component="section" aria-labelledby="home-account">
          <Title order={2} size="h3" id="home-account" mb="sm">
            {t('home:account.title')}
          </Title>
          <dl style={LIST}>
            <div>
              <Text component="dt" fw={600}>
                {t('home:account.organisation')}
              </Text>
              <Text component="dd" m={0} data-testid="home-organisation">
                {user.orgName}
              </Text>
            </div>
            <div>
              <Text component="dt" fw={600}>
                {t('home:account.country')}
              </Text>
              <Text component="dd" m={0}>
                {countryName(user.orgCountry, locale)}
              </Text>
            </div>
            <div>
              <Text component="dt" fw={600}>
                {t('home:account.network')}
              </Text>
              <Text component="dd" m={0}>
                {user.networkName}
              </Text>
            </div>
            <div>
              <Text component="dt" fw={600}>
                {t('home:account.roles')}
              </Text>
              <dd style={{ margin: 0 }}>
                <Group gap="xs" data-testid="home-roles">
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light">
                      {t(`common:roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </dd>
            </div>
            <div>
              <Text component="dt" fw={600}>
                {t('home:account.secondFactor')}
              </Text>
              <Text component="dd" m={0}>
                {user.totpEnabled ? (
                  t('home:account.on')
                ) : (
                  <>
                    {t('home:account.off')}
                    {' · '}
                    <Anchor component={Link} to="/enrol">
                      {t('home:setUpSecondFactor')}
                    </Anchor>
                  </>
                )}
              </Text>
            </div>
          </dl>
        </Card>
      </SimpleGrid>
    </>
  );
}
