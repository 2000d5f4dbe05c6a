import { existsSync } from 'node:fs';

/**
 * The CJK font every document with Chinese text uses (labels, statements, reports, charts):
 * WenQuanYi Micro Hei from Debian's `fonts-wqy-microhei`, which `.ci/run` and `npm start`
 * install (1.6 MB; Apache-2.0 or GPL-3.0 with font exception), or Noto Sans CJK when present,
 * or the file CJK_FONT_PATH names.
 */
export interface CjkFont {
  path: string;
  /** the face inside a .ttc collection */
  family: string;
}

const CANDIDATES: CjkFont[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  {
    path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    family: 'NotoSansCJKsc-Regular',
  },
];

export const CJK_FONT_INSTALL = 'sudo apt-get install -y fonts-wqy-microhei';

export class CjkFontMissing extends Error {
  constructor() {
    super(
      `no CJK font found for Chinese text in documents: install one with \`${CJK_FONT_INSTALL}\` ` +
        '(or set CJK_FONT_PATH to a .ttf/.ttc file)',
    );
    this.name = 'CjkFontMissing';
  }
}

let found: CjkFont | undefined;

/** The font, found once; throws CjkFontMissing with the install command when there is none. */
export function cjkFont(env: NodeJS.ProcessEnv = process.env): CjkFont {
  if (found) return found;
  const configured = env.CJK_FONT_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new CjkFontMissing();
    return (found = { path: configured, family: env.CJK_FONT_FAMILY ?? '' });
  }
  const candidate = CANDIDATES.find((font) => existsSync(font.path));
  if (!candidate) throw new CjkFontMissing();
  return (found = candidate);
}
