/**
 * The reasons for contact an operator may choose: the defaults the organisation did not hide,
 * then its own. Pure; the labels come from the caller (translated defaults, the organisation's
 * own labels).
 */
import { activeReasons, DEFAULT_REASONS, type HotlineSettings } from '../../core/hotline/contact.js';
import { transliterate } from '../../core/persons/transliterate.js';

export interface ReasonOption {
  value: string;
  label: string;
}

export const isDefaultReason = (id: string): id is (typeof DEFAULT_REASONS)[number] => (DEFAULT_REASONS as readonly string[]).includes(id);

/**
 * The options of the reasons field: the active reasons, and any already chosen that are no longer
 * active (a default since hidden, an own reason since removed), so that editing an old contact
 * neither hides nor drops them.
 */
export function reasonOptions(settings: HotlineSettings, label: (id: string) => string, chosen: readonly string[] = []): ReasonOption[] {
  const active = activeReasons(settings);
  const extra = chosen.filter((id) => !active.includes(id));
  return [...active, ...extra].map((id) => ({ value: id, label: label(id) }));
}

/** Every reason the organisation knows, for the filter of the log (hidden defaults included: old contacts have them). */
export function filterReasonOptions(settings: HotlineSettings, label: (id: string) => string): ReasonOption[] {
  return [...DEFAULT_REASONS, ...settings.customReasons.map((r) => r.id)].map((id) => ({ value: id, label: label(id) }));
}

/** The label of a reason id: an own reason's label, the translated default, or the id itself. */
export function reasonLabel(settings: HotlineSettings | undefined, id: string, translateDefault: (id: (typeof DEFAULT_REASONS)[number]) => string): string {
  if (isDefaultReason(id)) return translateDefault(id);
  return settings?.customReasons.find((r) => r.id === id)?.label ?? id;
}

/** At most 56 characters after `org-` (the server's rule). */
const MAX_SLUG = 56;

/** A label as lower-case Latin letters, digits and dashes (Cyrillic and Greek transliterated). */
export function slugOf(label: string): string {
  return transliterate(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/**
 * The id of a new own reason: `org-` and the label's slug, made unique among `taken` with a
 * number (`org-seasonal-work-2`). A label without any letter to keep becomes `org-reason`.
 */
export function customReasonId(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = `org-${slugOf(label) || 'reason'}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 4 + MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
