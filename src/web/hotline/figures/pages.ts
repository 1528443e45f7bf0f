/** The supervisor's figures of the hotline and outreach (issue 5), in their own chunk (with the charts). */
export { HotlineFiguresPage } from './HotlineFiguresPage.js';
