/**
 * Headless SMIT: a dialog driven through src/menu/dialog.ts equals the same
 * dialog driven through the screens: the same fields and values, the command
 * F6 shows, the same result and the same cluster afterwards.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {isRing, ringValues} from '../../src/menu/build.js';
import {commandLine, fieldChoices, fieldLabel, openFastPath, runDialog, setField, type DialogModel} from '../../src/menu/dialog.js';
import {observe, type ShellResult} from '../../src/command/shell.js';
import type {DialogScreen} from '../../src/ui/screens/types.js';
import {KEY} from '../helpers/keys.js';
import {memoryRunner} from '../helpers/runner.js';
import {accepted, menuCatalog, smitOn} from '../helpers/smit.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

const CTRL_A = '\x01';
const CTRL_U = '\x15';

interface Case {
	fastPath: string;
	/** Selectors on the way take the first value of their list. */
	selectors: number;
	/** Field label → value, in the order the fields come. */
	changes: Array<[string, string]>;
	/** What F6 shows. */
	command: string;
}

const shown = (fields: DialogModel['fields']) => fields.map(f => [fieldLabel(f.option), f.value, f.initial]);
const outcome = ({stdout, stderr, output, code}: Pick<ShellResult, 'stdout' | 'stderr' | 'output' | 'code'>) => ({stdout, stderr, output, code});

/** The dialog driven without screens: each selector takes its list's first value. */
function headless(c: Case) {
	const runner = memoryRunner([]);
	const smit = smitOn(runner);
	const catalog = menuCatalog();
	const picks: string[] = [];
	for (let i = 0, id = c.fastPath; i < c.selectors; i++) {
		const selector = catalog.selectors.get(id)!;
		picks.push(accepted(fieldChoices(selector.body, {}, smit)).find(e => e.selectable)!.value);
		id = selector.next_id;
	}
	let model = accepted(openFastPath(catalog, c.fastPath, smit, picks));
	const opened = shown(model.fields);
	for (const [label, value] of c.changes) model = accepted(setField(model, label, value));
	const run = accepted(runDialog(model, smit));
	const [fields, after] = [shown(model.fields), shown(run.model.fields)];
	return {opened, fields, command: commandLine(model), ran: run.command, result: outcome(run.result!), after, state: runner.session.state};
}

/** The same dialog through the screens: Enter in each selector's list, the changes typed, F6, Enter. */
async function onScreen(c: Case) {
	const runner = memoryRunner([]);
	let result: ShellResult | undefined;
	observe(runner.session, run => void (run.origin === 'tui-dialog' && (result = run.result)));
	const app = renderApp({fastPath: c.fastPath, catalog: menuCatalog(), runner});
	const dialog = () => app.store.getState().stack.at(-1) as DialogScreen;
	const until = async (check: () => boolean) => {
		await vi.waitFor(() => expect(check()).toBe(true), {interval: 2, timeout: 3000});
		await new Promise(resolve => setImmediate(resolve));
	};
	for (let i = 0; i < c.selectors; i++) {
		await until(() => app.store.getState().popups.at(-1)?.kind === 'list');
		app.stdin.write(KEY.ENTER);
	}
	await until(() => dialog()?.kind === 'dialog');
	const opened = shown(dialog().fields);
	for (const [label, value] of c.changes) {
		const at = dialog().fields.findIndex(f => fieldLabel(f.option) === label);
		const moves = at - dialog().cursor;
		app.stdin.write((moves > 0 ? KEY.DOWN : KEY.UP).repeat(Math.abs(moves)));
		await until(() => dialog().cursor === at);
		const {option} = dialog().fields[at]!;
		if (isRing(option)) {
			for (let n = ringValues(option).length; n > 0 && dialog().fields[at]!.value !== value; n--) {
				const before = dialog().fields[at]!.value;
				app.stdin.write(KEY.TAB);
				await until(() => dialog().fields[at]!.value !== before);
			}
		} else app.stdin.write(CTRL_A + CTRL_U + value);
		await until(() => dialog().fields[at]!.value === value);
	}
	const fields = shown(dialog().fields);
	app.stdin.write(KEY.F6);
	await until(() => app.store.getState().popups.at(-1)?.kind === 'text');
	const popup = app.store.getState().popups.at(-1)!;
	const command = popup.kind === 'text' && popup.title === 'SHOW COMMAND STRING' ? popup.text : '';
	app.stdin.write(KEY.F3 + KEY.ENTER);
	await until(() => result !== undefined && /Command: (OK|failed)/.test(app.frame()));
	const under = app.store.getState().stack.find(s => s.kind === 'dialog');
	const after = under && shown(under.fields);
	return {opened, fields, command, ran: runner.lines.at(-1), result: outcome(result!), after, state: runner.session.state};
}

const CASES: Case[] = [
	{
		fastPath: 'clstart',
		selectors: 0,
		changes: [
			['Start now, on system restart or both', 'restart'],
			['Startup Cluster Information Daemon?', 'true'],
		],
		command: "_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-R' -cspoc-n 'node1' '-b' '-i'",
	},
	{
		fastPath: 'cl_mklv_select',
		selectors: 1,
		changes: [
			['Number of LOGICAL PARTITIONS', '10'],
			['Logical volume NAME', 'applv'],
			['Logical volume TYPE', 'jfs2'],
		],
		command: "/usr/es/sbin/cluster/cspoc/fix_args nop cl_mklv -cspoc-n 'node1,node2' -y 'applv' -t 'jfs2' 'datavg' '10'",
	},
	{
		fastPath: 'cm_ch_grp_select',
		selectors: 1,
		changes: [
			['New Resource Group Name', 'rg_main'],
			['Fallback Policy', 'Never Fallback'],
		],
		command: "/usr/es/sbin/cluster/utilities/clchgrp -g 'rg_app' -G 'rg_main' -B 'NFB'",
	},
];

describe('headless SMIT equals SMIT on screen', () => {
	for (const c of CASES) {
		it(`${c.fastPath}: the same fields, values, command, result and cluster`, async () => {
			const expected = headless(c);
			const actual = await onScreen(c);
			expect(actual.opened).toEqual(expected.opened);
			expect(actual.fields).toEqual(expected.fields);
			expect(expected.command).toBe(c.command);
			expect(actual.command).toBe(expected.command);
			expect(actual.ran).toBe(expected.ran);
			expect(actual.result).toEqual(expected.result);
			expect(actual.result.code).toBe(0);
			expect(actual.after).toEqual(expected.after);
			expect(actual.state).toEqual(expected.state);
		});
	}
});
