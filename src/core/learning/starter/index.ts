/**
 * The starter course (issue 9): "Identifying presumed victims of trafficking", in Haven's own words,
 * built on the screening instruments' six dimensions, strengths and decision rules
 * (src/core/identification), with quizzes made of case vignettes. English is the default language;
 * every text is also in Russian. Served to organisations by `POST /api/courses/starter`.
 */
import type { CourseContent } from '../course.js';
import { EN } from './en.js';
import { RU } from './ru.js';
import { mergeLanguages } from './shape.js';

export const STARTER_COURSE: CourseContent = mergeLanguages({ en: EN, ru: RU });
