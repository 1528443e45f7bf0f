/**
 * The body of a change to an entry: the whole entry again (PUT), with only the fields its create
 * schema knows. The server adds fields of its own to what it answers (a consent's `withdrawnOn`),
 * which its strict schemas would refuse on the way back.
 */
import { createConsentRequest } from '../../../core/cases/consent.js';
import {
  createNeedsAssessmentRequest,
  createNoteRequest,
  createPlanObjectiveRequest,
  createProceedingRequest,
  createRiskAssessmentRequest,
  createServiceRequest,
  createTaskRequest,
} from '../../../core/cases/work.js';

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  consent: Object.keys(createConsentRequest.shape),
  'assessment:risk': ['type', ...Object.keys(createRiskAssessmentRequest.shape)],
  'assessment:needs': ['type', ...Object.keys(createNeedsAssessmentRequest.shape)],
  objective: Object.keys(createPlanObjectiveRequest.shape),
  task: Object.keys(createTaskRequest.shape),
  service: Object.keys(createServiceRequest.shape),
  note: Object.keys(createNoteRequest.shape),
  proceeding: Object.keys(createProceedingRequest.shape),
};

/** The entry's fields that may be sent back, without nulls (absent and null mean the same to the API). */
export function editableData(kind: string, data: Record<string, unknown>): Record<string, unknown> {
  const key = kind === 'assessment' ? `assessment:${String(data.type)}` : kind;
  const fields = FIELDS[key];
  if (!fields) throw new Error(`unknown kind of entry: ${key}`);
  return Object.fromEntries(fields.filter((f) => data[f] !== undefined && data[f] !== null).map((f) => [f, data[f]]));
}
