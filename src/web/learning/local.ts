/** Texts in several languages: the one to show, with the course's default language as the fallback. */
export type Texts = Readonly<Partial<Record<string, string>>>;

export function localOf(texts: Texts | undefined, language: string, fallback: string): string {
  const own = texts?.[language]?.trim();
  if (own) return own;
  const other = texts?.[fallback]?.trim();
  if (other) return other;
  return (
    Object.values(texts ?? {})
      .find((v) => v?.trim())
      ?.trim() ?? ''
  );
}

/** The language to show a course in: the wanted one when the course has it, else its default language. */
export function courseLanguage(course: { readonly languages: readonly string[]; readonly defaultLanguage: string }, wanted: string): string {
  return course.languages.includes(wanted) ? wanted : course.defaultLanguage;
}
