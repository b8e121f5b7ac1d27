export { IsDay, IsFlag, IsId, IsText, toFlag, trimText } from './kit';
export { PageQuery } from './page-query';
