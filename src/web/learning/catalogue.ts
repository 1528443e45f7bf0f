/** How `/learning` sorts the catalogue into its two lists. Pure. */
import type { CourseSummary } from '../../core/learning/learner-view.js';

type Item = Pick<CourseSummary, 'id' | 'status' | 'version' | 'editable' | 'enrolment'>;

/**
 * Whether the caller can open the course as a learner: a published one, or one they follow (an
 * archived course takes no new learners, yet those enrolled go on to their certificates).
 */
export const learnable = (c: Item): boolean => c.version !== null && (c.status === 'published' || c.enrolment !== null);

/** The network's courses to follow, and the caller's organisation's courses being prepared or archived (for its authors). */
export function catalogueSections<T extends Item>(items: readonly T[]): { network: T[]; preparing: T[] } {
  const network = items.filter(learnable);
  const shown = new Set(network.map((c) => c.id));
  return { network, preparing: items.filter((c) => c.editable && c.status !== 'published' && !shown.has(c.id)) };
}
