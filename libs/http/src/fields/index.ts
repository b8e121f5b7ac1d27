export { IsDay, IsFlag, IsId, IsText, IsYear, toFlag, trimText } from './kit';
export { PageQuery } from './page-query';
