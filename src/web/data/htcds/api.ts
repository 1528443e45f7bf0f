import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { uploadRaw } from '../../api/upload.js';
import { importError } from '../../directory/api.js';

/** The HTCDS import (POST /api/data/htcds/import): a JSON or CSV file, all or nothing. */

export type HtcdsFormat = 'json' | 'csv';

export const HTCDS_ACCEPT = '.json,.csv,application/json,text/csv';

const MEDIA_TYPES: Record<HtcdsFormat, string> = { json: 'application/json', csv: 'text/csv' };

/** The format of a file, from its name (browsers give CSV files several media types, or none). */
export function htcdsFormat(file: { name: string }): HtcdsFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) return 'csv';
  return null;
}

const answer = z.object({ persons: z.number().int(), cases: z.number().int() });
export type HtcdsImportResult = z.infer<typeof answer>;

export function useHtcdsImport(onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, format }: { file: Blob; format: HtcdsFormat }): Promise<HtcdsImportResult> => {
      const a = await uploadRaw(queryClient, { url: `/api/data/htcds/import?format=${format}`, file, mediaType: MEDIA_TYPES[format] }, onProgress);
      if (a.status >= 200 && a.status < 300) return answer.parse(a.body);
      throw importError(a.status, a.body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
