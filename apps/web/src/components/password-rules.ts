import type { FormRule } from 'antd';

/** The API's password policy: at least 8 characters with letters and digits. */
export const PASSWORD_RULES: FormRule[] = [
  { required: true, message: '请输入密码' },
  { min: 8, message: '密码至少 8 位' },
  { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: '密码须同时包含字母和数字' },
];
