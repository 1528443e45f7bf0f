import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

export interface PagerProps {
  readonly page: number;
  readonly pages: number;
  /** The address's query for a page (the list's filters kept). */
  readonly searchOf: (page: number) => string;
  readonly labels: { readonly nav: string; readonly previous: string; readonly next: string; readonly current: string };
}

/** Previous and next links of a paged list, kept in the address so that Back and a shared link work. */
export function Pager({ page, pages, searchOf, labels }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav}>
      <Group gap="sm">
        {page > 1 ? (
          <Anchor component={Link} to={{ search: searchOf(page - 1) }} rel="prev">
            {labels.previous}
          </Anchor>
        ) : null}
        <Text size="sm" aria-current="page">
          {labels.current}
        </Text>
        {page < pages ? (
          <Anchor component={Link} to={{ search: searchOf(page + 1) }} rel="next">
            {labels.next}
          </Anchor>
        ) : null}
      </Group>
    </nav>
  );
}
