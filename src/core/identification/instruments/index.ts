/** The four screening instruments, by id. */
import type { InstrumentDefinition, InstrumentId } from '../instrument.js';
import { INSTRUMENT_IDS } from '../instrument.js';
import { ADULT_LABOUR } from './adult-labour.js';
import { ADULT_SEXUAL } from './adult-sexual.js';
import { CHILD_LABOUR } from './child-labour.js';
import { CHILD_SEXUAL } from './child-sexual.js';

export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  'adult-labour': ADULT_LABOUR,
  'adult-sexual': ADULT_SEXUAL,
  'child-labour': CHILD_LABOUR,
  'child-sexual': CHILD_SEXUAL,
};

/** The instrument with this id, or undefined for an unknown id. */
export function instrument(id: string): InstrumentDefinition | undefined {
  return (INSTRUMENT_IDS as readonly string[]).includes(id) ? INSTRUMENTS[id as InstrumentId] : undefined;
}
