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
