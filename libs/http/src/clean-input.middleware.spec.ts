import { findInputFault, INT4_MAX, MAX_DEPTH } from './clean-input.middleware';

const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

describe('findInputFault', () => {
  it('passes ordinary bodies and queries', () => {
    expect(findInputFault({ title: '关于农村养老的建议', version: 3, items: [{ itemId: 'x', editorNote: null }], share: 0.5, flag: true })).toBeUndefined();
    expect(findInputFault({ q: '养老', page: '2' })).toBeUndefined();
    expect(findInputFault(undefined)).toBeUndefined();
    expect(findInputFault({ emoji: '😀' })).toBeUndefined();
    expect(findInputFault(nested(MAX_DEPTH))).toBeUndefined();
  });

  it('names the field holding NUL or a lone surrogate, in a value or a key', () => {
    expect(findInputFault({ username: 'a\u0000b' })).toEqual({ field: 'username', message: expect.stringContaining('U+0000') });
    expect(findInputFault({ items: [{ editorNote: 'x\ud800' }] })?.field).toBe('items.0.editorNote');
    expect(findInputFault({ q: '\udfff' })?.field).toBe('q');
    expect(findInputFault({ 'ti\u0000tle': 'x' })?.field).toBe('ti\u0000tle');
  });

  it('refuses numbers no column holds, nesting beyond the bound and keys that reach a prototype', () => {
    expect(findInputFault({ version: 2 ** 53 + 1 })?.field).toBe('version');
    expect(findInputFault({ target: 1e308 })?.field).toBe('target');
    expect(findInputFault({ target: INT4_MAX + 1 })?.field).toBe('target');
    expect(findInputFault({ target: INT4_MAX })).toBeUndefined();
    expect(findInputFault({ points: nested(MAX_DEPTH + 5) })?.message).toContain('嵌套过深');
    expect(findInputFault(JSON.parse('{"__proto__": {"admin": true}}'))?.field).toBe('__proto__');
    expect(findInputFault({ constructor: 1 })?.field).toBe('constructor');
  });
});
