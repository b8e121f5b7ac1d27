import type { ThemeConfig } from 'antd';

/** 政协 red as the brand colour on antd's default theme. */
export const BRAND_RED = '#c0392b';

/** People who asked their system for less motion get none: dialogs and lists open and close at once. */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: BRAND_RED,
    colorLink: BRAND_RED,
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerBg: BRAND_RED, headerHeight: 56, headerPadding: '0 24px', bodyBg: '#f3f4f6', siderBg: '#fff' },
    Menu: { itemSelectedBg: '#fbeae8', itemSelectedColor: BRAND_RED },
  },
};
