/** Privacy-preserving record linkage: keyed Bloom-filter keys of people, compared by Dice similarity. Pure, browser-safe. */
export * from './encode.js';
export * from './match.js';
export * from './normalise.js';
export * from './scheme.js';
export * from './similarity.js';
export * from './count.js';
export * from './key-file.js';
