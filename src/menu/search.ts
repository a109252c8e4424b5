/**
 * Finding a screen by what it does: every menu, selector and dialog reachable
 * from top_menu, with the menu path a user takes to it and the fast path
 * that opens it (its own id, or the nearest screen before it that is one),
 * matched against words in its title, its help and its command. Pure: the
 * CLI (`hasmit find`) and the screens search the same index.
 */
import {resolveFastPath, TOP_MENU, type Catalog, type Screen} from './catalog.js';

/** A screen the search can offer. */
export interface ScreenEntry {
	readonly kind: Screen['kind'];
	readonly id: string;
	readonly title: string;
	/** What a user chooses from top_menu to reach it: the menu items, then the selectors' titles and its own. */
	readonly path: readonly string[];
	/** What opens it from the command line (`smitty FASTPATH`), and whether that is the screen itself or one before it. */
	readonly fastPath: string;
	readonly fastPathIsScreen: boolean;
	/** The command a dialog runs, or the list a selector shows. */
	readonly command: string;
	/** Lower-case text of each part, searched. */
	readonly haystack: {readonly title: string; readonly command: string; readonly help: string};
}

/** A screen matched, best first. */
export interface Match {
	readonly entry: ScreenEntry;
	/** Where the words were found, best first: title, command, help. */
	readonly where: 'title' | 'command' | 'help';
}

type Key = `${Screen['kind']}:${string}`;

const kindOf = (type: string): Screen['kind'] => (type === 'm' ? 'menu' : type === 'n' ? 'selector' : 'dialog');

/** The screens a screen leads to, in the order a user sees them; from a menu, with the item's text. */
function linksFrom(catalog: Catalog, kind: Screen['kind'], id: string): Array<{key: Key; item?: string}> {
	if (kind === 'menu')
		return (catalog.menus.get(id)?.items ?? [])
			.filter(item => item.next_type !== 'i')
			.map(item => ({key: `${kindOf(item.next_type)}:${item.next_id}` as Key, item: item.text}));
	const selector = kind === 'selector' ? catalog.selectors.get(id) : undefined;
	if (!selector) return [];
	if (selector.type === 'j' || selector.type === '') return [{key: `${kindOf(selector.next_type)}:${selector.next_id}`}];
	// Types r and c append the chosen value to next_id: every screen named so can follow.
	const prefix = selector.next_id;
	const named = (ids: Iterable<string>, kind: Screen['kind']) =>
		[...ids].filter(next => next.startsWith(prefix) && next !== prefix).map(next => ({key: `${kind}:${next}` as Key}));
	return [...named(catalog.selectors.keys(), 'selector'), ...named(catalog.dialogs.keys(), 'dialog')];
}

function describe(catalog: Catalog, kind: Screen['kind'], id: string, menuHelp: string): {title: string; command: string; help: string} | undefined {
	if (kind === 'menu') {
		const menu = catalog.menus.get(id);
		return menu && {title: menu.title, command: '', help: [menuHelp, ...menu.items.map(item => item.text)].join('\n')};
	}
	if (kind === 'selector') {
		const selector = catalog.selectors.get(id);
		return selector && {title: selector.name, command: selector.body.cmd_to_list, help: [menuHelp, selector.help, selector.body.help].join('\n')};
	}
	const dialog = catalog.dialogs.get(id);
	return (
		dialog && {
			title: dialog.name,
			command: dialog.cmd_to_exec,
			help: [menuHelp, dialog.help, ...dialog.fields.flatMap(f => [f.name, f.help])].join('\n'),
		}
	);
}

/** Every screen reachable from top_menu, by the shortest menu path, in the order a user meets them. */
export function screenIndex(catalog: Catalog): ScreenEntry[] {
	const itemHelp = new Map<string, string>();
	for (const menu of catalog.menus.values()) for (const item of menu.items) if (item.help) itemHelp.set(item.next_id, item.help);
	const entries: ScreenEntry[] = [];
	const seen = new Set<Key>();
	let level: Array<{key: Key; path: readonly string[]; item?: string; fastPath: string}> = [{key: `menu:${TOP_MENU}`, path: [], fastPath: TOP_MENU}];
	seen.add(`menu:${TOP_MENU}`);
	while (level.length > 0) {
		const next: typeof level = [];
		for (const {key, path, item, fastPath: before} of level) {
			const [kind, id] = key.split(/:(.*)/s) as [Screen['kind'], string];
			const text = describe(catalog, kind, id, itemHelp.get(id) ?? '');
			if (!text) continue;
			const isFastPath = resolveFastPath(catalog, id, kind)?.id === id;
			// A selector is a pick from a list: shown in brackets, after the menu item that opens it.
			const here = kind === 'selector' ? [...path, ...(item ? [item] : []), `[${text.title}]`] : [...path, item ?? text.title];
			const fastPath = isFastPath ? id : before;
			entries.push({
				kind,
				id,
				title: text.title,
				path: here,
				fastPath,
				fastPathIsScreen: isFastPath,
				command: text.command,
				haystack: {title: text.title.toLowerCase(), command: text.command.toLowerCase(), help: text.help.toLowerCase()},
			});
			for (const link of linksFrom(catalog, kind, id)) {
				if (seen.has(link.key)) continue;
				seen.add(link.key);
				next.push({...link, path: here, fastPath});
			}
		}
		level = next;
	}
	return entries;
}

const RANK = {title: 0, command: 1, help: 2} as const;

const isAlphanumeric = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));

/** The word starts a word of the text (`move` in "Move a Group" and ".../clRGmove -m", not in "Remove"; `rc.cluster` in "cl_rc.cluster"). */
function hasWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
		if (!isAlphanumeric(text[at - 1]) || !isAlphanumeric(word[0])) return true;
	return false;
}

/**
 * The screens where every word starts a word (case ignored) of the title, the
 * command or the help; those matched by title first, then by command, then
 * by help, each in the order a user meets them.
 */
export function searchScreens(index: readonly ScreenEntry[], words: readonly string[]): Match[] {
	const wanted = words.map(word => word.toLowerCase()).filter(Boolean);
	if (wanted.length === 0) return [];
	const matches: Match[] = [];
	for (const entry of index) {
		const {title, command, help} = entry.haystack;
		const all = `${title}\n${command}\n${help}`;
		if (!wanted.every(word => hasWord(all, word))) continue;
		const where = wanted.every(word => hasWord(title, word)) ? 'title' : wanted.every(word => hasWord(command, word)) ? 'command' : 'help';
		matches.push({entry, where});
	}
	return matches.sort((a, b) => RANK[a.where] - RANK[b.where]);
}
