import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  createNeedsAssessmentRequest,
  createNoteRequest,
  createPlanObjectiveRequest,
  createProceedingRequest,
  createRiskAssessmentRequest,
  createServiceRequest,
  createTaskRequest,
} from './work.js';

function failedPaths(r: z.ZodSafeParseResult<unknown>): string[] {
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('work on the case', () => {
  it('accepts each sub-resource', () => {
    expect(failedPaths(createRiskAssessmentRequest.safeParse({ assessedOn: '2025-01-10', level: 'high', factors: ['threats-to-family'] }))).toEqual([]);
    expect(
      failedPaths(
        createNeedsAssessmentRequest.safeParse({ assessedOn: '2025-01-10', needs: [{ domain: 'accommodation', priority: 'high' }, { domain: 'legal' }] }),
      ),
    ).toEqual([]);
    expect(failedPaths(createPlanObjectiveRequest.safeParse({ type: 'livelihood', description: 'Vocational training', status: 'in-progress' }))).toEqual([]);
    expect(failedPaths(createTaskRequest.safeParse({ title: 'Court hearing', kind: 'appointment', due: '2025-04-02', time: '09:30' }))).toEqual([]);
    expect(
      failedPaths(createServiceRequest.safeParse({ type: 'shelter', provider: 'Safe House', from: '2025-01-10', to: '2025-03-10', outcome: 'completed' })),
    ).toEqual([]);
    expect(failedPaths(createNoteRequest.safeParse({ text: 'Met at the shelter.' }))).toEqual([]);
    expect(
      failedPaths(
        createProceedingRequest.safeParse({
          stage: 'trial',
          personRole: 'injured-party',
          compensationClaimed: { amount: '15000', currency: 'EUR' },
          compensationAwarded: { amount: '4000.50', currency: 'EUR' },
        }),
      ),
    ).toEqual([]);
  });

  it('names the field of what is wrong', () => {
    expect(failedPaths(createRiskAssessmentRequest.safeParse({ assessedOn: '2025-01-10', level: 'extreme' }))).toEqual(['level']);
    expect(failedPaths(createNeedsAssessmentRequest.safeParse({ assessedOn: '2025-01-10', needs: [{ domain: 'legal' }, { domain: 'legal' }] }))).toEqual([
      'needs',
    ]);
    expect(failedPaths(createNoteRequest.safeParse({ text: 'x'.repeat(20_001) }))).toEqual(['text']);
    expect(createNoteRequest.safeParse({ text: 'x'.repeat(20_000) }).success).toBe(true);
    expect(failedPaths(createNoteRequest.safeParse({ text: '  ' }))).toEqual(['text']);
    expect(failedPaths(createTaskRequest.safeParse({ title: 'a', due: '2025-02-29' }))).toEqual(['due']);
    expect(failedPaths(createTaskRequest.safeParse({ title: 'a', time: '25:00' }))).toEqual(['time']);
    expect(failedPaths(createServiceRequest.safeParse({ type: 'medical', from: '2025-03-10', to: '2025-03-01' }))).toEqual(['to']);
    expect(
      failedPaths(createProceedingRequest.safeParse({ stage: 'trial', personRole: 'victim', compensationAwarded: { amount: '1e5', currency: 'eur' } })),
    ).toEqual(['compensationAwarded.amount', 'compensationAwarded.currency']);
    expect(failedPaths(createPlanObjectiveRequest.safeParse({ type: 'health', description: 'x', secret: 1 }))).toEqual(['']);
  });
});
