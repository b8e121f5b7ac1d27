/**
 * The contract between the server and the web: plain TypeScript with no Nest or TypeORM imports,
 * so the browser bundle can import it through the `@sqmy/contract` alias.
 */
export * from './adoption';
export * from './calendar';
export * from './comment-audience';
export * from './error-codes';
export * from './issue-kind';
export * from './item-status';
export * from './item-transitions';
export * from './leader-level';
export * from './permissions';
export * from './roles';
export * from './views/accounts';
export * from './views/attachments';
export * from './views/bulletins';
export * from './views/desk';
export * from './views/errors';
export * from './views/figures';
export * from './views/issues';
export * from './views/item-lists';
export * from './views/items';
export * from './views/ledger';
export * from './views/notifications';
export * from './views/outcomes';
export * from './views/refs';
export * from './views/rules';
export * from './views/scoring';
export * from './views/topics';
export * from './views/wire';
export * from './requests/accounts';
export * from './requests/bulletins';
export * from './requests/desk';
export * from './requests/items';
export * from './requests/outcomes';
export * from './requests/scoring';
