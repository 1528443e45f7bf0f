import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeOptions } from '../codeLabels.js';
import { type AddressDraft, emptyAddress, emptyMessaging, emptyPhone, type MessagingApp, type PersonDraft } from '../draft.js';
import { CountryField, type FieldErrorsProps, RemoveButton, removeAt, replaceAt } from './fields.js';

type Contact = PersonDraft['contact'];

interface ContactFieldsetProps extends FieldErrorsProps {
  contact: Contact;
  onChange: (contact: Contact) => void;
}

const ROW_ALIGN = { paddingTop: 'calc(var(--mantine-font-size-sm) * 1.55 + 4px)' };

/** Phones, e-mail addresses, postal addresses and messaging handles (encrypted by the server). */
export function ContactFieldset({ contact, onChange, errors, clearError }: ContactFieldsetProps) {
  const { t } = useTranslation('persons');
  const apps = useCodeOptions('messaging-app');
  const set = <K extends keyof Contact>(key: K, list: Contact[K], path?: string) => {
    onChange({ ...contact, [key]: list });
    if (path) clearError(path);
  };
  const setAddress = (index: number, change: Partial<AddressDraft>) => {
    const address = contact.addresses[index];
    if (address) set('addresses', replaceAt(contact.addresses, index, { ...address, ...change }));
    for (const key of Object.keys(change)) clearError(`contact.addresses.${index}.${key}`);
  };

  return (
    <Fieldset legend={t('form.contact.legend')}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('form.contact.hint')}
        </Text>
        <Stack gap="xs">
          {contact.phones.map((phone, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
            <Group key={index} role="group" aria-label={t('form.contact.phoneRow', { n: index + 1 })} align="flex-start" gap="sm">
              <TextInput
                type="tel"
                label={t('form.contact.phone')}
                value={phone.number}
                onChange={(event) =>
                  set('phones', replaceAt(contact.phones, index, { ...phone, number: event.currentTarget.value }), `contact.phones.${index}.number`)
                }
                error={errors[`contact.phones.${index}.number`]}
                placeholder="+30 210 123 4567"
                autoComplete="off"
                w={220}
              />
              <TextInput
                label={t('form.contact.phoneNote')}
                value={phone.note}
                onChange={(event) => set('phones', replaceAt(contact.phones, index, { ...phone, note: event.currentTarget.value }))}
                error={errors[`contact.phones.${index}.note`]}
                w={260}
              />
              <div style={ROW_ALIGN}>
                <RemoveButton label={t('form.contact.removePhone', { n: index + 1 })} onClick={() => set('phones', removeAt(contact.phones, index))} />
              </div>
            </Group>
          ))}
          {contact.emails.map((email, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
            <Group key={`e${index}`} role="group" aria-label={t('form.contact.emailRow', { n: index + 1 })} align="flex-start" gap="sm">
              <TextInput
                type="email"
                label={t('form.contact.email')}
                value={email}
                onChange={(event) => set('emails', replaceAt(contact.emails, index, event.currentTarget.value), `contact.emails.${index}`)}
                error={errors[`contact.emails.${index}`]}
                autoComplete="off"
                w={320}
              />
              <div style={ROW_ALIGN}>
                <RemoveButton label={t('form.contact.removeEmail', { n: index + 1 })} onClick={() => set('emails', removeAt(contact.emails, index))} />
              </div>
            </Group>
          ))}
          {contact.messaging.map((handle, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
            <Group key={`m${index}`} role="group" aria-label={t('form.contact.messagingRow', { n: index + 1 })} align="flex-start" gap="sm">
              <NativeSelect
                label={t('form.contact.app')}
                data={[{ value: '', label: t('form.choose') }, ...apps]}
                value={handle.app}
                onChange={(event) =>
                  set(
                    'messaging',
                    replaceAt(contact.messaging, index, { ...handle, app: event.currentTarget.value as MessagingApp | '' }),
                    `contact.messaging.${index}.app`,
                  )
                }
                error={errors[`contact.messaging.${index}.app`]}
                w={200}
              />
              <TextInput
                label={t('form.contact.handle')}
                value={handle.handle}
                onChange={(event) =>
                  set('messaging', replaceAt(contact.messaging, index, { ...handle, handle: event.currentTarget.value }), `contact.messaging.${index}.handle`)
                }
                error={errors[`contact.messaging.${index}.handle`]}
                autoComplete="off"
                w={260}
              />
              <div style={ROW_ALIGN}>
                <RemoveButton
                  label={t('form.contact.removeMessaging', { n: index + 1 })}
                  onClick={() => set('messaging', removeAt(contact.messaging, index))}
                />
              </div>
            </Group>
          ))}
          {contact.addresses.map((address, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
            <Fieldset key={`a${index}`} legend={t('form.contact.addressRow', { n: index + 1 })} variant="filled">
              <Group align="flex-start" gap="sm">
                <TextInput
                  label={t('form.contact.street')}
                  value={address.street}
                  onChange={(event) => setAddress(index, { street: event.currentTarget.value })}
                  w={280}
                />
                <TextInput
                  label={t('form.contact.city')}
                  value={address.city}
                  onChange={(event) => setAddress(index, { city: event.currentTarget.value })}
                  w={200}
                />
                <TextInput
                  label={t('form.contact.region')}
                  value={address.region}
                  onChange={(event) => setAddress(index, { region: event.currentTarget.value })}
                  w={200}
                />
                <TextInput
                  label={t('form.contact.postalCode')}
                  value={address.postalCode}
                  onChange={(event) => setAddress(index, { postalCode: event.currentTarget.value })}
                  error={errors[`contact.addresses.${index}.postalCode`]}
                  w={140}
                />
                <div style={{ width: 240 }}>
                  <CountryField label={t('form.contact.country')} value={address.country} onChange={(country) => setAddress(index, { country })} />
                </div>
                <TextInput
                  label={t('form.contact.addressNote')}
                  value={address.note}
                  onChange={(event) => setAddress(index, { note: event.currentTarget.value })}
                  w={280}
                />
                <div style={ROW_ALIGN}>
                  <RemoveButton
                    label={t('form.contact.removeAddress', { n: index + 1 })}
                    onClick={() => set('addresses', removeAt(contact.addresses, index))}
                  />
                </div>
              </Group>
            </Fieldset>
          ))}
        </Stack>
        <Group gap="xs">
          <Button variant="light" size="sm" onClick={() => set('phones', [...contact.phones, emptyPhone()])}>
            {t('form.contact.addPhone')}
          </Button>
          <Button variant="light" size="sm" onClick={() => set('emails', [...contact.emails, ''])}>
            {t('form.contact.addEmail')}
          </Button>
          <Button variant="light" size="sm" onClick={() => set('messaging', [...contact.messaging, emptyMessaging()])}>
            {t('form.contact.addMessaging')}
          </Button>
          <Button variant="light" size="sm" onClick={() => set('addresses', [...contact.addresses, emptyAddress()])}>
            {t('form.contact.addAddress')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
