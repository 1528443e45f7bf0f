import { describe, expect, it } from 'vitest';
import { updateCaseRequest } from '../../../core/cases/case.js';
import { TIMELINE_EVENTS } from '../../../core/cases/views.js';
import english from '../../locales/en/caseWork.json' with { type: 'json' };
import { FACT_FIELDS, KIND_LABELS } from './timelineLines.js';
import { TASK_GROUPS } from './taskGroups.js';

/** Every label the work on a case looks up by a computed key exists (in English; locales.test.ts checks the rest). */

function has(path: string): boolean {
  let node: unknown = english;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
}

describe('labels of the work on a case', () => {
  it('names every timeline event, kind of entry and fact', () => {
    expect(TIMELINE_EVENTS.filter((e) => !has(`timeline.${e}`))).toEqual([]);
    expect(KIND_LABELS.filter((k) => !has(`kinds.${k}`))).toEqual([]);
    expect(FACT_FIELDS.filter((f) => !has(`fields.${f}`))).toEqual([]);
  });

  it('names every field of a case that a change can touch', () => {
    const fields = Object.keys(updateCaseRequest.shape).filter((f) => !['status', 'closure', 'version'].includes(f));
    expect(fields.filter((f) => !has(`caseFields.${f}`))).toEqual([]);
  });

  it('names every group of "my tasks"', () => {
    expect(TASK_GROUPS.filter((g) => !has(`myTasks.groups.${g}`))).toEqual([]);
  });
});
