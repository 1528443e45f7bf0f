export { checkOffer, MAX_EVIDENCE, type OfferInput, SIGNS, type SignText, type SignTexts, signsInText } from './check.js';
export { normalise, normaliseText } from './normalise.js';
export { SIGN_PATTERNS } from './patterns.js';
