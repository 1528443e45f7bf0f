/** `/advocacy` and `/advocacy/recommendations/:id` (router entries import these names). */
export { RecommendationPage } from './RecommendationPage.js';
export { RecommendationsPage } from './RecommendationsPage.js';
