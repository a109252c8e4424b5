/**
 * F4 in the find box over a menu: the words looked for in every screen
 * (src/menu/search.ts, as `hasmit find`), listed with their fast paths;
 * Enter opens the one chosen, or the selector before it when it can only be
 * reached through one (open.ts). `/` alone keeps SMIT's meaning, find in this list.
 */
import type {Catalog} from '../../menu/catalog.js';
import {type ScreenEntry, screenIndex, searchScreens} from '../../menu/search.js';
import type {ListPopup} from '../popups/types.js';
import {listRows} from '../popups/view.js';
import {createList} from '../widgets/list/index.js';
import type {Env} from './env.js';
import {pushPopup, withMessage, wordsOf} from './messages.js';
import type {AppState} from './state.js';

const indexes = new WeakMap<Catalog, ScreenEntry[]>();

function indexOf(catalog: Catalog): ScreenEntry[] {
	let index = indexes.get(catalog);
	if (!index) indexes.set(catalog, (index = screenIndex(catalog)));
	return index;
}

/** A selector's title is often the same for many ("Select a Resource Group"): it is named after the step before it. */
const label = (entry: ScreenEntry) => (entry.kind === 'selector' && entry.path.length > 1 ? `${entry.path.at(-2)} > ${entry.title}` : entry.title);

/** The screens matching the text, as a list pop-up; a message when none does. */
export function findScreens(state: AppState, env: Env, text: string): AppState {
	const words = text.split(/\s+/).filter(Boolean);
	// Screens opened by the same fast path (a dialog and the selector before it) are one choice here: the best match names it.
	const seen = new Set<string>();
	const matches = searchScreens(indexOf(env.catalog), words).filter(({entry}) => !seen.has(entry.fastPath) && seen.add(entry.fastPath));
	const smitWords = wordsOf(state);
	if (matches.length === 0) return withMessage(state, smitWords.noScreen(text.trim()));
	const items = matches.map(({entry}) => ({text: `${label(entry)}  (${entry.fastPath})`, selectable: true}));
	const list = createList(items, {rows: listRows({multi: false, range: false}, state.size)});
	const popup: ListPopup = {
		kind: 'list',
		title: smitWords.screensWith(words.join(' ')),
		list,
		values: matches.map(({entry}) => entry.fastPath),
		multi: false,
		range: false,
		target: {type: 'screen'},
		help: smitWords.screensHelp,
	};
	return pushPopup(state, popup);
}
