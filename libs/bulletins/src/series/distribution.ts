export const DEFAULT_COPIES = 30;
