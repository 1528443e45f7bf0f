import { Box, Table } from '@mantine/core';
import type { ErrorDetail } from '../../../core/platform/schemas.js';
import { useFormat } from '../../i18n/format.js';

/** The column headings, in the caller's words (and namespace). Without `file`, there is no file column. */
export interface ProblemTableLabels {
  readonly caption: string;
  readonly file?: string;
  readonly row: string;
  readonly field: string;
  readonly message: string;
}

/**
 * The problems of a refused file (an import, an upload), as the server listed them in
 * `error.details`: where each one is (file, row, field) and what is wrong. A region that takes the
 * keyboard focus: a long list scrolls, and must scroll from the keyboard too.
 */
export function ProblemTable({
  details,
  labels,
  testId,
  rowTestId,
}: {
  details: readonly ErrorDetail[];
  labels: ProblemTableLabels;
  testId: string;
  rowTestId: string;
}) {
  const format = useFormat();
  return (
    <Box role="region" aria-label={labels.caption} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder miw={560} data-testid={testId}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{labels.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {labels.file !== undefined ? <Table.Th scope="col">{labels.file}</Table.Th> : null}
            <Table.Th scope="col">{labels.row}</Table.Th>
            <Table.Th scope="col">{labels.field}</Table.Th>
            <Table.Th scope="col">{labels.message}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {details.map((d, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the server's list, shown as it came.
            <Table.Tr key={index} data-testid={rowTestId}>
              {labels.file !== undefined ? <Table.Td>{d.file ?? '—'}</Table.Td> : null}
              <Table.Td>{d.row === undefined ? '—' : format.number(d.row)}</Table.Td>
              <Table.Td>
                <code>{d.field}</code>
              </Table.Td>
              <Table.Td>{d.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
