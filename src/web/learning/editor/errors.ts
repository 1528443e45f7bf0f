/**
 * Problems the shared course schema finds, as messages keyed by the dotted path of their field
 * (`modules.0.lessons.2.quiz.questions.1.options`); a text's problem keeps its language at the end
 * (`title.el`). Pure: the components translate the keys of `learning:editor.errors`.
 */
import { UI_LANGUAGES } from '../../../core/platform/roles.js';

export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly expected?: string;
}

export type ErrorKey =
  | 'required'
  | 'tooLong'
  | 'wholeNumber'
  | 'https'
  | 'oneCorrect'
  | 'someCorrect'
  | 'twoOptions'
  | 'defaultLanguage'
  | 'idTwice'
  | 'lessonEmpty'
  | 'languageTwice'
  | 'tooFew'
  | 'tooMany'
  | 'imageMissing'
  | 'invalid';

export interface ErrorMessage {
  readonly key: ErrorKey;
  readonly values?: Readonly<Record<string, number>>;
}

function messageOf(issue: IssueLike): ErrorMessage {
  const text = issue.message;
  if (issue.code === 'custom') {
    if (/needs a text in/.test(text)) return { key: 'required' };
    if (/true-or-false/.test(text)) return { key: 'twoOptions' };
    if (/exactly one option/.test(text)) return { key: 'oneCorrect' };
    if (/at least one option/.test(text)) return { key: 'someCorrect' };
    if (/course languages/.test(text)) return { key: 'defaultLanguage' };
    if (/used twice/.test(text)) return { key: 'idTwice' };
    if (/a lesson has/.test(text)) return { key: 'lessonEmpty' };
    if (/each language once/.test(text)) return { key: 'languageTwice' };
    return { key: 'invalid' };
  }
  const min = Number(issue.minimum ?? 0);
  const max = Number(issue.maximum ?? 0);
  if (issue.origin === 'number' && issue.code === 'too_small') return { key: 'tooFew', values: { min } };
  if (issue.origin === 'number' && issue.code === 'too_big') return { key: 'tooMany', values: { max } };
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) return { key: 'wholeNumber' };
  if (issue.code === 'too_small' && issue.origin === 'array') return { key: 'tooFew', values: { min } };
  if (issue.code === 'too_big' && issue.origin === 'array') return { key: 'tooMany', values: { max } };
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'required' };
  if (issue.code === 'too_big' && issue.origin === 'string') return { key: 'tooLong', values: { max } };
  if (issue.code === 'invalid_format' && issue.format === 'url') return { key: 'https' };
  if (issue.code === 'invalid_type' && issue.expected === 'array') return { key: 'required' };
  if (issue.code === 'invalid_type' && issue.expected === 'object') return { key: 'required' };
  return { key: 'invalid' };
}

/** One message per path, the first issue winning. */
export function editorErrors(issues: readonly IssueLike[]): Record<string, ErrorMessage> {
  const out: Record<string, ErrorMessage> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = messageOf(issue);
  }
  return out;
}

/**
 * The message for a field the server named in a 400 that the shared schema did not catch: an image
 * no longer in the course (removed meanwhile, or a draft from another tab), else a general one.
 */
export function serverFieldError(path: string): ErrorMessage {
  return /(^|\.)images\.\d+\.fileId$/.test(path) ? { key: 'imageMissing' } : { key: 'invalid' };
}

/** A path the server names (`content.modules.0.title`, or without `content.`) as the form's path. */
export function formPathOf(field: string): string {
  return field.replace(/^content\./, '');
}

const LANGUAGES: ReadonlySet<string> = new Set(UI_LANGUAGES);

/** The language a text's error is about (its last segment), if any. */
export function languageOfPath(path: string): string | null {
  const last = path.split('.').pop() ?? '';
  return LANGUAGES.has(last) ? last : null;
}

/** The error shown at a text field in the language being edited: its own, or the one for the whole text. */
export function textError<T>(errors: Readonly<Record<string, T>>, path: string, language: string): T | undefined {
  return errors[`${path}.${language}`] ?? errors[path];
}

/** The errors of texts in other languages than the one being edited (where the field is not on screen). */
export function errorsElsewhere(errors: Readonly<Record<string, unknown>>, language: string): string[] {
  const out = new Set<string>();
  for (const path of Object.keys(errors)) {
    const l = languageOfPath(path);
    if (l && l !== language) out.add(l);
  }
  return [...out];
}
