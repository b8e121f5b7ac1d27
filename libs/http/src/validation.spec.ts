import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation';

describe('flattenValidationErrors', () => {
  it('turns nested errors into dotted field paths and names unknown fields', () => {
    const child = Object.assign(new ValidationError(), { property: '0', constraints: { isEnum: '未知的角色' }, children: [] });
    const errors = [
      Object.assign(new ValidationError(), { property: 'roles', children: [child] }),
      Object.assign(new ValidationError(), { property: 'admin', constraints: { whitelistValidation: 'property admin should not exist' }, children: [] }),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'roles.0', message: '未知的角色' },
      { field: 'admin', message: '不允许的字段 admin' },
    ]);
  });
});
