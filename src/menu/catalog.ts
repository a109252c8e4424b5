/**
 * Loads the menu files into the screens SMIT would build from its ODM:
 * menus (items grouped by id), selectors (a header and its one field) and
 * dialogs (a header and its fields), plus the fast-path aliases.
 */
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {menuFileSchema, type CommandHeader, type CommandOption, type MenuOption, type NameHeader} from './schema.js';
import type {Issue} from './schema-kit.js';
import {readRegularFile} from '../host/regular-file.js';
import {DEFAULT_RELEASE, PROFILES, type Release} from '../cluster/release/index.js';
import type {Language} from '../command/language.js';
import {recordsIn} from './translation.js';

export const TOP_MENU = 'top_menu';
const TOP_TITLE: Record<Language, string> = {en: 'System Management', zh: '系统管理'};

export interface Menu {
	id: string;
	title: string;
	/** Items in id_seq_num order (aliases excluded). */
	items: MenuOption[];
}
export interface Selector extends NameHeader {
	body: CommandOption;
}
export interface Dialog extends CommandHeader {
	/** Fields in id_seq_num order. */
	fields: CommandOption[];
}

export type Screen =
	| {kind: 'menu'; id: string; menu: Menu}
	| {kind: 'selector'; id: string; selector: Selector}
	| {kind: 'dialog'; id: string; dialog: Dialog};

export interface Catalog {
	/** The language the screens' texts are in (the explanations follow it). */
	language: Language;
	menus: Map<string, Menu>;
	selectors: Map<string, Selector>;
	dialogs: Map<string, Dialog>;
	aliases: Map<string, MenuOption>;
	/** Which file defined each object, for messages: `kind:id` → file. */
	sources: Map<string, string>;
	/** All records as loaded (in English, with their translations), with their file, for the checker. */
	records: {
		menuOptions: Array<{file: string; record: MenuOption}>;
		nameHeaders: Array<{file: string; record: NameHeader}>;
		commandHeaders: Array<{file: string; record: CommandHeader}>;
		commandOptions: Array<{file: string; record: CommandOption}>;
	};
}

// id_seq_num is digits only (the schema says so): compare as numbers, then as text. Not localeCompare:
// with options it builds an ICU collator per call, and even one collator costs ~15 ms at start-up.
const bySequence = (a: {id_seq_num: string}, b: {id_seq_num: string}) =>
	Number(a.id_seq_num) - Number(b.id_seq_num) || (a.id_seq_num < b.id_seq_num ? -1 : a.id_seq_num > b.id_seq_num ? 1 : 0);

/** The data files of a folder (menus, labs): its .json files but the generated schemas, sorted; undefined if it cannot be read. */
export function dataFiles(dir: string): string[] | undefined {
	try {
		return readdirSync(dir)
			.filter(f => f.endsWith('.json') && !f.endsWith('.schema.json'))
			.sort();
	} catch {
		return undefined;
	}
}

/**
 * The screens of one HACMP release (a file whose `releases` leave it out is skipped: 4.3's tree and 5.2's share
 * ids such as hacmp and clstart), in `language` (the records' `zh` texts for Chinese). Problems read
 * `file: screen id: field: problem`.
 */
export function loadCatalog(
	dir: string,
	{release = DEFAULT_RELEASE, language = 'en'}: {release?: Release; language?: Language} = {},
): {catalog: Catalog; problems: string[]} {
	const problems: string[] = [];
	const records: Catalog['records'] = {menuOptions: [], nameHeaders: [], commandHeaders: [], commandOptions: []};
	const files = dataFiles(dir);
	if (!files) return {catalog: buildCatalog(records), problems: [`${dir}: -: -: the menu folder cannot be read`]};
	for (const file of files) {
		let text: string;
		try {
			// A menu file linked to a FIFO or /dev/zero is refused, never waited on or read for ever.
			text = readRegularFile(join(dir, file)).text;
		} catch (error) {
			problems.push(`${file}: -: -: cannot be read (${(error as Error).message})`);
			continue;
		}
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch (error) {
			problems.push(`${file}: -: -: not valid JSON (${(error as Error).message})`);
			continue;
		}
		const issues: Issue[] = [];
		const parsed = menuFileSchema.parse(data, [], issues);
		for (const issue of issues) problems.push(describeIssue(file, data, issue));
		if (!parsed || !ofRelease(parsed, release)) continue;
		// A file several releases share is written with 5.x's paths: a release keeping HACMP elsewhere runs its own.
		const paths = parsed.releases.length === 1 ? undefined : PROFILES[release].clusterDir;
		for (const record of parsed.sm_menu_opt.filter(r => ofRelease(r, release))) records.menuOptions.push({file, record});
		for (const record of parsed.sm_name_hdr.filter(r => ofRelease(r, release))) records.nameHeaders.push({file, record: underDir(record, paths)});
		for (const record of parsed.sm_cmd_hdr.filter(r => ofRelease(r, release))) records.commandHeaders.push({file, record: underDir(record, paths)});
		for (const record of parsed.sm_cmd_opt.filter(r => ofRelease(r, release))) records.commandOptions.push({file, record: underDir(record, paths)});
	}
	return {catalog: buildCatalog(records, language), problems};
}

