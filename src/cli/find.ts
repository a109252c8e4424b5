/** `hasmit find WORDS`: the screens whose title, help or command has every word, with their menu path and fast path. */
import {loadCatalog} from '../menu/catalog.js';
import {languageOf} from '../command/language.js';
import {type Match, screenIndex, searchScreens} from '../menu/search.js';
import {MENUS_DIR} from '../paths.js';
import {UsageProblem} from './session.js';

export const FIND_USAGE = 'Usage: hasmit find WORD...';

const KIND = {menu: 'Menu', selector: 'Selector', dialog: 'Dialog'} as const;
const WHERE = {title: 'its title', command: 'its command', help: 'its help'} as const;

/** One match as the user reads it: title, how to get there, what it runs. */
export function describeMatch({entry, where}: Match): string {
	const lines = [
		`${entry.title}  (${KIND[entry.kind]} ${entry.id}; found in ${WHERE[where]})`,
		`    Menu path: ${entry.path.join(' > ')}`,
		`    Fast path: smitty ${entry.fastPath}${entry.fastPathIsScreen ? '' : ' (then the selections after it in the menu path)'}`,
	];
	if (entry.command) lines.push(`    ${entry.kind === 'dialog' ? 'Command:  ' : 'List:     '} ${entry.command}`);
	return lines.join('\n');
}

export function findCommand(args: string[]): number {
	if (args.length === 0) throw new UsageProblem(`hasmit find: name what to look for.\n${FIND_USAGE}`);
	const {catalog, problems} = loadCatalog(MENUS_DIR, languageOf(process.env));
	for (const problem of problems) process.stderr.write(`${problem}\n`);
	const matches = searchScreens(screenIndex(catalog), args);
	if (matches.length === 0) {
		process.stderr.write(`hasmit find: no screen matches ${args.join(' ')}.\n`);
		return 1;
	}
	process.stdout.write(`${matches.map(describeMatch).join('\n\n')}\n`);
	return 0;
}
