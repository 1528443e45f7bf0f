/** Free text of the demo cases: notes, plan objectives, tasks. Sealed with the organisation key when written. */

export const NOTES = [
  'First meeting at the drop-in centre. She was tired and frightened but agreed to stay the night in the shelter.',
  'Called the hotline from a borrowed phone; said the employer keeps the passports of all workers in the office safe.',
  'Accompanied to the hospital for a check-up. Next appointment with the gynaecologist is booked.',
  'Talked about the debt the recruiter says she owes (about 4,000 EUR). Explained that it is not a lawful debt.',
  'He is worried about his family at home: the recruiter knows the address. Safety plan discussed.',
  'Interpreter present for the whole interview. The account is consistent with the first call.',
  'Asked to postpone the police interview until after the reflection period. Agreed.',
  'School enrolment: the guardian signed the forms; classes start on Monday.',
  'Visited the farm with the labour inspectorate. Twelve workers, no contracts, sleeping in containers.',
  'Mother called from home; she wants her daughter to come back. Discussed the risks of return with both.',
  'Lawyer met the person today and explained the compensation claim. She wants to go ahead.',
  'No answer on the phone for two weeks. Outreach team will look for him at the usual place.',
  'Started Greek (language) classes; attends three times a week and is making friends in the group.',
  'Moved to the partner shelter closer to the hospital after the surgery.',
  'Says she was promised a job as a waitress; on arrival was told to work in a club to pay for the journey.',
  'Psychologist reports better sleep; nightmares less frequent.',
] as const;

export const OBJECTIVES: readonly (readonly [string, string])[] = [
  ['health', 'Medical check-up and follow-up of the treatment'],
  ['health', 'Regular sessions with the psychologist'],
  ['legal', 'Residence permit for victims of trafficking'],
  ['legal', 'Compensation claim against the employer'],
  ['education', 'Language course, level A2'],
  ['education', 'School enrolment with the guardian'],
  ['livelihood', 'Vocational training in hairdressing'],
  ['livelihood', 'Find a job with a contract'],
  ['financial', 'Open a bank account in her own name'],
  ['social-care', 'Safe housing after the shelter'],
  ['rehabilitation', 'Family tracing and contact with her mother'],
];

export const OPEN_TASKS = [
  'Call the embassy about the new passport',
  'Send the medical report to the lawyer',
  'Book an interpreter for the police interview',
  'Renew the residence permit application',
  'Check the school attendance with the guardian',
  'Follow up on the labour inspectorate report',
  'Ask the shelter about a room for the next month',
] as const;

export const APPOINTMENTS = [
  'Police interview with interpreter',
  'Court hearing',
  'Appointment with the psychologist',
  'Meeting with the lawyer',
  'Hospital: follow-up visit',
  'Migration office: residence permit',
] as const;

export const DONE_TASKS = ['Collect clothes and hygiene kit', 'Register with the GP', 'Translate the employment contract', 'Inform the guardian'] as const;

export const RISK_NOTES = [
  'Trafficker still in contact through social media.',
  'Family at home received threats last month.',
  'No safe place to stay outside the shelter.',
  'Stable; no contact with the recruiters since arrival.',
] as const;

/** The authority that decides on the trafficking status, by the organisation's country. */
export const DECIDED_BY: Readonly<Record<string, string>> = {
  GRC: 'National Referral Mechanism, Thessaloniki prosecutor',
  BEL: 'Public Prosecutor, Brussels',
  LTU: 'Vilnius County Police',
  KAZ: 'Almaty city police, anti-trafficking unit',
  SRB: 'Centre for the Protection of Trafficking Victims',
  ALB: 'National Referral Mechanism, Tirana',
};

export const CURRENCY: Readonly<Record<string, string>> = { GRC: 'EUR', BEL: 'EUR', LTU: 'EUR', KAZ: 'KZT', SRB: 'RSD', ALB: 'ALL' };
