/** The paginated answers of the HSDS API (`/services`, `/organizations`). Pure: no I/O. */
import { z } from 'zod';

/** A page of the HSDS API (`/services`, `/organizations`). */
export function hsdsPage<T extends z.ZodType>(item: T) {
  return z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}

export const hsdsPageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
});

/** The page envelope for `contents` of a list of `total` items. */
export function pageOf<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: perPage,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
