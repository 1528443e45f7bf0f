import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../core/cases/views.js';
import { useDocuments, useEntries } from './api.js';
import { AssessmentsPanel } from './AssessmentsPanel.js';
import { ConsentsPanel } from './ConsentsPanel.js';
import { DocumentsPanel } from './DocumentsPanel.js';
import { NotesPanel } from './NotesPanel.js';
import { PlanPanel } from './PlanPanel.js';
import { ProceedingsPanel } from './ProceedingsPanel.js';
import { ServicesPanel } from './ServicesPanel.js';
import { TasksPanel } from './TasksPanel.js';
import { TimelinePanel } from './TimelinePanel.js';

const TABS = ['consents', 'assessments', 'plan', 'tasks', 'services', 'notes', 'documents', 'proceedings', 'timeline'] as const;
type Tab = (typeof TABS)[number];

/** How many entries each tab holds, once loaded (undefined while loading or failed). */
function useCounts(caseId: string): Partial<Record<Tab, number>> {
  const consents = useEntries(caseId, 'consents').data;
  const assessments = useEntries(caseId, 'assessments').data;
  const plan = useEntries(caseId, 'plan').data;
  const tasks = useEntries(caseId, 'tasks').data;
  const services = useEntries(caseId, 'services').data;
  const notes = useEntries(caseId, 'notes').data;
  const proceedings = useEntries(caseId, 'proceedings').data;
  const documents = useDocuments(caseId).data;
  return {
    consents: consents?.length,
    assessments: assessments?.length,
    plan: plan?.length,
    // Open tasks: the ones that still ask for something.
    tasks: tasks?.filter((e) => e.data.done !== true).length,
    services: services?.length,
    notes: notes?.length,
    proceedings: proceedings?.length,
    documents: documents?.length,
  };
}

/** The work on a case, one tab per kind: consents, assessments, plan, tasks, services, notes, documents, proceedings, timeline. */
export function CaseWorkTabs({ caseId, kase, canWrite }: { caseId: string; kase: CaseView; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const [tab, setTab] = useState<Tab>('consents');
  const counts = useCounts(caseId);
  const label = (name: Tab) => {
    const count = counts[name];
    return count === undefined ? t(`tabs.${name}`) : t('tabs.withCount', { label: t(`tabs.${name}`), count });
  };

  return (
    <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false} data-testid="case-work">
      <Tabs.List aria-label={t('title')} mb="md">
        {TABS.map((name) => (
          <Tabs.Tab key={name} value={name}>
            {label(name)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="consents">
        <ConsentsPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="assessments">
        <AssessmentsPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="plan">
        <PlanPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="tasks">
        <TasksPanel caseId={caseId} kase={kase} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="services">
        <ServicesPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="notes">
        <NotesPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="documents">
        <DocumentsPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="proceedings">
        <ProceedingsPanel caseId={caseId} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="timeline">
        <TimelinePanel caseId={caseId} />
      </Tabs.Panel>
    </Tabs>
  );
}
