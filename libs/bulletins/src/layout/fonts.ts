/**
 * The fonts of the official layout, each with what to fall back to. The .docx names the first
 * (Word on Windows substitutes a font of the same GB2312 charset when it is missing); the print
 * view's CSS gets the whole list.
 */
export const FONTS = {
  /** The masthead title and the items' titles. */
  title: ['方正小标宋简体', '华文中宋', 'STZhongsong', 'SimSun'],
  /** Body text. */
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'],
  /** 编者按 and bylines. */
  note: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'],
  /** The marking and the foot's heads. */
  heading: ['黑体', 'SimHei', 'STHeiti'],
} as const;

export type FontRole = keyof typeof FONTS;

/** Official red (the masthead and its rule). */
export const MASTHEAD_RED = 'E60012';
