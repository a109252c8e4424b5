/** The menu screen: the title, "Move cursor to desired item and press Enter.", the items and the legend. */
import type {Menu} from '../../menu/catalog.js';
import {scrollMarkers} from '../render/box.js';
import {text, type Line} from '../render/line.js';
import {createList, listReducer, listView, type ListItem} from '../widgets/list/index.js';
import {WORDS, type Words} from '../words.js';
import {assemble, screenFrame} from './layout.js';
import type {MenuScreen, Size} from './types.js';

/** `words`: the screen's language; the rows a frame leaves are the same in every language (words.ts). */
function frameFor(menu: Menu, size: Size, words: Words = WORDS.en) {
	return screenFrame(menu.title, words.menuInstructions, words.menuKeys, size.width, size.height);
}

/** Items as list entries: `i` items (blank lines, information) cannot be selected. */
function menuItems(menu: Menu): ListItem[] {
	return menu.items.map(item => ({text: item.text.split('\n')[0] ?? '', selectable: item.next_type !== 'i'}));
}

export function createMenuScreen(menu: Menu, size: Size): MenuScreen {
	return {kind: 'menu', id: menu.id, menu, list: createList(menuItems(menu), {rows: frameFor(menu, size).bodyRows})};
}

export function resizeMenu(screen: MenuScreen, size: Size): MenuScreen {
	return {...screen, list: listReducer(screen.list, {type: 'resize', rows: frameFor(screen.menu, size).bodyRows})};
}

export function menuView(screen: MenuScreen, size: Size, focused: boolean, words: Words): Line[] {
	const frame = frameFor(screen.menu, size, words);
	const {above, below} = scrollMarkers(screen.list.top, screen.list.rows, screen.list.items.length);
	const body = listView(screen.list, size.width, {indent: 2, focused});
	return assemble(frame, text(above), body, text(below), size.height);
}
