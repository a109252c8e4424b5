/** Widget reducers, without Ink. */
import {describe, expect, it} from 'vitest';
import {createField, fieldReducer, fieldView} from '../../src/ui/widgets/field/index.js';
import {createList, listReducer, listView, type ListItem} from '../../src/ui/widgets/list/index.js';
import {createScroll, scrollReducer} from '../../src/ui/widgets/scroll/index.js';
import {lineText} from '../../src/ui/render/line.js';

const items = (n: number, headers = 0): ListItem[] => [
	...Array.from({length: headers}, (_, i) => ({text: `# header ${i}`, selectable: false})),
	...Array.from({length: n}, (_, i) => ({text: `item ${i + 1}`, selectable: true})),
];

describe('list', () => {
	it('starts on the first selectable item and skips headers and blank lines', () => {
		let list = createList(
			[
				{text: '#h', selectable: false},
				{text: 'a', selectable: true},
				{text: '', selectable: false},
				{text: 'b', selectable: true},
			],
			{rows: 5},
		);
		expect(list.cursor).toBe(1);
		list = listReducer(list, {type: 'down'});
		expect(list.cursor).toBe(3);
		list = listReducer(list, {type: 'down'});
		expect(list.cursor).toBe(3);
		list = listReducer(list, {type: 'up'});
		expect(list.cursor).toBe(1);
	});
	it('windows a 2,000-item list: the window follows the cursor, pages, home and end', () => {
		let list = createList(items(2000), {rows: 10});
		for (let i = 0; i < 40; i++) list = listReducer(list, {type: 'down'});
		expect(list.cursor).toBe(40);
		expect(list.top).toBe(31);
		list = listReducer(list, {type: 'page-down'});
		expect(list.cursor).toBe(50);
		list = listReducer(list, {type: 'end'});
		expect([list.cursor, list.top]).toEqual([1999, 1990]);
		list = listReducer(list, {type: 'home'});
		expect([list.cursor, list.top]).toEqual([0, 0]);
		expect(listView(list, 20)).toHaveLength(10);
	});
	it('marks with toggle, finds text and the next match, shows > on marked items', () => {
		let list = createList(items(30), {rows: 5});
		list = listReducer(list, {type: 'toggle'});
		list = listReducer(list, {type: 'find', query: 'ITEM 2'});
		expect(list.cursor).toBe(1);
		list = listReducer(list, {type: 'find-next'});
		expect(list.cursor).toBe(19);
		list = listReducer(list, {type: 'home'});
		expect(listView(list, 20, {marks: true}).map(lineText)[0]).toBe('> item 1');
	});
	it('resizes keeping the cursor in view', () => {
		let list = createList(items(100), {rows: 20});
		for (let i = 0; i < 15; i++) list = listReducer(list, {type: 'down'});
		list = listReducer(list, {type: 'resize', rows: 5});
		expect(list.top).toBe(11);
	});
});

describe('field', () => {
	it('inserts at the cursor, moves, deletes', () => {
		let field = createField('ac');
		field = fieldReducer(field, {type: 'left'});
		field = fieldReducer(field, {type: 'insert', text: 'b'});
		expect(field).toEqual({value: 'abc', cursor: 2});
		field = fieldReducer(field, {type: 'home'});
		field = fieldReducer(field, {type: 'delete'});
		expect(field.value).toBe('bc');
		field = fieldReducer(field, {type: 'end'});
		field = fieldReducer(field, {type: 'backspace'});
		expect(field).toEqual({value: 'b', cursor: 1});
		expect(fieldReducer(field, {type: 'kill'})).toEqual({value: '', cursor: 0});
	});
	it('keeps control characters out, numeric fields to digits and one leading sign, and entry_size', () => {
		expect(fieldReducer(createField(''), {type: 'insert', text: 'a\x1bb\x07c'}).value).toBe('abc');
		expect(fieldReducer(createField(''), {type: 'insert', text: '+1-2a3'}, {numeric: true}).value).toBe('+123');
		expect(fieldReducer(createField('5'), {type: 'insert', text: '-1'}, {numeric: true}).value).toBe('51');
		expect(fieldReducer(createField('ab'), {type: 'insert', text: 'cdef'}, {maxLength: 4}).value).toBe('abcd');
	});
	it('draws the cursor in reverse video, scrolled into view', () => {
		expect(fieldView({value: 'abc', cursor: 1}, 10, true)).toEqual([{text: 'a'}, {text: 'b', inverse: true}, {text: 'c'}]);
		expect(
			fieldView({value: 'abcdefgh', cursor: 8}, 4, true)
				.map(s => s.text)
				.join(''),
		).toBe('<gh ');
		expect(fieldView({value: 'abcdefgh', cursor: 0}, 4, false)).toEqual([{text: 'abc>'}]);
	});
});

describe('scroll', () => {
	it('scrolls within bounds and finds', () => {
		let scroll = createScroll(
			Array.from({length: 50}, (_, i) => `line ${i}`),
			10,
		);
		scroll = scrollReducer(scroll, {type: 'page-down'});
		expect(scroll.top).toBe(10);
		scroll = scrollReducer(scroll, {type: 'end'});
		expect(scroll.top).toBe(40);
		scroll = scrollReducer(scroll, {type: 'find', query: 'line 3'});
		expect(scroll.hit).toBe(3);
		scroll = scrollReducer(scroll, {type: 'find-next'});
		expect(scroll.hit).toBe(30);
		expect(scroll.top).toBe(30);
	});
});
