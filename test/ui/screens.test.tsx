/** Screen tests: menus, dialogs, fields, lists and pop-ups, as a user sees them at 80x24. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

/** The screen line that contains `text`. */
const lineWith = (frame: string, text: string) => frame.split('\n').find(l => l.includes(text)) ?? '';

describe('menus', () => {
	it('moves, opens an item, goes back with F3 and leaves from the top', async () => {
		const app = renderApp();
		await app.settle('Move cursor to desired item and press Enter.');
		expect(app.frame().split('\n')[0]).toBe(`${' '.repeat(31)}System Management`);
		expect(app.frame()).toContain('F9=Shell            F10=Exit            Enter=Do');
		await app.press(KEY.DOWN, 'More Tasks');
		await app.press(KEY.UP, 'Demo Tasks');
		await app.press(KEY.ENTER, 'Echo a Message');
		expect(app.frame()).toContain('Remove a Message (asks first)');
		await app.press(KEY.DOWN, 'Echo a Message');
		await app.press(KEY.DOWN, 'Echo a Message');
		await app.press(KEY.ENTER, 'File to show'); // the third item: "Run a Command That Fails"
		await app.press(KEY.F3, 'Demo Tasks');
	});
	it('skips blank items and leaves SMIT when F3 is pressed on the first screen', async () => {
		const app = renderApp();
		await app.settle('Demo Tasks');
		await app.press(KEY.DOWN, 'More Tasks');
		await app.press(KEY.ENTER, 'Many Fields');
		await app.press(KEY.F3, 'System Management');
		app.stdin.write(KEY.F3);
		await expect.poll(() => app.store.getState().exit).toBe(0);
	});
	it('F1 shows the help of the item under the cursor', async () => {
		const app = renderApp();
		await app.settle('Demo Tasks');
		await app.press(KEY.F1, 'Dialogs, selectors and ghosts to try the SMIT engine on.');
		await app.press(KEY.F3, /^(?![\s\S]*Dialogs, selectors)/);
	});
});

describe('dialogs', () => {
	it('lays out fields: * required, [ ] entry fields, bare rings, markers, two-line labels', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		const frame = app.frame();
		expect(lineWith(frame, '[Entry Fields]')).toBe(`${' '.repeat(56)}[Entry Fields]`);
		expect(lineWith(frame, 'Message text')).toMatch(/^\* Message text {39}\[ ?\]$/);
		expect(lineWith(frame, 'IP label')).toBe(`  IP label${' '.repeat(43)}[]${' '.repeat(22)}+`);
		expect(lineWith(frame, 'Start now')).toBe(`* Start now, on system restart or both${' '.repeat(16)}now${' '.repeat(20)}+`);
		expect(lineWith(frame, 'Count')).toMatch(/^ {2}Count {46}\[\] {22}#$/);
		expect(lineWith(frame, 'Mask')).toMatch(/X$/);
		expect(lineWith(frame, 'Log file')).toMatch(/\[\/tmp\/echo\.log\] +\/$/);
		expect(frame).toContain('  Automatically correct errors found during           No');
		expect(frame).toContain('\n  cluster start?\n');
		expect(frame).toContain('F1=Help             F2=Refresh          F3=Cancel           F4=List');
		expect(frame).toContain('F5=Reset            F6=Command          F7=Edit             F8=Image');
	});
	it('types into a field with cursor movement; numeric fields take digits and a sign; entry_size is the limit', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press('helo', '[helo');
		await app.press(KEY.LEFT, '[helo');
		await app.press('l', '[hello');
		await app.press(KEY.HOME, '[hello');
		await app.press('>', '[>hello');
		await app.press(KEY.END + KEY.BACKSPACE, /\[>hell ?\]/);
		for (let i = 0; i < 3; i++) await app.press(KEY.DOWN, 'Count');
		await app.press('x-1a2+3456', /Count +\[-123/);
		expect(app.store.getState().stack[0]).toMatchObject({fields: expect.arrayContaining([expect.objectContaining({value: '-123'})])});
	});
	it('Tab and Shift-Tab cycle a ring; F6 shows its aix value', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press('hello', '[hello');
		await app.press(KEY.DOWN + KEY.DOWN, 'Start now');
		await app.press(KEY.TAB, /Start now, on system restart or both +restart/);
		await app.press(KEY.TAB, /or both +both/);
		await app.press(KEY.TAB, /or both +now/);
		await app.press(KEY.BTAB, /or both +both/);
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		expect(app.frame()).toContain("echo '-B' 'hello'");
	});
	it('F4 picks one value from a list', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press(KEY.DOWN, 'IP label');
		await app.press(KEY.F4, 'Move cursor to desired item and press Enter.');
		const frame = app.frame();
		expect(frame).toContain('# /etc/hosts'); // the header line is shown, not selectable
		expect(frame).toContain('/=Find                  n=Find Next');
		await app.press(KEY.DOWN, 'node1_boot1');
		await app.press(KEY.ENTER, /IP label +\[node1_boot1/);
		expect(app.frame()).not.toContain('Find Next');
	});
	it('F4 and F7 select several values in a multi-select list', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		for (let i = 0; i < 5; i++) await app.press(KEY.DOWN, 'Labels for the group');
		await app.press(KEY.F4, 'ONE OR MORE items can be selected.');
		const frame = app.frame();
		expect(frame).toContain('Move cursor to desired item and press F7.');
		expect(frame).toContain('Press Enter AFTER making all selections.');
		expect(frame).toContain('F7=Select');
		await app.press(KEY.F7, /\| > 192\.168\.10\.11 +node1_boot1/);
		await app.press(KEY.DOWN + KEY.DOWN, '192.168.10.12');
		await app.press(KEY.F7, /\| > 192\.168\.10\.12/);
		await app.press(KEY.ENTER, /Labels for the group +\[<1_boot1,node2_boot1/);
		await app.press(KEY.F6, "-g 'node1_boot1,node2_boot1'");
	});
	it('F6 shows exactly the string Enter runs', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press("it's $HOME; ok", "[it's $HOME; ok");
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		const shown = "echo '-N' 'it'\\''s $HOME; ok'";
		expect(app.frame()).toContain(shown);
		await app.press(KEY.ENTER, '[Entry Fields]');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines.at(-1)).toBe(shown);
		expect(app.frame()).toContain("-N it's $HOME; ok");
	});
	it('F1 shows the help of the field under the cursor', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press(KEY.F1, 'The words echo prints.');
		await app.press(KEY.ENTER, '[Entry Fields]');
		await app.press(KEY.DOWN + KEY.DOWN + KEY.F1, 'Echo prints its arguments.'); // no field help: the dialog's
	});
	it('F5 restores the default or discovered value', async () => {
		const app = renderApp({fastPath: 'disc_dlg'});
		await app.settle('Discovered Values');
		expect(app.frame()).toMatch(/Name +\[alpha/);
		expect(app.frame()).toMatch(/Size +\[42\]/);
		expect(app.frame()).toMatch(/Mode +slow/); // discovered aix value -s shown as its ring value
		expect(app.frame()).toMatch(/Note +\[a:b\]/); // #!: is an escaped colon
		await app.press(`${KEY.BACKSPACE + KEY.BACKSPACE}xy`, '[alpxy');
		await app.press(KEY.F5, /Name +\[alpha/);
		await app.press(KEY.F6, "echo -s '42'"); // unchanged values are not sent unless required is y
	});
	it('F7 opens an edit box for a long value', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press(KEY.F7, 'Edit the value, then press Enter');
		await app.press('a'.repeat(100), 'a'.repeat(72));
		await app.press(KEY.ENTER, /Message text +\[<a+/);
		const dialog = app.store.getState().stack[0];
		expect(dialog?.kind === 'dialog' && dialog.fields[0]!.value).toBe('a'.repeat(100));
	});
	it('shows [TOP] and [MORE...n] when the fields do not fit, and scrolls', async () => {
		const app = renderApp({fastPath: 'many_dlg'});
		await app.settle('Field one');
		expect(lineWith(app.frame(), '[Entry Fields]')).toMatch(/^\[TOP\]/);
		expect(app.frame()).toContain('[MORE...4]');
		for (let i = 0; i < 17; i++) app.stdin.write(KEY.DOWN);
		await app.settle('Field eighteen');
		expect(lineWith(app.frame(), '[Entry Fields]')).toMatch(/^\[MORE\.\.\.4\]/);
		expect(app.frame()).toContain('[BOTTOM]');
	});
	it('uses more room on a larger terminal', async () => {
		const app = renderApp({fastPath: 'many_dlg', columns: 100, rows: 40});
		await app.settle('Field eighteen');
		expect(app.frame()).not.toContain('[MORE');
		expect(lineWith(app.frame(), '[Entry Fields]')).toBe(`${' '.repeat(66)}[Entry Fields]`);
		expect(app.frame()).toContain('F1=Help                  F2=Refresh               F3=Cancel');
	});
});

