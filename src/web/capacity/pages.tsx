import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../api/me.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { AssessmentTab } from './AssessmentTab.js';
import { ExchangesTab } from './ExchangesTab.js';
import { MatchesTab } from './MatchesTab.js';
import { NetworkTab } from './NetworkTab.js';
import { OffersTab } from './OffersTab.js';

const TABS = ['assessment', 'network', 'matches', 'offers', 'exchanges'] as const;
type Tab = (typeof TABS)[number];

/** `/capacity`: self-assessment, the network's ratings, matches, offers and exchanges; the tab lives in the address (`?tab=`). */
export function CapacityPage() {
  const { t } = useTranslation('capacity');
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'assessment';
  if (!me) return <PageLoader />;
  const orgId = me.user.orgId;
  const canWrite = me.permissions.includes('capacity:write');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Tabs
        value={tab}
        onChange={(value) =>
          value &&
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('tab', value);
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')} mb="md">
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="assessment">
          <AssessmentTab orgId={orgId} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="network">
          <NetworkTab />
        </Tabs.Panel>
        <Tabs.Panel value="matches">
          <MatchesTab orgId={orgId} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="offers">
          <OffersTab orgId={orgId} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="exchanges">
          <ExchangesTab orgId={orgId} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
