import { ErrorCode } from './error-codes';

describe('the error codes', () => {
  const codes = Object.values(ErrorCode);

  it('are each written once', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are SCREAMING_SNAKE_CASE, as the API has always sent them', () => {
    for (const code of codes) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});
