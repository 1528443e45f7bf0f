/**
 * Children trafficked for sexual exploitation, after the ILO / European Commission operational
 * indicators (Delphi survey, 2009). The texts are Haven's own (texts/<lang>.ts).
 *
 * Version 2 follows the child labour set (whose sizes and strengths were checked) with the published
 * differences Haven knows of: deception about the conditions of prostitution instead of the working
 * conditions, and hazardous work as a strong indicator. The remaining strengths have not been checked
 * against the published sexual-exploitation set (see docs/identification.md).
 */
import { CHILD_RULES, type InstrumentDefinition } from '../instrument.js';

export const CHILD_SEXUAL = {
  id: 'child-sexual',
  version: 2,
  population: 'child',
  exploitation: 'sexual',
  dimensions: [
    {
      id: 'deceptive-recruitment',
      indicators: [
        { id: 'deceived-nature-of-job', strength: 'strong' },
        { id: 'deceived-education-access', strength: 'strong' },
        { id: 'deceived-conditions-of-prostitution', strength: 'medium' },
        { id: 'deceived-contract', strength: 'medium' },
        { id: 'deceived-family-reunification', strength: 'medium' },
        { id: 'deceived-housing', strength: 'medium' },
        { id: 'deceived-legal-status', strength: 'medium' },
        { id: 'deceived-travel-and-recruitment', strength: 'medium' },
        { id: 'deceived-wages', strength: 'medium' },
        { id: 'deceived-marriage-or-adoption', strength: 'medium' },
      ],
    },
    {
      id: 'coercive-recruitment',
      indicators: [
        { id: 'recruited-by-violence', strength: 'strong' },
        { id: 'violence-threat-at-recruitment', strength: 'strong' },
        { id: 'abduction-or-sale', strength: 'strong' },
        { id: 'debt-at-recruitment', strength: 'strong' },
        { id: 'documents-taken-at-recruitment', strength: 'medium' },
        { id: 'isolated-at-recruitment', strength: 'medium' },
        { id: 'denunciation-threat-at-recruitment', strength: 'medium' },
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
        { id: 'misinformed-about-migration', strength: 'medium' },
        { id: 'family-situation', strength: 'medium' },
        { id: 'personal-situation', strength: 'medium' },
        { id: 'emotional-dependency', strength: 'medium' },
        { id: 'status-with-authorities', strength: 'medium' },
        { id: 'past-hardship', strength: 'medium' },
        { id: 'travel-difficulty', strength: 'medium' },
        { id: 'abused-cultural-beliefs', strength: 'medium' },
        { id: 'general-context', strength: 'medium' },
      ],
    },
    {
      id: 'exploitative-conditions',
      indicators: [
        { id: 'excessive-hours', strength: 'strong' },
        { id: 'hazardous-work', strength: 'strong' },
        { id: 'bad-living-conditions', strength: 'medium' },
        { id: 'low-or-no-pay', strength: 'medium' },
        { id: 'labour-law-breached', strength: 'medium' },
        { id: 'very-bad-working-conditions', strength: 'medium' },
        { id: 'wage-manipulation', strength: 'medium' },
        { id: 'no-access-to-education', strength: 'medium' },
      ],
    },
    {
      id: 'coercion-at-destination',
      indicators: [
        { id: 'documents-confiscated', strength: 'strong' },
        { id: 'debt-bondage', strength: 'strong' },
        { id: 'isolation-or-surveillance', strength: 'strong' },
        { id: 'violence', strength: 'strong' },
        { id: 'violence-threat', strength: 'strong' },
        { id: 'illicit-activities', strength: 'strong' },
        { id: 'forced-tasks-or-clients', strength: 'strong' },
        { id: 'under-strong-influence', strength: 'strong' },
        { id: 'forced-against-peers', strength: 'medium' },
        { id: 'forced-to-lie', strength: 'medium' },
        { id: 'denunciation-threat', strength: 'medium' },
        { id: 'worse-conditions-threat', strength: 'medium' },
        { id: 'family-harmed', strength: 'medium' },
        { id: 'wages-withheld', strength: 'medium' },
        { id: 'exposure-threat', strength: 'medium' },
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
        { id: 'past-hardship-at-destination', strength: 'medium' },
        { id: 'personal-characteristics', strength: 'medium' },
      ],
    },
  ],
  rules: CHILD_RULES,
} as const satisfies InstrumentDefinition;
