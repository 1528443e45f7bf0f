import { Box, Button, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TableViewProps {
  /** A unique id (`useId()`): the button controls `<id>-table`. */
  readonly id: string;
  /** The figure's title: the name of the scrolling region. */
  readonly title: string;
  readonly table: ReactNode;
  readonly shown: boolean;
  readonly onToggle: () => void;
  readonly showLabel: string;
  readonly hideLabel: string;
  readonly variant?: 'light' | 'subtle';
  /** Always shown, with no button (e.g. where the chart itself says little). */
  readonly always?: boolean;
}

/**
 * A chart's numbers as a table: read by screen readers all the time, shown on request to everyone
 * (it is also the easiest to read on a small screen). A wide table scrolls sideways on a phone: its
 * box takes the focus so that the keyboard can scroll it too.
 */
export function TableView({ id, title, table, shown, onToggle, showLabel, hideLabel, variant = 'light', always = false }: TableViewProps) {
  const visible = shown || always;
  return (
    <>
      {always ? null : (
        <div>
          <Button variant={variant} size="compact-sm" onClick={onToggle} aria-expanded={shown} aria-controls={`${id}-table`} data-testid="toggle-table">
            {shown ? hideLabel : showLabel}
          </Button>
        </div>
      )}
      <div id={`${id}-table`} data-testid="data-table">
        {visible ? (
          <Box role="region" aria-label={title} tabIndex={0} style={{ overflowX: 'auto' }} data-testid="table-scroll">
            {table}
          </Box>
        ) : (
          <VisuallyHidden>{table}</VisuallyHidden>
        )}
      </div>
    </>
  );
}
