// The reports desk's texts, English and Chinese (keys prefixed `reports.`); i18n/en.ts and zh.ts take them in.
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};
