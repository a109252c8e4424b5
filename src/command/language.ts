/**
 * The language a user reads hasmit in, from the locale as AIX takes it (LC_ALL, then LC_MESSAGES, then LANG):
 * any Chinese locale (zh_CN.UTF-8, ZH_CN, zh_CN.GB18030) gives Simplified Chinese, anything else English.
 * `hasmit --lang zh|en` sets LC_ALL for the run, so every part reads one setting.
 */
export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** The locale `--lang` puts in LC_ALL. */
export const LOCALE: Record<Language, string> = {en: 'C', zh: 'zh_CN.UTF-8'};

export function languageOf(env: Readonly<Record<string, string | undefined>>): Language {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** The locale variables of an environment that are set: what a session passes on to the commands it runs. */
export function localeOf(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
	const locale: Record<string, string> = {};
	for (const name of ['LANG', 'LC_MESSAGES', 'LC_ALL']) if (env[name]) locale[name] = env[name];
	return locale;
}
