import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { isDatabaseUnreachable } from '@sqmy/database';
import { outageOf } from './outage';

const pgError = (code: string, message = 'pg') => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

Logger.overrideLogger(false);

describe('which failures mean PostgreSQL cannot be reached', () => {
  it.each([
    ['a refused connection (node 20 tries each address: AggregateError)', Object.assign(new AggregateError([pgError('ECONNREFUSED')]), { code: 'ECONNREFUSED' })],
    ['a refused connection inside an AggregateError only', new AggregateError([pgError('ECONNREFUSED')])],
    ['the server shutting down (57P01) under a QueryFailedError', failedQuery(pgError('57P01', 'terminating connection due to administrator command'))],
    ['the server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', pgError('08006')],
    ['a connection that broke mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['no connection within the pool’s timeout', new Error('timeout exceeded when trying to connect')],
    ['a client whose connection broke', new Error('Client has encountered a connection error and is not queryable')],
  ])('%s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
    expect(outageOf(error)).toEqual(expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }));
    expect(outageOf(error)?.getStatus()).toBe(503);
  });

  it.each([
    ['a unique violation', failedQuery(pgError('23505'))],
    ['a syntax error', failedQuery(pgError('42601'))],
    ['a refusal of our own', new AppError(401, 'SESSION_ENDED', '登录已失效，请重新登录')],
    ['a bug', new TypeError('x is undefined')],
    ['not an error at all', 'text'],
  ])('not %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
    expect(outageOf(error)).toBeUndefined();
  });
});