const ofRelease = ({releases = []}: {releases?: readonly Release[]}, release: Release) => releases.length === 0 || releases.includes(release);

const ES_DIR = '/usr/es/sbin/cluster/';
const COMMAND_FIELDS = [
	'cmd_to_exec',
	'cmd_to_discover',
	'cmd_to_discover_postfix',
	'cmd_to_list',
	'cmd_to_list_postfix',
	'cmd_to_classify',
	'cmd_to_classify_postfix',
] as const;

/** A record's command lines with HACMP's directory `dir` for 5.x's (unchanged without one, or where it is 5.x's). */
function underDir<T extends object>(record: T, dir: string | undefined): T {
	if (!dir || `${dir}/` === ES_DIR) return record;
	const moved: Record<string, unknown> = {...(record as Record<string, unknown>)};
	for (const field of COMMAND_FIELDS) {
		const value = moved[field];
		if (typeof value === 'string' && value.includes(ES_DIR)) moved[field] = value.replaceAll(ES_DIR, `${dir}/`);
	}
	return moved as T;
}

function describeIssue(file: string, data: unknown, issue: Issue): string {
	const [klass, index, field, ...rest] = issue.path;
	if (klass === undefined) return `${file}: -: -: ${issue.problem}`;
	if (index === undefined) return `${file}: -: ${klass}: ${issue.problem}`;
	const record = (data as Record<string, unknown[]>)[klass]?.[Number(index)] as {id?: unknown} | undefined;
	const screen = typeof record?.id === 'string' ? record.id : `${klass}[${index}]`;
	return `${file}: ${screen}: ${[field, ...rest].filter(Boolean).join('.') || '-'}: ${issue.problem}`;
}

export function buildCatalog(records: Catalog['records'], language: Language = 'en'): Catalog {
	const catalog: Catalog = {language, menus: new Map(), selectors: new Map(), dialogs: new Map(), aliases: new Map(), sources: new Map(), records};
	const titles = new Map<string, string>();
	const shown = recordsIn(records, language);
	for (const {file, record} of shown.menuOptions) {
		if (record.alias === 'y') {
			catalog.aliases.set(record.id, record);
			catalog.sources.set(`alias:${record.id}`, file);
			continue;
		}
		if (record.next_type === 'm' && !titles.has(record.next_id)) titles.set(record.next_id, record.text);
		let menu = catalog.menus.get(record.id);
		if (!menu) {
			menu = {id: record.id, title: '', items: []};
			catalog.menus.set(record.id, menu);
			catalog.sources.set(`menu:${record.id}`, file);
		}
		menu.items.push(record);
	}
	for (const menu of catalog.menus.values()) {
		menu.items.sort(bySequence);
		menu.title = menu.id === TOP_MENU ? TOP_TITLE[language] : (titles.get(menu.id) ?? menu.id);
	}
	const options = new Map<string, CommandOption[]>();
	for (const {record} of shown.commandOptions) {
		const group = options.get(record.id) ?? [];
		group.push(record);
		options.set(record.id, group);
	}
	for (const group of options.values()) group.sort(bySequence);
	for (const {file, record} of shown.nameHeaders) {
		const body = options.get(record.option_id)?.find(o => o.id_seq_num === '0');
		if (body) catalog.selectors.set(record.id, {...record, body});
		catalog.sources.set(`selector:${record.id}`, file);
	}
	for (const {file, record} of shown.commandHeaders) {
		const fields = (record.option_id ? (options.get(record.option_id) ?? []) : []).filter(o => o.id_seq_num !== '0');
		catalog.dialogs.set(record.id, {...record, fields});
		catalog.sources.set(`dialog:${record.id}`, file);
	}
	return catalog;
}

/** Open a fast path: an alias first, then a menu, a selector, a dialog. */
export function resolveFastPath(catalog: Catalog, name: string, kind?: 'menu' | 'selector' | 'dialog'): Screen | undefined {
	const alias = kind ? undefined : catalog.aliases.get(name);
	if (alias) return screenFor(catalog, alias.next_id, alias.next_type);
	const menu = catalog.menus.get(name);
	if (menu && (!kind || kind === 'menu')) return {kind: 'menu', id: name, menu};
	const selector = catalog.selectors.get(name);
	if (selector && selector.has_name_select !== 'y' && (!kind || kind === 'selector')) return {kind: 'selector', id: name, selector};
	const dialog = catalog.dialogs.get(name);
	if (dialog && dialog.has_name_select !== 'y' && (!kind || kind === 'dialog')) return {kind: 'dialog', id: name, dialog};
	return undefined;
}

/** The screen an item or selector leads to, by next_id and next_type. */
export function screenFor(catalog: Catalog, id: string, type: string): Screen | undefined {
	if (type === 'm') {
		const menu = catalog.menus.get(id);
		return menu && {kind: 'menu', id, menu};
	}
	if (type === 'n') {
		const selector = catalog.selectors.get(id);
		return selector && {kind: 'selector', id, selector};
	}
	if (type === 'd') {
		const dialog = catalog.dialogs.get(id);
		return dialog && {kind: 'dialog', id, dialog};
	}
	return undefined;
}
