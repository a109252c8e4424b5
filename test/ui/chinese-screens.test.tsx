/** Screens in Chinese at 80x24: labels two columns a character, the [Entry Fields] column and the pop-ups' frames where English has them. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {columns, displayWidth} from '../../src/command/display-width.js';
import {loadCatalog} from '../../src/menu/catalog.js';
import {KEY} from '../helpers/keys.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

const zh = loadCatalog('menus', {language: 'zh'}).catalog;
const en = loadCatalog('menus').catalog;

/** The display column where `text` starts on a line (-1 when absent). */
const columnOf = (line: string, text: string) => (line.includes(text) ? displayWidth(line.slice(0, line.indexOf(text))) : -1);

describe('a dialog in Chinese at 80x24', () => {
	it('keeps every value, ring value and marker in the columns the English dialog has them', async () => {
		const chinese = renderApp({catalog: zh, fastPath: 'clstart'});
		await chinese.settle('启动集群服务');
		const english = renderApp({catalog: en, fastPath: 'clstart'});
		await english.settle('Start Cluster Services');
		const [zhRows, enRows] = [chinese.frame().split('\n'), english.frame().split('\n')];
		const header = zhRows.findIndex(line => line.includes('[Entry Fields]'));
		expect(columnOf(zhRows[header]!, '[Entry Fields]')).toBe(56);
		expect(zhRows[header + 1]).toMatch(/^\* 现在、系统重新启动时或两者都启动/);
		// Left of column 53 the labels differ; from it on (the value column and the markers) the two dialogs are the same.
		for (let row = header; row < header + 9; row++) expect(columns(zhRows[row]!, 53)).toBe(columns(enRows[row]!, 53));
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
		const header = zhRows.findIndex(line => line.includes('[Entry Fields]'));
		// The label column is 27 wide: 13 characters take 26, the 14th (都) would straddle its edge and is left out.
		expect(zhRows[header + 1]!.slice(0, 16)).toBe('* 现在、系统重新启动时或两者 ');
		for (let row = header; row < header + 9; row++) expect(columns(zhRows[row]!, 30)).toBe(columns(enRows[row]!, 30));
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
