/** Screens in Chinese at 80x24: labels two columns a character, the [Entry Fields] column and the pop-ups' frames where English has them. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {columns, displayWidth} from '../../src/command/display-width.js';
import {buildCatalog, loadCatalog} from '../../src/menu/catalog.js';
import {fixtureCatalog} from '../helpers/runner.js';
import {KEY} from '../helpers/keys.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

const zh = loadCatalog('menus', {language: 'zh'}).catalog;
const en = loadCatalog('menus').catalog;
/** The test menus (English only) under a Chinese locale: SMIT's own words in Chinese around them. */
const fixturesZh = buildCatalog(fixtureCatalog().records, 'zh');

/** The display column where `text` starts on a line (-1 when absent). */
const columnOf = (line: string, text: string) => (line.includes(text) ? displayWidth(line.slice(0, line.indexOf(text))) : -1);

describe('a dialog in Chinese at 80x24', () => {
	it('keeps every value, ring value and marker in the columns the English dialog has them', async () => {
		const chinese = renderApp({catalog: zh, fastPath: 'clstart'});
		await chinese.settle('启动集群服务');
		const english = renderApp({catalog: en, fastPath: 'clstart'});
		await english.settle('Start Cluster Services');
		const [zhRows, enRows] = [chinese.frame().split('\n'), english.frame().split('\n')];
		const header = zhRows.findIndex(line => line.includes('[输入字段]'));
		expect(columnOf(zhRows[header]!, '[输入字段]')).toBe(56);
		expect(zhRows[header + 1]).toMatch(/^\* 现在、系统重新启动时或两者都启动/);
		// Left of column 53 the labels differ; from it on (the value column and the markers) the two dialogs are the same.
		for (let row = header + 1; row < header + 9; row++) expect(columns(zhRows[row]!, 53)).toBe(columns(enRows[row]!, 53));
		expect(columnOf(zhRows[header + 2]!, '[node1]')).toBe(53);
		expect(columnOf(zhRows[header + 2]!, '+')).toBe(77);
		for (const line of zhRows) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('cuts a label longer than its column by display width, never into the value column (52 columns)', async () => {
		const chinese = renderApp({catalog: zh, fastPath: 'clstart', columns: 52});
		await chinese.settle('启动集群服务');
		const english = renderApp({catalog: en, fastPath: 'clstart', columns: 52});
		await english.settle('Start Cluster Services');
		const [zhRows, enRows] = [chinese.frame().split('\n'), english.frame().split('\n')];
		const header = zhRows.findIndex(line => line.includes('[输入字段]'));
		// The label column is 27 wide: 13 characters take 26, the 14th (都) would straddle its edge and is left out.
		expect(zhRows[header + 1]!.slice(0, 16)).toBe('* 现在、系统重新启动时或两者 ');
		for (let row = header + 1; row < header + 9; row++) expect(columns(zhRows[row]!, 30)).toBe(columns(enRows[row]!, 30));
		for (const line of zhRows) expect(displayWidth(line)).toBeLessThanOrEqual(52);
	});
});

describe('pop-ups over Chinese text at 80x24', () => {
	/** The box's rows, from its top edge to its bottom edge, each with its left and right edge in the top edge's columns. */
	function expectFramed(frame: string) {
		const rows = frame.split('\n');
		const edges = rows.flatMap((line, i) => (/\+-{10,}\+/.test(line) ? [i] : []));
		expect(edges).toHaveLength(2);
		const [top, bottom] = edges as [number, number];
		const left = columnOf(rows[top]!, '+-');
		const right = displayWidth(rows[top]!.trimEnd()) - 1;
		expect(columnOf(rows[bottom]!, '+-')).toBe(left);
		for (const line of rows.slice(top + 1, bottom)) {
			expect(columns(line, left, left + 1)).toBe('|');
			expect(columns(line, right, right + 1)).toBe('|');
		}
	}

	/** Start Cluster Services in Chinese, the cursor on its fourth field (启动集群信息守护进程？, a ring). */
	async function onStartupClinfo() {
		const app = renderApp({catalog: zh, fastPath: 'clstart'});
		await app.settle('启动集群服务');
		for (let field = 0; field < 3; field++) await app.press(KEY.DOWN, '启动集群服务');
		return app;
	}

	it('F1 help wraps Chinese by display width inside its frame', async () => {
		const app = await onStartupClinfo();
		await app.press(KEY.F1, 'startsrc -s clinfoES');
		expectFramed(app.frame());
		expect(app.frame()).toContain('启动集群信息守护进程？');
		// The explanation of the field's flags follows the screens' language.
		expect(app.frame()).toContain('每个值为 cl_rc.cluster 提供一个标志（或不提供）：');
	});

	it('an F4 list keeps its frame over the Chinese labels it covers', async () => {
		// Add a Delayed Fallback Timer Policy: the box over Recurrence's list covers the Chinese labels of the fields below it.
		const app = renderApp({catalog: zh, fastPath: 'cm_add_fbtimer'});
		await app.settle('添加延迟回退计时器策略');
		await app.press(KEY.DOWN, '添加延迟回退计时器策略');
		await app.press(KEY.F4, 'monthly');
		const frame = app.frame();
		expectFramed(frame);
		// The rows the box covers keep what is left of it: half a wide character cut by the edge becomes a blank.
		for (const line of frame.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(frame.split('\n').find(line => line.includes('monthly') && line.includes('|'))).toMatch(/^\s+\|\s+monthly\s+\|$/);
	});

	it('a menu of Chinese items with its F1 help', async () => {
		const app = renderApp({catalog: zh, fastPath: 'cl_admin'});
		await app.settle('管理 HACMP 服务');
		await app.press(KEY.F1, '从本节点在一个或多个节点上启动和停止集群服务');
		expectFramed(app.frame());
	});
});

describe("SMIT's own words in Chinese at 80x24", () => {
	/** Each legend row's keys, with the display column each starts at. */
	const keysAt = (line: string) => [...line.matchAll(/\S+/g)].map(m => [m[0], displayWidth(line.slice(0, m.index))] as const);

	it('a menu: its instruction and its legend in four columns of 20, as the English', async () => {
		const app = renderApp({catalog: zh, fastPath: 'cl_admin'});
		await app.settle('管理 HACMP 服务');
		const rows = app.frame().split('\n');
		expect(rows[2]).toBe('将光标移到所需的项，然后按 Enter 键。');
		expect(keysAt(rows[21]!)).toEqual([
			['F1=帮助', 0],
			['F2=刷新', 20],
			['F3=取消', 40],
			['F8=映像', 60],
		]);
		expect(keysAt(rows[22]!)).toEqual([
			['F9=Shell', 0],
			['F10=退出', 20],
			['Enter=执行', 40],
		]);
		expect(app.frame()).not.toMatch(/Move cursor|F1=Help|Enter=Do/);
	});

	it('a dialog: its instructions, [输入字段] over the value column and the legend, every row within 80 columns', async () => {
		const app = renderApp({catalog: zh, fastPath: 'clstart'});
		await app.settle('启动集群服务');
		const rows = app.frame().split('\n');
		expect(rows.slice(1, 3)).toEqual(['在输入字段中输入或选择值。', '完成所有需要的更改后按 Enter 键。']);
		expect(columnOf(rows[4]!, '[输入字段]')).toBe(56);
		expect(rows.slice(20).map(keysAt)).toEqual([
			[
				['F1=帮助', 0],
				['F2=刷新', 20],
				['F3=取消', 40],
				['F4=列表', 60],
			],
			[
				['F5=复位', 0],
				['F6=命令', 20],
				['F7=编辑', 40],
				['F8=映像', 60],
			],
			[
				['F9=Shell', 0],
				['F10=退出', 20],
				['Enter=执行', 40],
			],
		]);
		for (const line of rows) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('COMMAND STATUS after a command: 命令：正常 and the streams in their columns, the note and the legend', async () => {
		const app = renderApp({catalog: zh, fastPath: 'clstart'});
		await app.settle('启动集群服务');
		await app.press(KEY.ENTER, '命令：正常');
		const rows = app.frame().split('\n');
		expect(rows[0]!.trim()).toBe('命令状态');
		expect(columnOf(rows[2]!, '命令：正常')).toBe(0);
		expect(columnOf(rows[2]!, 'stdout: 是')).toBe(23);
		expect(columnOf(rows[2]!, 'stderr: 否')).toBe(45);
		expect(rows[4]).toBe('在命令完成之前，下面可能会出现其他指示信息。');
		expect(keysAt(rows[22]!)).toEqual([['n=查找下一个', 0]]);
		// What the command printed stays as AIX prints it.
		expect(app.frame()).toContain('node1: Verifying Cluster Configuration Prior to Starting Cluster Services.');
	});

	it('an F4 list: its instruction and its legend in three columns inside the frame', async () => {
		const app = renderApp({catalog: zh, fastPath: 'clstart'});
		await app.settle('启动集群服务');
		await app.press(KEY.F4, 'restart');
		const rows = app.frame().split('\n');
		const at = (text: string) => rows.find(line => line.includes(text))!;
		expect(at('将光标移到所需的项')).toMatch(/^ {2}\| 将光标移到所需的项，然后按 Enter 键。 +\|$/);
		// From the box's left edge (column 2) on: 72 columns inside, 24 to a key.
		expect(keysAt(columns(at('F1=帮助'), 2))).toEqual([
			['|', 0],
			['F1=帮助', 2],
			['F2=刷新', 26],
			['F3=取消', 50],
			['|', 75],
		]);
		expect(keysAt(columns(at('/=查找'), 2))).toEqual([
			['|', 0],
			['/=查找', 2],
			['n=查找下一个', 26],
			['|', 75],
		]);
	});

	it('ARE YOU SURE? and the pop-ups SMIT opens are in Chinese over screens whose menus have no translation', async () => {
		const app = renderApp({catalog: fixturesZh, fastPath: 'rm_dlg'});
		await app.settle('Remove a Message');
		await app.press(KEY.ENTER, '确实要继续吗？');
		expect(app.frame()).toContain('| 继续操作可能会删除您想保留的信息。');
		expect(app.frame()).toContain('|      按“取消”返回应用程序。');
		await app.press(KEY.F3, '[输入字段]');
		await app.press(KEY.F6, '显示命令字符串');
		expect(app.frame()).toContain('按 Enter 键或“取消”返回应用程序。');
		await app.press(KEY.F3 + KEY.F8, '当前快速路径：');
		await app.press(KEY.F3 + KEY.F9, '输入 exit 返回 SMIT。命令在模拟集群上运行。');
		await app.press(`smitty nosuch${KEY.ENTER}`, '1800-106 找不到快速路径“nosuch”。');
	});

	it("SMIT's checks before a run say what is wrong in Chinese", async () => {
		const app = renderApp({catalog: fixturesZh, fastPath: 'echo_dlg'});
		await app.settle('Message text');
		await app.press(KEY.ENTER, '错误消息');
		expect(app.frame()).toContain('| 此输入字段需要一个值：');
		expect(app.frame()).toContain('|   Message text');
		expect(app.runner.lines).toEqual([]);
	});
});

describe('the F7 edit box over a Chinese value', () => {
	/** Start Cluster Services in Chinese, its node field holding 60 Chinese characters (120 columns), in the edit box. */
	async function editing() {
		const app = renderApp({catalog: zh, fastPath: 'clstart'});
		await app.settle('启动集群服务');
		await app.press(KEY.DOWN, '启动集群服务');
		await app.press('\x15', '启动集群服务');
		await app.press('中'.repeat(60), '中中中');
		await app.press(KEY.F7, '编辑值，然后按 Enter 键将它放入输入字段。');
		return app;
	}
	const value = (app: Awaited<ReturnType<typeof editing>>) => {
		const [screen] = app.store.getState().stack;
		return screen?.kind === 'dialog' ? screen.fields[1]!.value : '';
	};

	it('Up goes to the same display column of the line above: 36 characters a line of 72 columns', async () => {
		const app = await editing();
		// The cursor is after the 24 characters of the second line (48 columns): Up puts it after the 24th of the first.
		await app.press(`${KEY.UP}X`, 'X');
		await app.press(KEY.ENTER, '[输入字段]');
		expect(value(app)).toBe(`${'中'.repeat(24)}X${'中'.repeat(36)}`);
	});

	it('Down likewise, from the fifth character of the first line to the fifth of the second', async () => {
		const app = await editing();
		await app.press(`${KEY.HOME}${KEY.RIGHT.repeat(5)}${KEY.DOWN}Y`, 'Y');
		await app.press(KEY.ENTER, '[输入字段]');
		expect(value(app)).toBe(`${'中'.repeat(41)}Y${'中'.repeat(19)}`);
	});
});
