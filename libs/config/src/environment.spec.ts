import { validateEnvironment } from './environment';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sqmy',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('validateEnvironment', () => {
  it('accepts the required variables and fills the defaults', () => {
    const env = validateEnvironment({ ...valid, PORT: '8080' });
    expect(env).toEqual(expect.objectContaining({ PORT: 8080, NODE_ENV: 'development', ACCESS_TOKEN_TTL: 900, QUEUE_PREFIX: 'sqmy', LOGIN_MAX_FAILURES: 5 }));
  });

  it.each([
    [{ DATABASE_URL: undefined }, /^配置错误 DATABASE_URL: .*（未设置）$/],
    [{ REDIS_URL: 'http://nope' }, /^配置错误 REDIS_URL: .*当前值 "http:\/\/nope"/],
    [{ JWT_SECRET: 'short' }, /^配置错误 JWT_SECRET: JWT_SECRET 至少 32 个字符（当前值已隐藏）$/],
    [{ PORT: 'eighty' }, /^配置错误 PORT: /],
    [{ NODE_ENV: 'staging' }, /^配置错误 NODE_ENV: /],
  ])('a bad value stops with one line naming the variable: %o', (override, message) => {
    expect(() => validateEnvironment({ ...valid, ...override })).toThrow(message);
  });
});
