import { type CourseContent, courseContent } from '../../core/learning/course.js';
import { STARTER_COURSE } from '../../core/learning/starter/index.js';

/** The starter course shipped with Haven (src/core/learning/starter/), checked like any course an author writes. */
export async function starterCourse(): Promise<CourseContent> {
  return courseContent.parse(STARTER_COURSE);
}
