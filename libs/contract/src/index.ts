/**
 * The contract between the server and the web: plain TypeScript with no Nest or TypeORM imports,
 * so the browser bundle can import it through the `@sqmy/contract` alias.
 */
export * from './calendar';
