import { helpSettings, helpSettingsRequest } from '../../../core/prevention/help.js';
import { appendAudit } from '../../audit/store.js';
import { HttpError } from '../../http/errors.js';
import { type RouteDef, route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { helpPublicRoutes } from './public-routes.js';
import { checkOrganisations, readHelpSettings, writeHelpSettings } from './settings-store.js';

/** The public page's settings, what it shows for a country, and messages written to a hotline (issue 8). */
export function helpSettingsRoutes(s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/help/settings',
      access: 'help:settings',
      tag: 'prevention',
      summary: 'The public help page’s settings (the defaults, version 0, when never set)',
      response: helpSettings,
      handler: async ({ tx }) => ({ body: await tx((c) => readHelpSettings(c)) }),
    }),
    route({
      method: 'PUT',
      url: '/api/help/settings',
      access: 'help:settings',
      tag: 'prevention',
      summary:
        'Replace the public help page’s settings (send the version you read: a newer one is refused with 409 `stale_version`). ' +
        'Hotline organisations must be the network’s.',
      body: helpSettingsRequest,
      response: helpSettings,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const saved = await tx(async (c) => {
          await checkOrganisations(c, body);
          const current = await readHelpSettings(c, true);
          if (current.version !== body.version) throw staleSettings();
          const stored = await writeHelpSettings(c, body);
          if (!stored) throw staleSettings();
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'help.settings',
            recordType: null,
            recordId: null,
            ip,
            outcome: 'success',
          });
          return stored;
        });
        return { body: saved };
      },
    }),
    ...helpPublicRoutes(s),
  ];
}

const staleSettings = () =>
  new HttpError(
    409,
    'stale_version',
    'Someone else changed the help settings since you opened them. Nothing was saved: reload them, then make your change again.',
    'version',
  );
