import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type UpdateCaseRequest, updateCaseRequest } from '../../core/cases/case.js';
import type { CaseView } from '../../core/cases/views.js';
import { api, isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { useValidation } from '../persons/useValidation.js';
import { caseKey, useUpdateCase } from './api.js';
import { type CaseField, changedCaseFields } from './conflict.js';

/**
 * Saving one part of a case: validates with the shared schema, sends the version read, and on a
 * 409 fetches the current case, says which fields someone else changed, and keeps the user's
 * form so that they can save again on top of the new version.
 */
export function useCaseSave(kase: CaseView, rename?: (path: string) => string) {
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const validation = useValidation();
  const update = useUpdateCase(kase.id);
  const seen = useRef<CaseView>(kase);
  const [conflict, setConflict] = useState<CaseField[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  /** Call when the user starts editing: what they see now is what they change. */
  const begin = () => {
    seen.current = kase;
    setConflict(null);
    setFormError(null);
    validation.clearAll();
  };

  const save = (change: Record<string, unknown>, onSaved: () => void) => {
    setFormError(null);
    // The version the user started from (not the one a background refetch brought): never overwrite a change they did not see.
    const body = validation.check<UpdateCaseRequest>(updateCaseRequest, { ...change, version: seen.current.version }, rename);
    if (!body) return;
    update.mutate(body, {
      onSuccess: () => {
        setConflict(null);
        onSaved();
      },
      onError: (error) => {
        if (isApiError(error, 'stale_version')) {
          api
            .get<CaseView>(`/api/cases/${kase.id}`)
            .then((fresh) => {
              queryClient.setQueryData(caseKey(kase.id), fresh);
              setConflict(changedCaseFields(seen.current, fresh));
              seen.current = fresh;
            })
            .catch((cause: unknown) => setFormError(errorText(cause)));
        } else if (isApiError(error) && error.field) {
          const path = rename ? rename(error.field) : error.field;
          validation.setError(path, errorText(error));
        } else setFormError(errorText(error));
      },
    });
  };

  return { validation, save, begin, conflict, formError, pending: update.isPending };
}
