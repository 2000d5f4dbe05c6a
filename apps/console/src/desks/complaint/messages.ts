// The complaint desk's texts, English and Chinese (keys prefixed `complaint.`); i18n/en.ts and zh.ts take them in.
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};
