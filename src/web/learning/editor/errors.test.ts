import { describe, expect, it } from 'vitest';
import { courseContent } from '../../../core/learning/course.js';
import { contentOf, emptyDraft, emptyQuiz } from './draft.js';
import { editorErrors, errorsElsewhere, formPathOf, serverFieldError, textError } from './errors.js';

describe('editor errors from the course schema', () => {
  it('puts each problem at its nested field, in words the editor translates', () => {
    const draft = emptyDraft('en');
    draft.languages = ['en', 'el'];
    draft.title = { en: 'Course' };
    draft.modules[0]!.title = { en: 'Module' };
    const lesson = draft.modules[0]!.lessons[0]!;
    lesson.title = { en: 'Lesson' };
    lesson.videoUrl = 'http://video.example.org';
    lesson.quiz = emptyQuiz();
    lesson.quiz.passMark = '150';
    lesson.quiz.questions[0]!.prompt = { en: 'Which?' };
    lesson.quiz.questions[0]!.options = lesson.quiz.questions[0]!.options.map((o) => ({ ...o, text: { en: 'x' }, correct: false }));
    const result = courseContent.safeParse(contentOf(draft));
    const errors = editorErrors(result.error?.issues ?? []);
    expect(errors).toEqual({
      'modules.0.lessons.0.videoUrl': { key: 'https' },
      'modules.0.lessons.0.quiz.passMark': { key: 'tooMany', values: { max: 100 } },
      'modules.0.lessons.0.quiz.questions.0.options': { key: 'oneCorrect' },
    });
  });

  it('asks for the default language text at the text field', () => {
    const result = courseContent.safeParse(contentOf(emptyDraft('el')));
    const errors = editorErrors(result.error?.issues ?? []);
    expect(errors['title.el']).toEqual({ key: 'required' });
    expect(textError(errors, 'title', 'el')).toEqual({ key: 'required' });
    expect(textError(errors, 'title', 'en')).toBeUndefined();
    expect(errorsElsewhere(errors, 'en')).toEqual(['el']);
    expect(errorsElsewhere(errors, 'el')).toEqual([]);
  });

  it('words the fields only the server checks in the editor’s own messages, never the server’s English', () => {
    expect(serverFieldError(formPathOf('content.modules.0.lessons.1.images.2.fileId'))).toEqual({ key: 'imageMissing' });
    expect(serverFieldError('modules.0.lessons.1.title.en')).toEqual({ key: 'invalid' });
    expect(serverFieldError('modules.0.lessons.1.images.2.alt.en')).toEqual({ key: 'invalid' });
  });

  it('reads the server field names', () => {
    expect(formPathOf('content.modules.0.lessons.1.images.0.fileId')).toBe('modules.0.lessons.1.images.0.fileId');
    expect(formPathOf('version')).toBe('version');
  });
});
