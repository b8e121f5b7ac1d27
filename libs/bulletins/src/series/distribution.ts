export const DEFAULT_MARKING = '内部资料 注意保存';
export const DEFAULT_COPIES = 30;
