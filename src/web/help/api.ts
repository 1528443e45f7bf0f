import type { UiLanguage } from '../../core/platform/roles.js';
import type { PublicHelp, PublicMessageRequest } from '../../core/prevention/help.js';

/** The two calls the public page makes: its data, and a message the visitor chose to send. */

const OPTIONS: RequestInit = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' };

export async function fetchHelp(lang: UiLanguage, country: string | null): Promise<PublicHelp> {
  const query = new URLSearchParams({ lang });
  if (country) query.set('country', country);
  const res = await fetch(`/api/public/help?${query}`, { ...OPTIONS, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`public help: ${res.status}`);
  return (await res.json()) as PublicHelp;
}

export type SendOutcome = 'sent' | 'tooMany' | 'closed' | 'invalid' | 'network' | 'failed';

export async function sendMessage(body: PublicMessageRequest): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetch('/api/public/help/messages', {
      ...OPTIONS,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return 'network';
  }
  if (res.ok) return 'sent';
  if (res.status === 429) return 'tooMany';
  if (res.status === 404 || res.status === 409) return 'closed';
  if (res.status === 400) return 'invalid';
  return 'failed';
}
