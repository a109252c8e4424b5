/**
 * The menus in Simplified Chinese: a record as a Chinese reader sees it (its `zh` texts, the English where one
 * is missing), and `hasmit menus check`'s report of every text written without its translation.
 */
import type {Language} from '../command/language.js';
import type {Catalog} from './catalog.js';
import type {MenuOption} from './schema.js';

/**
 * Whether a text without its Chinese translation makes `hasmit menus check` and `hasmit labs check` fail
 * ('error') or is only listed ('warning'): the one switch, for menu and lab files other branches add untranslated.
 */
export const MISSING_TRANSLATION: 'error' | 'warning' = 'error';

type Named = {name: string; help: string; zh?: {name: string; help: string}};

const item = (r: MenuOption): MenuOption => ({...r, text: r.zh?.text || r.text, help: r.zh?.help || r.help});
const named = <R extends Named>(r: R): R => ({...r, name: r.zh?.name || r.name, help: r.zh?.help || r.help});

/** The records as a reader of `language` sees them (the same objects for English). */
export function recordsIn(records: Catalog['records'], language: Language): Catalog['records'] {
	if (language === 'en') return records;
	const each = <R>(list: Array<{file: string; record: R}>, change: (r: R) => R) => list.map(({file, record}) => ({file, record: change(record)}));
	return {
		menuOptions: each(records.menuOptions, item),
		nameHeaders: each(records.nameHeaders, named),
		commandHeaders: each(records.commandHeaders, named),
		commandOptions: each(records.commandOptions, named),
	};
}

/**
 * A dialog field's label as a reader of the catalog's language sees it, from its English label (the lab solutions
 * name fields in English, as SMIT's dialog rules match them); the English when the catalog has no other.
 */
export function fieldLabelIn(catalog: Catalog): (english: string) => string {
	if (catalog.language === 'en') return english => english;
	const labels = new Map<string, string>();
	for (const {record} of catalog.records.commandOptions) {
		const shown = record.zh?.name
			.split('\n')
			.map(line => line.trim())
			.join('');
		if (!shown) continue;
		labels.set(record.name, shown);
		labels.set(
			record.name
				.split('\n')
				.map(line => line.trim())
				.join(' '),
			shown,
		);
	}
	return english => labels.get(english) ?? english;
}

/** One text a user reads whose translation is missing: `file: id: field` and the English. */
export interface MissingText {
	file: string;
	where: string;
	english: string;
}

/** Every English text (item text, title, label, help) of the menus that has no `zh` beside it; aliases are never shown. */
export function missingMenuTranslations(catalog: Catalog): MissingText[] {
	const missing: MissingText[] = [];
	const need = (file: string, id: string, field: string, english: string, chinese = '') => {
		if (english.trim() && !chinese.trim()) missing.push({file, where: `${id}: zh.${field}`, english});
	};
	for (const {file, record} of catalog.records.menuOptions) {
		if (record.alias === 'y') continue;
		const id = `${record.id} ${record.id_seq_num} ${record.next_id}`;
		need(file, id, 'text', record.text, record.zh?.text);
		need(file, id, 'help', record.help, record.zh?.help);
	}
	const {nameHeaders, commandHeaders, commandOptions} = catalog.records;
	for (const {file, record} of [...nameHeaders, ...commandHeaders, ...commandOptions]) {
		const id = 'id_seq_num' in record ? `${record.id} ${record.id_seq_num}` : record.id;
		need(file, id, 'name', record.name, record.zh?.name);
		need(file, id, 'help', record.help, record.zh?.help);
	}
	return missing;
}

/**
 * The report: a line per missing text, then a line per file with its count, so a file added without
 * translations stands out. `errors` fail the check; `warnings` are only printed (MISSING_TRANSLATION decides).
 */
export function translationReport(missing: readonly MissingText[], kind: 'menu' | 'lab' | 'manual'): {errors: string[]; warnings: string[]} {
	const lines = missing.map(
		m => `${m.file}: ${m.where}: has no Chinese translation ("${m.english.slice(0, 40)}${m.english.length > 40 ? '...' : ''}")`,
	);
	const perFile = new Map<string, number>();
	for (const m of missing) perFile.set(m.file, (perFile.get(m.file) ?? 0) + 1);
	for (const [file, count] of perFile) lines.push(`${file}: -: -: ${count} ${kind} text${count === 1 ? '' : 's'} without a Chinese translation (zh)`);
	return MISSING_TRANSLATION === 'error' ? {errors: lines, warnings: []} : {errors: [], warnings: lines};
}
