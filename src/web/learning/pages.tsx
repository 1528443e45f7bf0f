/** The e-learning pages, by the names the router imports. */
export { CourseStatsPage } from './CourseStatsPage.js';
export { CoursesPage } from './CoursesPage.js';
export { CourseEditorPage } from './editor/CourseEditorPage.js';
export { CoursePage } from './learner/CoursePage.js';
