/** `hasmit find WORDS`: the screens whose title, help or command has every word, with their menu path and fast path. */
import {loadCatalog} from '../menu/catalog.js';
import {languageOf, type Language} from '../command/language.js';
import {displayWidth, padToWidth} from '../command/display-width.js';
import {type Match, screenIndex, searchScreens} from '../menu/search.js';
import {MENUS_DIR} from '../paths.js';
import {UsageProblem} from './usage.js';
import {StateFile} from '../store/state-file.js';

export const FIND_USAGE = 'Usage: hasmit find WORD...';

/** The words around a match, in each language (titles and paths come from the catalog in that language). */
const WORDS = {
	en: {
		kind: {menu: 'Menu', selector: 'Selector', dialog: 'Dialog'},
		where: {title: 'its title', command: 'its command', help: 'its help'},
		found: (kind: string, id: string, where: string) => `(${kind} ${id}; found in ${where})`,
		menuPath: 'Menu path:',
		fastPath: 'Fast path:',
		thenSelections: ' (then the selections after it in the menu path)',
		command: 'Command:',
		list: 'List:',
	},
	zh: {
		kind: {menu: '菜单', selector: '选择器', dialog: '对话'},
		where: {title: '标题', command: '命令', help: '帮助'},
		found: (kind: string, id: string, where: string) => `（${kind} ${id}；在其${where}中找到）`,
		menuPath: '菜单路径：',
		fastPath: '快速路径：',
		thenSelections: '（然后选择菜单路径中其后的各项）',
		command: '命令：',
		list: '列表：',
	},
} satisfies Record<Language, unknown>;

/** One match as the user reads it: title, how to get there, what it runs. */
export function describeMatch({entry, where}: Match, language: Language = 'en'): string {
	const words = WORDS[language];
	const label = (text: string) => padToWidth(text, displayWidth(words.menuPath));
	const lines = [
		`${entry.title}  ${words.found(words.kind[entry.kind], entry.id, words.where[where])}`,
		`    ${words.menuPath} ${entry.path.join(' > ')}`,
		`    ${words.fastPath} smitty ${entry.fastPath}${entry.fastPathIsScreen ? '' : words.thenSelections}`,
	];
	if (entry.command) lines.push(`    ${label(entry.kind === 'dialog' ? words.command : words.list)} ${entry.command}`);
	return lines.join('\n');
}

export function findCommand(args: string[]): number {
	if (args.length === 0) throw new UsageProblem(`hasmit find: name what to look for.\n${FIND_USAGE}`);
	// The screens of the release the cluster runs, as SMIT shows them, in the user's language.
	const language = languageOf(process.env);
	const {catalog, problems} = loadCatalog(MENUS_DIR, {release: StateFile.peekRelease(), language});
	for (const problem of problems) process.stderr.write(`${problem}\n`);
	const matches = searchScreens(screenIndex(catalog), args);
	if (matches.length === 0) {
		process.stderr.write(`hasmit find: no screen matches ${args.join(' ')}.\n`);
		return 1;
	}
	process.stdout.write(`${matches.map(match => describeMatch(match, language)).join('\n\n')}\n`);
	return 0;
}
