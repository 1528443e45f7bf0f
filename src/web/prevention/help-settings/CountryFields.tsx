import { ActionIcon, Anchor, Button, Checkbox, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { type ContactDraft, type CountryDraft, emptyContact, previewUrl } from './draft.js';

/** One country of the help settings (split from pages.tsx): its hotline organisation, its note per language, its contacts. */

export interface CountryFieldsProps {
  index: number;
  country: CountryDraft;
  lang: UiLanguage;
  countries: { value: string; label: string }[];
  orgOptions: { value: string; label: string }[];
  err: (path: string) => string | undefined;
  changeCountry: (i: number, f: (c: CountryDraft) => CountryDraft, ...paths: string[]) => void;
  changeContact: (i: number, k: number, key: Exclude<keyof ContactDraft, 'key'>, value: string | boolean) => void;
  remove: () => void;
}

export function CountryFields({ index: i, country: c, lang, countries, orgOptions, err, changeCountry, changeContact, remove }: CountryFieldsProps) {
  const { t } = useTranslation('helpSettings');
  const name = countries.find((o) => o.value === c.country)?.label ?? t('countries.new');
  const at = (p: string) => err(`countries.${i}.${p}`);
  return (
    <Paper withBorder p="md" component="section" aria-label={name} data-testid={`country-${i}`}>
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {name}
          </Title>
          <Group gap="sm">
            {c.country ? (
              <Anchor href={previewUrl(c.country, lang)} target="_blank" rel="noopener" size="sm">
                {t('preview')}
              </Anchor>
            ) : null}
            <Button variant="subtle" color="red" size="xs" onClick={remove}>
              {t('countries.remove', { country: name })}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('countries.country')}
            data={countries}
            value={c.country || null}
            onChange={(v) => changeCountry(i, (x) => ({ ...x, country: v ?? '' }), 'country')}
            error={at('country')}
            searchable
            required
            limit={300}
            data-testid={`country-${i}-code`}
          />
          <Select
            label={t('countries.hotline')}
            placeholder={t('countries.defaultHotline')}
            data={orgOptions}
            value={c.hotlineOrgId || null}
            onChange={(v) => changeCountry(i, (x) => ({ ...x, hotlineOrgId: v ?? '' }), 'hotlineOrgId')}
            error={at('hotlineOrgId')}
            clearable
            searchable
            data-testid={`country-${i}-hotline`}
          />
        </SimpleGrid>
        <Textarea
          label={t('countries.note', { language: LANGUAGE_NAMES[lang] })}
          description={t('countries.noteHint')}
          lang={lang}
          autosize
          minRows={2}
          value={c.notes[lang]}
          onChange={(e) => {
            const v = e.currentTarget.value;
            changeCountry(i, (x) => ({ ...x, notes: { ...x.notes, [lang]: v } }), `notes.${lang}`);
          }}
          error={at(`notes.${lang}`)}
        />
        <Title order={4} size="h5">
          {t('contacts.title')}
        </Title>
        {c.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contacts.none')}
          </Text>
        ) : null}
        {c.contacts.map((x, k) => {
          const f = (p: keyof ContactDraft) => at(`contacts.${k}.${p}`);
          const input = (p: Exclude<keyof ContactDraft, 'alwaysOpen' | 'key'>, extra: { type?: string; required?: boolean; description?: string } = {}) => (
            <TextInput
              label={t(`contacts.${p}`)}
              value={x[p]}
              onChange={(e) => changeContact(i, k, p, e.currentTarget.value)}
              error={f(p)}
              data-testid={`country-${i}-contact-${k}-${p}`}
              {...extra}
            />
          );
          return (
            <Fieldset key={x.key} legend={x.name.trim() || t('contacts.legend', { n: k + 1 })} data-testid={`country-${i}-contact-${k}`}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {input('name', { required: true })}
                {input('phone', { type: 'tel' })}
                {input('url', { type: 'url' })}
                {input('email', { type: 'email' })}
                {input('hours', { description: t('contacts.hoursHint') })}
                {input('languages', { description: t('contacts.languagesHint') })}
              </SimpleGrid>
              <Group justify="space-between" mt="sm">
                <Checkbox
                  label={t('contacts.alwaysOpen')}
                  checked={x.alwaysOpen}
                  onChange={(e) => changeContact(i, k, 'alwaysOpen', e.currentTarget.checked)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('contacts.remove', { name: x.name.trim() || t('contacts.legend', { n: k + 1 }) })}
                  onClick={() => changeCountry(i, (y) => ({ ...y, contacts: y.contacts.filter((_, j) => j !== k) }))}
                >
                  ×
                </ActionIcon>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => changeCountry(i, (y) => ({ ...y, contacts: [...y.contacts, emptyContact()] }))}
            data-testid={`country-${i}-add-contact`}
          >
            {t('contacts.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
