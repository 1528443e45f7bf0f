/** The linkage API's answers (`/api/data/linkage...`), shared by the server and the web app. */
import { z } from 'zod';
import { peopleCountedOnce } from '../dashboard/dashboard.js';

export const linkagePerson = z.object({
  personId: z.string(),
  givenName: z.string().nullable(),
  surname: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  sex: z.enum(['f', 'm', 'x']).nullable(),
});

export const linkagePeople = z.object({
  scheme: z.string(),
  people: z.array(linkagePerson),
  /** Assisted people the caller may not read (all their cases restricted to others): not in `people`. */
  unreadable: z.number().int(),
});
export type LinkagePeople = z.infer<typeof linkagePeople>;

export const linkageUpload = z.object({
  scheme: z.string(),
  fingerprint: z.string(),
  keys: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});

export const linkageStatus = z.object({
  scheme: z.string(),
  /** The organisation's last upload, null when it has none. */
  upload: linkageUpload.nullable(),
  /**
   * Who takes part in the network's count. The count itself is shown on the network dashboard,
   * under the network's threshold, not here.
   */
  network: peopleCountedOnce.pick({ organisationsWithKeys: true, organisations: true, computedAt: true }).extend({
    /** Organisations whose keys were made under another secret than most. */
    otherSecret: z.number().int(),
    /** Whether this organisation's secret is the one most organisations used (null: no upload). */
    sameSecretAsMost: z.boolean().nullable(),
  }),
});
export type LinkageStatus = z.infer<typeof linkageStatus>;
