/** A tiny element builder for the public page (no framework: the page must stay light). */

type Child = Node | string | null | undefined | false;
type Children = Child | readonly Children[];
type Value = string | number | boolean | null | undefined | ((event: Event) => void);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Value> | null = null,
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'value' || name === 'checked') (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of (children as unknown[]).flat(Number.POSITIVE_INFINITY) as Child[]) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}