describe('refusing to run', () => {
	it('an empty required field: ERROR MESSAGE, nothing runs, the values stay', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press(KEY.DOWN + KEY.DOWN + KEY.TAB, /or both +restart/);
		await app.press(KEY.ENTER, 'ERROR MESSAGE');
		expect(app.frame()).toContain('A value is required for this entry field:');
		expect(app.frame()).toContain('Message text');
		await app.press(KEY.ENTER, /or both +restart/);
		expect(app.runner.lines).toEqual([]);
	});
	it('a value that is not a number, bad hexadecimal, a value longer than entry_size', async () => {
		const app = renderApp({fastPath: 'bad_values_dlg'});
		await app.settle('Values SMIT Refuses');
		await app.press(KEY.ENTER, '"12a" is not a number.');
		await app.press(KEY.F3, 'Values SMIT Refuses');
		await app.press(KEY.BACKSPACE, /Number +\[12/);
		await app.press(KEY.ENTER, 'hold at most 3');
		await app.press(`${KEY.F3 + KEY.DOWN}\x15ok`, /Short value +\[ok/);
		await app.press(KEY.ENTER, 'Command: OK');
		const echo = renderApp({fastPath: 'echo_dlg'});
		await echo.settle('[Entry Fields]');
		await echo.press(`m${KEY.DOWN.repeat(4)}zz`, /Mask +\[zz/);
		await echo.press(KEY.ENTER, '"zz" is not a hexadecimal number.');
	});
});

describe('ARE YOU SURE?', () => {
	it('asks before a dialog with ask=y runs; Cancel runs nothing', async () => {
		const app = renderApp({fastPath: 'rm_dlg'});
		await app.settle('Remove a Message');
		await app.press(KEY.ENTER, 'ARE YOU SURE?');
		expect(app.frame()).toContain('Continuing may delete information you may want');
		expect(app.frame()).toContain('Press Cancel to return to the application.');
		await app.press(KEY.F3, /^(?![\s\S]*ARE YOU SURE)/);
		expect(app.runner.lines).toEqual([]);
		await app.press(KEY.ENTER, 'ARE YOU SURE?');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines).toEqual(["echo removed 'old'"]);
	});
});
