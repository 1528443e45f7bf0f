import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../../core/platform/roles.js';

/** What every part of the course editor shares: the language being written, the errors, the missing texts. */
export interface EditorState {
  readonly language: UiLanguage;
  /** The course's id once saved (images need it). */
  readonly courseId: string | undefined;
  /** The translated error at a field's dotted path. */
  readonly error: (path: string) => string | undefined;
  /** The error of a text field in the language being written. */
  readonly textError: (path: string) => string | undefined;
  /** Whether the text at the path is missing in the language being written. */
  readonly missing: (path: string) => boolean;
  /** Forget the errors at a path (and below it) once the field changes. */
  readonly clear: (path: string) => void;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const state = useContext(EditorContext);
  if (!state) throw new Error('useEditor outside the course editor');
  return state;
}
