export { cleanText, isBlank } from './clean-text';
export { foldText, segment, segmentQuery, tsvectorText } from './segment';
export { bands, fnv1a64, fromSignedInt64, hammingDistance, similarity, simhash, toSignedInt64 } from './simhash';
