/**
 * Adults trafficked for sexual exploitation, after the ILO / European Commission operational indicators
 * (Delphi survey, 2009). The texts are Haven's own (texts/<lang>.ts).
 *
 * Version 2 follows the adult labour set (whose sizes and strengths were checked) with the published
 * differences Haven knows of: deception about the conditions of prostitution instead of the working
 * conditions, and forced tasks or clients as a strong indicator. The remaining strengths have not been
 * checked against the published sexual-exploitation set (see docs/identification.md).
 */
import { ADULT_RULES, type InstrumentDefinition } from '../instrument.js';

export const ADULT_SEXUAL = {
  id: 'adult-sexual',
  version: 2,
  population: 'adult',
  exploitation: 'sexual',
  dimensions: [
    {
      id: 'deceptive-recruitment',
      indicators: [
        { id: 'deceived-nature-of-job', strength: 'strong' },
        { id: 'deceived-conditions-of-prostitution', strength: 'medium' },
        { id: 'deceived-contract', strength: 'medium' },
        { id: 'deceived-family-reunification', strength: 'medium' },
        { id: 'deceived-housing', strength: 'medium' },
        { id: 'deceived-legal-status', strength: 'medium' },
        { id: 'deceived-travel-and-recruitment', strength: 'medium' },
        { id: 'deceived-wages', strength: 'medium' },
        { id: 'deceived-marriage-or-adoption', strength: 'medium' },
        { id: 'deceived-education-access', strength: 'weak' },
      ],
    },
    {
      id: 'coercive-recruitment',
      indicators: [
        { id: 'recruited-by-violence', strength: 'strong' },
        { id: 'abduction-or-sale', strength: 'medium' },
        { id: 'documents-taken-at-recruitment', strength: 'medium' },
        { id: 'debt-at-recruitment', strength: 'medium' },
        { id: 'isolated-at-recruitment', strength: 'medium' },
        { id: 'denunciation-threat-at-recruitment', strength: 'medium' },
        { id: 'violence-threat-at-recruitment', strength: 'medium' },
        { id: 'exposure-threat-at-recruitment', strength: 'medium' },
        { id: 'family-harmed-at-recruitment', strength: 'medium' },
        { id: 'money-withheld-at-recruitment', strength: 'medium' },
      ],
    },
    {
      id: 'recruitment-abuse-of-vulnerability',
      indicators: [
        { id: 'abused-family-difficulty', strength: 'medium' },
        { id: 'abused-irregular-status', strength: 'medium' },
        { id: 'abused-lack-of-education', strength: 'medium' },
        { id: 'abused-lack-of-information', strength: 'medium' },
        { id: 'controlled-by-exploiters', strength: 'medium' },
        { id: 'economic-hardship', strength: 'medium' },
        { id: 'misinformed-about-law', strength: 'medium' },
        { id: 'misinformed-about-migration', strength: 'medium' },
        { id: 'family-situation', strength: 'medium' },
        { id: 'personal-situation', strength: 'medium' },
        { id: 'emotional-dependency', strength: 'medium' },
        { id: 'status-with-authorities', strength: 'medium' },
        { id: 'past-hardship', strength: 'medium' },
        { id: 'travel-difficulty', strength: 'medium' },
        { id: 'abused-cultural-beliefs', strength: 'weak' },
        { id: 'general-context', strength: 'weak' },
      ],
    },
    {
      id: 'exploitative-conditions',
      indicators: [
        { id: 'excessive-hours', strength: 'strong' },
        { id: 'bad-living-conditions', strength: 'medium' },
        { id: 'hazardous-work', strength: 'medium' },
        { id: 'low-or-no-pay', strength: 'medium' },
        { id: 'labour-law-breached', strength: 'medium' },
        { id: 'no-social-protection', strength: 'medium' },
        { id: 'very-bad-working-conditions', strength: 'medium' },
        { id: 'wage-manipulation', strength: 'medium' },
        { id: 'no-access-to-education', strength: 'weak' },
      ],
    },
    {
      id: 'coercion-at-destination',
      indicators: [
        { id: 'documents-confiscated', strength: 'strong' },
        { id: 'debt-bondage', strength: 'strong' },
        { id: 'isolation-or-surveillance', strength: 'strong' },
        { id: 'violence', strength: 'strong' },
        { id: 'forced-tasks-or-clients', strength: 'strong' },
        { id: 'illicit-activities', strength: 'medium' },
        { id: 'forced-against-peers', strength: 'medium' },
        { id: 'forced-to-lie', strength: 'medium' },
        { id: 'denunciation-threat', strength: 'medium' },
        { id: 'worse-conditions-threat', strength: 'medium' },
        { id: 'violence-threat', strength: 'medium' },
        { id: 'under-strong-influence', strength: 'medium' },
        { id: 'family-harmed', strength: 'medium' },
        { id: 'wages-withheld', strength: 'medium' },
        { id: 'exposure-threat', strength: 'weak' },
      ],
    },
    {
      id: 'abuse-of-vulnerability-at-destination',
      indicators: [
        { id: 'dependent-on-exploiters', strength: 'medium' },
        { id: 'unfamiliar-place', strength: 'medium' },
        { id: 'economic-hardship-at-destination', strength: 'medium' },
        { id: 'family-situation-at-destination', strength: 'medium' },
        { id: 'status-with-authorities-at-destination', strength: 'medium' },
        { id: 'past-hardship-at-destination', strength: 'weak' },
        { id: 'personal-characteristics', strength: 'weak' },
      ],
    },
  ],
  rules: ADULT_RULES,
} as const satisfies InstrumentDefinition;
