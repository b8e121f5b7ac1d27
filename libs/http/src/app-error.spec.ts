import { ErrorCode } from '@sqmy/contract';
import { AppError } from './app-error';

describe('AppError', () => {
  it('carries a code of the registry', () => {
    const error = AppError.conflict(ErrorCode.StaleVersion, '稿件已被他人修改');
    expect(error.code).toBe('STALE_VERSION');
    expect(error.getStatus()).toBe(409);
  });

  it('does not compile with a code the registry does not list', () => {
    // @ts-expect-error: an unregistered code is a type error (checked by `npm run lint`)
    const error = AppError.badRequest('NOT_A_REGISTERED_CODE', '……');
    expect(error.code).toBe('NOT_A_REGISTERED_CODE');
  });
});
