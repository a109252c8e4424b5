/** The pure renderer: lines, overlays, boxes, legends and whole frames at 80x24 without Ink. */
import {describe, expect, it} from 'vitest';
import {box, scrollMarkers} from '../../src/ui/render/box.js';
import {legend} from '../../src/ui/render/legend.js';
import {WORDS} from '../../src/ui/words.js';
import {center, clean, fit, frameText, lineText, merge, overlay, place, slice, text, toAnsi, wrap, type Line} from '../../src/ui/render/line.js';
import {renderFrame} from '../../src/ui/app/frame.js';
import {handleAction, handleCommand} from '../../src/ui/app/controller.js';
import type {Command} from '../../src/ui/keys/commands.js';
import {startAt} from '../../src/ui/app/open.js';
import {initialState, sizeFor, type AppState} from '../../src/ui/app/state.js';
import type {Env} from '../../src/ui/app/env.js';
import {resolveFastPath} from '../../src/menu/catalog.js';
import {NO_LOG} from '../../src/ui/logs/smit-log.js';
import {fixtureCatalog, memoryRunner} from '../helpers/runner.js';

describe('lines', () => {
	const line: Line = [{text: 'abc'}, {text: 'DEF', inverse: true}, {text: 'gh'}];
	it('slices, fits and places by column, keeping styles', () => {
		expect(slice(line, 2, 5)).toEqual([{text: 'c'}, {text: 'DE', inverse: true}]);
		expect(lineText(fit(line, 10))).toBe('abcDEFgh  ');
		expect(lineText(fit(line, 4))).toBe('abcD');
		expect(place(line, 1, text('XY'))).toEqual([{text: 'aXY'}, {text: 'DEF', inverse: true}, {text: 'gh'}]);
		expect(place(line, 2, text('XY'))).toEqual([{text: 'abXY'}, {text: 'EF', inverse: true}, {text: 'gh'}]);
		expect(lineText(place([], 3, text('x')))).toBe('   x');
	});
	it('merges neighbours with the same style', () => {
		expect(merge([{text: 'a'}, {text: 'b'}, {text: 'c', inverse: true}, {text: ''}, {text: 'd', inverse: true}])).toEqual([
			{text: 'ab'},
			{text: 'cd', inverse: true},
		]);
	});
	it('centres, wraps, cleans control characters and expands tabs', () => {
		expect(lineText(center('abc', 9))).toBe('   abc');
		expect(wrap('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
		expect(wrap('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
		expect(clean('a\tb\x1b[31mc\x07')).toBe('a       b[31mc');
	});
	it('overlays a box onto a screen at a row and column', () => {
		const base = [text('0123456789'), text('0123456789'), text('0123456789')];
		const out = overlay(base, [text('ab'), text('cd')], 1, 4);
		expect(out.map(lineText)).toEqual(['0123456789', '0123ab6789', '0123cd6789']);
	});
	it('draws boxes and scroll markers', () => {
		expect(box([text('hi')], 8).map(lineText)).toEqual(['+------+', '| hi   |', '+------+']);
		expect(scrollMarkers(0, 10, 5)).toEqual({above: '', below: ''});
		expect(scrollMarkers(0, 10, 50)).toEqual({above: '[TOP]', below: '[MORE...40]'});
		expect(scrollMarkers(40, 10, 50)).toEqual({above: '[MORE...40]', below: '[BOTTOM]'});
	});
	it('lays out legends in four columns of 20 at 80 columns', () => {
		expect(legend(WORDS.en.menuKeys, 80).map(lineText)).toEqual([
			'F1=Help             F2=Refresh          F3=Cancel           F8=Image',
			'F9=Shell            F10=Exit            Enter=Do',
		]);
		expect(legend(WORDS.en.dialogKeys, 80)).toHaveLength(3);
	});
	it('writes ANSI reverse video for the first frame', () => {
		expect(toAnsi(line)).toBe('abc\x1b[7mDEF\x1b[27mgh');
	});
});

describe('frames', () => {
	function frameFor(fastPath: string, columns = 80, rows = 24) {
		const catalog = fixtureCatalog();
		const env: Env = {catalog, runner: memoryRunner(), log: NO_LOG, noExec: false, noCommands: false, defer() {}};
		const blank = initialState(sizeFor(columns, rows));
		return renderFrame(startAt(blank, env, resolveFastPath(catalog, fastPath)!));
	}
	it('a menu at 80x24: 23 lines (Ink 6.8 draws one line less than the terminal), the cursor item in reverse video', () => {
		const lines = frameFor('demo');
		expect(lines).toHaveLength(23);
		expect(frameText(lines).split('\n').slice(0, 5)).toEqual([
			`${' '.repeat(35)}Demo Tasks`,
			'',
			'Move cursor to desired item and press Enter.',
			'',
			'  Echo a Message',
		]);
		expect(lines[4]).toEqual([{text: '  '}, {text: 'Echo a Message', inverse: true}]);
		expect(lineText(lines[21]!)).toMatch(/^F1=Help/);
		expect(lineText(lines[22]!)).toMatch(/^F9=Shell/);
	});
	it('a dialog at 80x24: the legend on the last three lines, the focused label in reverse video and the text cursor', () => {
		const lines = frameFor('echo_dlg');
		expect(lines).toHaveLength(23);
		expect(lineText(lines[4]!)).toBe(`${' '.repeat(56)}[Entry Fields]`);
		expect(lines[5]).toEqual([
			{text: '* '},
			{text: 'Message text', inverse: true},
			{text: `${' '.repeat(39)}[`},
			{text: ' ', inverse: true},
			{text: ']'},
		]);
		expect(frameText(lines.slice(20))).toBe(
			[
				'F1=Help             F2=Refresh          F3=Cancel           F4=List',
				'F5=Reset            F6=Command          F7=Edit             F8=Image',
				'F9=Shell            F10=Exit            Enter=Do',
			].join('\n'),
		);
	});
	it('every line fits the width, at several sizes', () => {
		for (const [columns, rows] of [
			[80, 24],
			[100, 30],
			[132, 50],
			[60, 20],
			[40, 10],
			[24, 9],
			[20, 9],
		] as const) {
			for (const fastPath of ['top_menu', 'echo_dlg', 'many_dlg', 'sel_label']) {
				const lines = frameFor(fastPath, columns, rows);
				expect(lines).toHaveLength(rows - 1);
				for (const line of lines) expect(lineText(line).length).toBeLessThanOrEqual(columns);
			}
		}
	});
});

describe('pop-ups on a short screen and long values', () => {
	const catalog = fixtureCatalog();
	const env: Env = {catalog, runner: memoryRunner(), log: NO_LOG, noExec: false, noCommands: false, defer() {}};
	function after(fastPath: string, columns: number, rows: number, ...commands: Command[]) {
		const blank = initialState(sizeFor(columns, rows));
		return commands.reduce((state, command) => handleCommand(state, env, command), startAt(blank, env, resolveFastPath(catalog, fastPath)!));
	}
	/** The rows of the box drawn over the screen, from its top border to its bottom one. */
	function boxRows(state: AppState): string[] {
		const rows = frameText(renderFrame(state)).split('\n');
		const edges = rows.flatMap((row, i) => (/\+-{10,}\+/.test(row) ? [i] : []));
		expect(edges).toHaveLength(2);
		return rows.slice(edges[0], edges[1]! + 1);
	}
	it('every pop-up keeps its borders, title and cursor on screen: the window shrinks, then the legend and the instructions give way', () => {
		for (const [columns, rows] of [
			[40, 10],
			[30, 9],
			[80, 12],
		] as const) {
			const list = boxRows(after('echo_dlg', columns, rows, {type: 'down'}, {type: 'list'}));
			expect(list[1]).toContain('IP label');
			expect(list.join('\n')).toMatch(/127\.0\.0\.1/);
			const help = boxRows(after('echo_dlg', columns, rows, {type: 'help'}));
			expect(help.join('\n')).toContain('The words echo');
			const multi = boxRows(after('big_dlg', columns, rows, {type: 'down'}, {type: 'list'}));
			expect(multi.join('\n')).toContain('item0001');
			const find = boxRows(after('top_menu', columns, rows, {type: 'text', text: '/'}));
			expect(find.join('\n')).toContain('[');
		}
		// At 80x16 the list keeps its legend; at 40x10 it has no room for it.
		expect(boxRows(after('echo_dlg', 80, 16, {type: 'down'}, {type: 'list'})).join('\n')).toContain('F3=Cancel');
		expect(boxRows(after('echo_dlg', 40, 10, {type: 'down'}, {type: 'list'})).join('\n')).not.toContain('F3=Cancel');
	});
	it('the F7 edit box shows the lines around the text cursor of a very long value, with markers', () => {
		const state = after('echo_dlg', 80, 24, {type: 'text', text: `${'a'.repeat(2000)}END`}, {type: 'edit'});
		const rows = boxRows(state);
		expect(rows).toHaveLength(22);
		expect(rows.join('\n')).toContain('[MORE...');
		expect(rows.join('\n')).toContain('aaaaEND');
		expect(rows.at(-2)).toContain('F3=Cancel');
		const home = boxRows(handleCommand(state, env, {type: 'home'}));
		expect(home.join('\n')).not.toContain('END');
		expect(home[3]).toContain('[TOP]');
		expect(home.at(-3)).toMatch(/\[MORE\.\.\.\d+\]/);
	});
	it('a message scrolled to its end stays in view when the screen grows', () => {
		let state = after('echo_dlg', 40, 10, {type: 'command'}, {type: 'end'});
		const top = (s: AppState) => (s.popups[0]?.kind === 'text' ? s.popups[0].top : -1);
		expect(top(state)).toBeGreaterThan(0);
		state = handleAction(state, env, {type: 'resize', size: sizeFor(80, 24)});
		expect(top(state)).toBe(0);
		expect(frameText(renderFrame(state))).toContain("echo '-N' ''");
		// The note above the command wraps like the rest of the text.
		expect(frameText(renderFrame(handleAction(state, env, {type: 'resize', size: sizeFor(40, 24)})))).toContain('| to the application.');
	});
});

describe('a terminal too small for the screens', () => {
	const catalog = fixtureCatalog();
	const env: Env = {catalog, runner: memoryRunner(), log: NO_LOG, noExec: false, noCommands: false, defer() {}};
	const start = (columns: number, rows: number) => startAt(initialState(sizeFor(columns, rows)), env, resolveFastPath(catalog, 'echo_dlg')!);
	it('says so in the room there is, at the size of the terminal', () => {
		for (const [columns, rows] of [
			[19, 24],
			[80, 8],
			[10, 3],
			[1, 1],
		] as const) {
			const lines = renderFrame(start(columns, rows));
			expect(lines).toHaveLength(Math.max(rows - 1, 1));
			for (const line of lines) expect(lineText(line).length).toBeLessThanOrEqual(columns);
		}
		expect(frameText(renderFrame(start(40, 8)))).toBe(
			'The terminal is too small for SMIT: make\nit at least 20 columns by 9 rows. F10\nexits.\n\n\n\n',
		);
	});
	it('only F10, Ctrl-C and F2 act while it is too small (the rest ring the bell); the screens come back as they were when it grows', () => {
		let state = start(30, 6);
		for (const command of [{type: 'text', text: 'typed blind'}, {type: 'do'}, {type: 'shell'}, {type: 'cancel'}, {type: 'list'}] as Command[])
			state = handleCommand(state, env, command);
		expect(state.stack).toHaveLength(1);
		expect(state.popups).toEqual([]);
		expect(state.shell).toBeUndefined();
		expect(state.bell).toBe(5); // each refused key rings
		expect(handleCommand(state, env, {type: 'refresh'}).refresh).toBe(1);
		state = handleAction(state, env, {type: 'resize', size: sizeFor(80, 24)});
		expect(frameText(renderFrame(state))).toContain('[Entry Fields]');
		expect(handleCommand(handleAction(state, env, {type: 'resize', size: sizeFor(30, 6)}), env, {type: 'exit'}).exit).toBe(0);
		expect(handleCommand(start(30, 6), env, {type: 'interrupt'}).exit).toBe(130);
	});
});

describe('the F9 shell', () => {
	it('keeps the last 1,000 lines and draws only what the screen shows, long lines wrapped', () => {
		const catalog = fixtureCatalog();
		const env: Env = {catalog, runner: memoryRunner(), log: NO_LOG, noExec: false, noCommands: false, defer() {}};
		let state = handleCommand(startAt(initialState(sizeFor(80, 24)), env, resolveFastPath(catalog, 'top_menu')!), env, {type: 'shell'});
		const run = (line: string) => {
			state = handleCommand(handleCommand(state, env, {type: 'text', text: line}), env, {type: 'do'});
		};
		for (let i = 0; i < 3; i++) run('lsbig');
		expect(state.shell!.transcript).toHaveLength(1000);
		expect(state.shell!.transcript.at(-1)).toBe('item2000   entry number 2000');
		run(`echo ${'z'.repeat(170)}`);
		const lines = frameText(renderFrame(state)).split('\n');
		expect(lines).toHaveLength(23);
		expect(lines.slice(-7)).toEqual([
			`node1:/# echo ${'z'.repeat(66)}`,
			'z'.repeat(80),
			'z'.repeat(24),
			'z'.repeat(80),
			'z'.repeat(80),
			'z'.repeat(10),
			'node1:/#',
		]);
		expect(lines[0]).toMatch(/^item\d{4} {3}entry number \d+$/);
	});
});
