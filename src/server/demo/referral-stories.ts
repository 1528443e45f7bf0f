import { nextStatus, type ReferralStatus, type SharedField, type TrmPhase } from '../../core/referrals/referral.js';
import type { PathwayRequest } from '../../core/referrals/pathway.js';
import type { Side } from '../referrals/store.js';

/**
 * The stories of the demo's referrals (written by referrals.ts): the network's pathways, and who
 * refers what kind of case to which service, sharing what, and what happened afterwards.
 */

// ---------------------------------------------------------------------------------------------
// Pathways

export const DEMO_PATHWAYS: readonly PathwayRequest[] = [
  {
    name: 'Adult sexual exploitation',
    description:
      'What the network offers an adult presumed to have been sexually exploited, in this order where the person agrees: safety first, ' +
      'then health, then the long work of recovery, justice and a future.',
    ageGroup: 'adult',
    exploitationForms: ['sexual-exploitation'],
    steps: [
      { serviceType: 'shelter', label: 'Safe accommodation in a specialised shelter' },
      { serviceType: 'medical', label: 'Medical check-up, including sexual and reproductive health' },
      { serviceType: 'psychological', label: 'Trauma-informed psychological support' },
      { serviceType: 'legal-aid', label: 'Legal counselling and representation in proceedings' },
      { serviceType: 'return', label: 'Safe return and reintegration, if the person chooses to go home' },
    ],
  },
  {
    name: 'Child labour exploitation',
    description:
      'For a child found working in exploitative conditions: the guardianship authority is involved from the first day, and every step ' +
      'follows a best-interests assessment.',
    ageGroup: 'child',
    exploitationForms: ['child-labour'],
    steps: [
      { serviceType: 'child-protection', label: 'Notify child protection and have a guardian appointed' },
      { serviceType: 'shelter', label: 'Child-appropriate accommodation' },
      { serviceType: 'psychological', label: 'Psychological support for the child' },
      { serviceType: 'education', label: 'Back to school or vocational training' },
      { serviceType: 'return', label: 'Family assessment and return, only if in the child’s best interests' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Referrals

/** What the sending case must be about (the forms only preferably); without such a case the referral is left out. */
export interface CaseWish {
  readonly child?: boolean;
  readonly female?: boolean;
  readonly citizenships?: readonly string[];
  readonly forms?: readonly string[];
}

export type DemoStep =
  | { readonly after: number; readonly action: 'accept'; readonly openCase?: boolean; readonly note?: string }
  | { readonly after: number; readonly action: 'decline'; readonly reason: string }
  | { readonly after: number; readonly action: 'start' | 'complete' | 'withdraw'; readonly note?: string }
  | { readonly after: number; readonly action: 'message'; readonly side: Side; readonly body: string };

export interface DemoReferral {
  readonly from: string;
  /** The directory entry (a demo organisation's key) and the key of its service. */
  readonly to: string;
  readonly service: string;
  readonly wish: CaseWish;
  /** Refer the same case as an earlier referral of this list (its index), when that case still fits. */
  readonly sameCaseAs?: number;
  /** Hours before the demo was loaded; from three days back, moved into the sender's office hours. */
  readonly sentHoursAgo: number;
  /** The sender's local time of day it was sent, instead of office hours (an emergency at night). */
  readonly localTime?: string;
  readonly phase: TrmPhase;
  readonly share: readonly SharedField[];
  readonly note: string;
  /** An emergency override instead of a consent. */
  readonly override?: string;
  /** What happened afterwards, `after` hours after it was sent, in order. */
  readonly steps: readonly DemoStep[];
}

const MIN: readonly SharedField[] = ['givenName', 'age', 'gender', 'languages'];
const IDENTITY: readonly SharedField[] = ['givenName', 'familyName', 'birthDate', 'gender', 'languages', 'citizenships'];
const LEGAL: readonly SharedField[] = ['givenName', 'familyName', 'age', 'gender', 'languages', 'citizenships', 'exploitationForms', 'traffickingStatus'];
export const DAY = 24;

export const DEMO_REFERRALS: readonly DemoReferral[] = [
  {
    from: 'horizon',
    to: 'drejtesia',
    service: 'return',
    wish: { female: true, child: false, citizenships: ['ALB'] },
    sentHoursAgo: 240 * DAY,
    phase: 'return',
    share: IDENTITY,
    note: 'She has decided to go home to Albania and asks for help with a new identity card and a safe place to live near her sister. The flight is planned in about four weeks.',
    steps: [
      { after: 18, action: 'accept', openCase: true, note: 'Our colleague will meet her at Tirana airport.' },
      {
        after: 20,
        action: 'message',
        side: 'receiver',
        body: 'Could you send us the flight details once they are booked? We will arrange the reception at the airport.',
      },
      {
        after: 27,
        action: 'message',
        side: 'sender',
        body: 'Flight booked for the 14th, arriving 15:40. She has a phone and prefers to be called rather than texted.',
      },
      { after: 26 * DAY, action: 'start', note: 'Arrived safely; staying with her sister for now.' },
      { after: 80 * DAY, action: 'complete', note: 'Identity card issued, housing found, handed over to the social services of her municipality.' },
    ],
  },
  {
    from: 'drejtesia',
    to: 'stegi',
    service: 'psychological',
    wish: { female: true, child: false, citizenships: ['ALB'] },
    sentHoursAgo: 180 * DAY,
    phase: 'long-term-assistance',
    share: MIN,
    note: 'Our client now lives in Thessaloniki and asks for counselling there. She speaks some Greek; an Albanian-speaking interpreter would help in the first sessions.',
    steps: [
      { after: 30, action: 'accept' },
      { after: 6 * DAY, action: 'start', note: 'First session held with an interpreter.' },
      { after: 90 * DAY, action: 'complete', note: 'Twelve sessions; she now comes to the women’s group on her own.' },
    ],
  },
  {
    from: 'stegi',
    to: 'drejtesia',
    service: 'legal-aid',
    wish: { female: true, child: false, citizenships: ['ALB'], forms: ['sexual-exploitation'] },
    sentHoursAgo: 150 * DAY,
    phase: 'proceedings',
    share: LEGAL,
    note: 'The prosecutor in Tirana has opened a case against her recruiter. She wants to take part as injured party and claim compensation, and needs a lawyer in Albania who can work with us remotely.',
    steps: [
      { after: 20, action: 'accept', openCase: true },
      {
        after: 2 * DAY,
        action: 'message',
        side: 'receiver',
        body: 'Our lawyer needs a power of attorney signed before a notary in Thessaloniki. We can send you the template.',
      },
      { after: 2 * DAY + 3, action: 'message', side: 'sender', body: 'Please send it; we will go to the notary with her on Friday.' },
      { after: 62 * DAY, action: 'complete', note: 'She was heard by video link and the claim for compensation is filed.' },
    ],
  },
  {
    from: 'stegi',
    to: 'horizon',
    service: 'health',
    wish: { female: true, child: false },
    sentHoursAgo: 120 * DAY,
    phase: 'long-term-assistance',
    share: MIN,
    note: 'She is moving to Brussels to live with her partner and needs her psychological follow-up to continue there.',
    steps: [
      { after: 48, action: 'accept' },
      { after: 30 * DAY, action: 'withdraw', note: 'She moved back to Thessaloniki and continues with our psychologist.' },
    ],
  },
  {
    from: 'luka',
    to: 'drejtesia',
    service: 'legal-aid',
    wish: { female: true, child: false, citizenships: ['ALB'] },
    sentHoursAgo: 100 * DAY,
    phase: 'proceedings',
    share: LEGAL,
    note: 'She was exploited in Albania and is a witness in the proceedings there; she now lives in Belgrade. She needs advice on her rights as a witness and on protection during the trial.',
    steps: [
      { after: 4, action: 'accept', openCase: true },
      { after: 3 * DAY, action: 'start', note: 'First consultation by video call.' },
      {
        after: 3 * DAY + 1,
        action: 'message',
        side: 'receiver',
        body: 'The hearing is set for next month. We have asked for her to be heard by video link from Belgrade.',
      },
    ],
  },
  {
    from: 'senim',
    to: 'svyturys',
    service: 'accommodation',
    wish: { female: true, child: false, citizenships: ['UKR', 'RUS'] },
    sentHoursAgo: 75 * DAY,
    phase: 'first-assistance',
    share: [...MIN, 'contact'],
    note: 'She plans to join relatives in Vilnius and needs a place to stay for the first weeks. She left the exploitation in Almaty a month ago.',
    steps: [
      { after: 26, action: 'message', side: 'receiver', body: 'We can offer a room from Monday. Does she need someone to meet her at the bus station?' },
      { after: 4 * DAY, action: 'withdraw', note: 'She decided to stay with relatives in Almaty.' },
    ],
  },
  {
    from: 'horizon',
    to: 'svyturys',
    service: 'accommodation',
    wish: { female: true, child: false, citizenships: ['UKR'] },
    sentHoursAgo: 60 * DAY,
    phase: 'long-term-assistance',
    share: [...MIN, 'citizenships'],
    note: 'She wants to move to Vilnius, where her daughter lives, and asks for a room while she looks for work.',
    steps: [
      {
        after: 26,
        action: 'decline',
        reason:
          'Our crisis flats are full until next month and are meant for people leaving exploitation. Our helpline can help her find a room through the municipality.',
      },
    ],
  },
  {
    from: 'stegi',
    to: 'drejtesia',
    service: 'return',
    sameCaseAs: 2,
    wish: { female: true, child: false, citizenships: ['ALB'], forms: ['sexual-exploitation'] },
    sentHoursAgo: 40 * DAY,
    phase: 'return',
    share: IDENTITY,
    note: 'After the hearing she decided to go back to Albania. She needs help with the return and with a safe place in Tirana.',
    steps: [
      { after: 6, action: 'accept', openCase: true, note: 'Same file as the legal case.' },
      { after: 7, action: 'message', side: 'receiver', body: 'We know her from the legal case and will handle the return in the same file.' },
      { after: 9 * DAY, action: 'start', note: 'Reception arranged; temporary accommodation booked.' },
    ],
  },
  {
    from: 'drejtesia',
    to: 'luka',
    service: 'children-shelter',
    wish: { child: true, female: true, citizenships: ['ALB'] },
    sentHoursAgo: 35 * DAY,
    phase: 'first-assistance',
    share: [...MIN, 'citizenships'],
    note: 'A girl from Albania, found begging in Belgrade by the police, is in temporary care there. Her guardian in Tirana asks for a safe place in Belgrade until her return is arranged.',
    steps: [
      {
        after: 72,
        action: 'decline',
        reason:
          'The children’s shelter is full until next month. The City Centre for Social Work can place her in foster care meanwhile; our case managers will help with the return.',
      },
    ],
  },
  {
    from: 'svyturys',
    to: 'horizon',
    service: 'legal',
    wish: { female: false, child: false, citizenships: ['LTU'] },
    sentHoursAgo: 20 * DAY,
    phase: 'proceedings',
    share: LEGAL,
    note: 'His former employer in Belgium is being prosecuted. He is back in Lithuania and willing to testify, and needs someone in Brussels to follow the case with his lawyer there.',
    steps: [
      { after: 50, action: 'accept' },
      {
        after: 3 * DAY,
        action: 'message',
        side: 'receiver',
        body: 'We have contacted his lawyer in Brussels. The next hearing is in six weeks: can he travel, or should we ask for a video link?',
      },
      { after: 3 * DAY + 5, action: 'message', side: 'sender', body: 'He prefers a video link. We can host it in our office in Vilnius.' },
    ],
  },
  {
    from: 'svyturys',
    to: 'senim',
    service: 'return',
    wish: { female: false, child: false, citizenships: ['UZB', 'KAZ'] },
    sentHoursAgo: 18 * DAY,
    phase: 'return',
    share: IDENTITY,
    note: 'He worked on a building site near Vilnius for months without pay, and his passport is still with the employer. He wants to go home through Almaty and needs travel documents.',
    steps: [
      { after: 40, action: 'accept', note: 'We will ask the consulate for a certificate of return.' },
      { after: 5 * DAY, action: 'start' },
      {
        after: 5 * DAY + 2,
        action: 'message',
        side: 'receiver',
        body: 'The consulate issues the certificate next week. Please confirm he can travel on the 3rd.',
      },
      { after: 6 * DAY, action: 'message', side: 'sender', body: 'Confirmed, he can travel on the 3rd. We will take him to the airport.' },
    ],
  },
  {
    from: 'luka',
    to: 'stegi',
    service: 'shelter',
    wish: { female: true, child: false, citizenships: ['SRB'] },
    sentHoursAgo: 12 * DAY,
    localTime: '22:10',
    phase: 'first-assistance',
    share: [...MIN, 'citizenships'],
    override:
      'She called us from Thessaloniki tonight: the trafficker threatened her and she has no safe place to sleep. She could not sign a consent; we will record it as soon as we can reach her safely.',
    note: 'Urgent: a woman in Thessaloniki needs a safe place tonight. She speaks Serbian and some English.',
    steps: [
      { after: 2, action: 'accept', openCase: true, note: 'Our night staff will pick her up.' },
      { after: 3, action: 'message', side: 'receiver', body: 'She is with us and safe. We will record her consent to share information with you tomorrow.' },
      { after: 11, action: 'message', side: 'sender', body: 'Thank you. Her caseworker here will call you this morning.' },
    ],
  },
  {
    from: 'stegi',
    to: 'luka',
    service: 'child-protection',
    wish: { child: true, female: false, citizenships: ['UKR'], forms: ['child-labour'] },
    sentHoursAgo: 9 * DAY,
    phase: 'long-term-assistance',
    share: [...MIN, 'citizenships'],
    note: 'A boy whose mother now lives near Belgrade and asks for him to join her. His guardian agrees to a best-interests assessment with the family in Serbia before any move.',
    steps: [
      { after: 30, action: 'accept', openCase: true, note: 'Case manager assigned; the family assessment starts this week.' },
      { after: 31, action: 'message', side: 'receiver', body: 'Could the guardian join a video call on Thursday to plan the assessment?' },
    ],
  },
  {
    from: 'horizon',
    to: 'drejtesia',
    service: 'representation',
    wish: { female: true, child: false, citizenships: ['ALB'] },
    sentHoursAgo: 50,
    phase: 'proceedings',
    share: LEGAL,
    note: 'The Belgian prosecutor has asked the Albanian authorities for legal assistance in her case. She needs a lawyer in Albania to represent her as injured party.',
    steps: [],
  },
  {
    from: 'drejtesia',
    to: 'horizon',
    service: 'reception',
    wish: { female: true, child: false, citizenships: ['ALB'] },
    sentHoursAgo: 26,
    phase: 'first-assistance',
    share: [...MIN, 'contact'],
    note: 'Our client is in Brussels and afraid to go back to the flat where she was exploited. She needs shelter while she decides whether to talk to the police.',
    steps: [],
  },
  {
    from: 'senim',
    to: 'horizon',
    service: 'reception',
    wish: { female: true, child: false },
    sentHoursAgo: 5,
    phase: 'identification',
    share: [...MIN, 'contact'],
    override:
      'She called the hotline from Brussels: she is kept in an apartment and may lose her phone at any moment. There was no way to record a consent; the Brussels police have been informed.',
    note: 'Urgent: a woman kept in an apartment in Brussels called our hotline. She needs a place to go once the police get her out.',
    steps: [],
  },
];

/** The state a referral of this list ends in. */
export function finalStatus(r: DemoReferral): ReferralStatus {
  let status: ReferralStatus = 'sent';
  for (const s of r.steps) {
    if (s.action === 'message') continue;
    const side: Side = s.action === 'withdraw' ? 'sender' : 'receiver';
    const next = nextStatus(status, s.action, side);
    if (!next) throw new Error(`demo referral: cannot ${s.action} a ${status} referral`);
    status = next;
  }
  return status;
}
