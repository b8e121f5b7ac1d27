export { IsDay, IsFlag, IsId, IsText, toFlag, trimText } from './kit';
