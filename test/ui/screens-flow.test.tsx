/** Screen tests: selectors, ghosts, COMMAND STATUS, the F9 shell, F8 and the logs, key bursts and pastes. */
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {resolveFastPath} from '../../src/menu/catalog.js';
import {createSmitLog, NO_LOG} from '../../src/ui/logs/smit-log.js';
import {startAt} from '../../src/ui/app/open.js';
import {initialState, sizeFor} from '../../src/ui/app/state.js';
import {createStore} from '../../src/ui/app/store.js';
import {App} from '../../src/ui/ink/app.js';
import {fixtureCatalog, memoryRunner} from '../helpers/runner.js';
import {KEY} from '../helpers/keys.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

function tempLog(options: {verbose?: boolean} = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'hasmit-log-'));
	const files = {logFile: join(dir, 'smit.log'), scriptFile: join(dir, 'smit.script')};
	const log = createSmitLog({...files, verbose: options.verbose ?? false, trace: false, now: () => Date.UTC(2026, 10, 21, 23, 25, 56)});
	const read = (file: string) => {
		try {
			return readFileSync(file, 'utf8');
		} catch {
			return '';
		}
	};
	return {log, smitLog: () => read(files.logFile), smitScript: () => read(files.scriptFile)};
}

describe('selectors', () => {
	it('type j: F4 picks the name, Enter opens the dialog with it (_rawname through discover)', async () => {
		const app = renderApp({fastPath: 'sel_label'});
		await app.settle('Show an IP Label');
		expect(app.frame()).toMatch(/^\* IP label +\[ ?\] +\+$/m);
		await app.press(KEY.F4, 'Move cursor to desired item and press Enter.');
		await app.press(KEY.DOWN, '192.168.10.11');
		await app.press(KEY.ENTER, /IP label +\[node1_boot1/);
		await app.press(KEY.ENTER, 'File');
		expect(app.frame()).toMatch(/IP label +node1_boot1/);
		await app.press(KEY.F6, "grep 'node1_boot1' '/etc/hosts'");
		await app.press(KEY.ENTER + KEY.ENTER, 'Command: OK');
		expect(app.frame()).toMatch(/192\.168\.10\.11\s+node1_boot1/);
		await app.press(KEY.F3, 'File');
		await app.press(KEY.F3, /IP label +\[node1_boot1/); // back to the selector, its value kept
	});
	it('an empty required selector value is refused', async () => {
		const app = renderApp({fastPath: 'sel_label'});
		await app.settle('Show an IP Label');
		await app.press(KEY.ENTER, 'A value is required for this entry field:');
	});
	it('type r: the next screen is next_id followed by the value', async () => {
		const app = renderApp({fastPath: 'kind_sel'});
		await app.settle('Choose a Kind');
		await app.press(KEY.TAB, /Kind +net/);
		await app.press(KEY.ENTER, 'Network Kind');
		expect(app.frame()).toMatch(/Kind +net/);
	});
	it('type c: cmd_to_classify turns the value into the cooked name', async () => {
		const app = renderApp({fastPath: 'class_sel'});
		await app.settle('Classify a Kind');
		await app.press(KEY.ENTER, 'Disk Kind');
		expect(app.frame()).toMatch(/Kind +disk/);
		expect(app.runner.lines).toEqual(["echo 'disk'"]);
	});
	it('a ghost selector shows only its list, over the menu it was chosen from', async () => {
		const app = renderApp({fastPath: 'demo'});
		await app.settle('Echo a Message');
		for (let i = 0; i < 5; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.ENTER, 'Boot label');
		expect(app.frame()).toContain('Demo Tasks'); // the menu is still underneath
		expect(app.frame()).not.toContain('[Entry Fields]');
		await app.press(KEY.ENTER, 'Show an IP Label');
		expect(app.frame()).toMatch(/IP label +node1_boot1/);
		await app.press(KEY.F3, 'Pick a Boot Label (ghost selector)'); // back to the menu: the ghost was never a screen
	});
});

describe('ghost dialogs and exec modes', () => {
	it('a ghost dialog runs at once', async () => {
		const app = renderApp({fastPath: 'demo'});
		await app.settle('Echo a Message');
		for (let i = 0; i < 4; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.frame()).toContain('Sat Nov 21 12:00:00 UTC 2026');
		await app.press(KEY.F3, 'Demo Tasks');
	});
	it('a ghost dialog that asks, opened by fast path', async () => {
		const app = renderApp({fastPath: 'ghost_ask_dlg'});
		await app.settle('ARE YOU SURE?');
		await app.press(KEY.ENTER, 'ghost ran');
		app.stdin.write(KEY.F3);
		await expect.poll(() => app.store.getState().exit).toBe(0);
	});
	it('exec_mode P returns to the nearest earlier menu after a success', async () => {
		const app = renderApp({fastPath: 'demo'});
		await app.settle('Echo a Message');
		for (let i = 0; i < 7; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.ENTER, 'Echo and Return');
		await app.press('hi', '[hi');
		app.stdin.write(KEY.ENTER);
		await expect.poll(() => app.store.getState().stack.length).toBe(1);
		await app.settle('Demo Tasks');
		expect(app.runner.lines).toEqual(["echo 'hi'"]);
	});
	it('uppercase op_type clears its field after a successful run', async () => {
		const app = renderApp({fastPath: 'clear_dlg'});
		await app.settle('Fields Cleared After a Run');
		await app.press(`one${KEY.DOWN}two`, '[two');
		await app.press(KEY.ENTER, 'Command: OK');
		await app.press(KEY.F3, /Kept text +\[two/);
		expect(app.frame()).toMatch(/Cleared text +\[ ?\]/);
	});
});

describe('COMMAND STATUS', () => {
	it('shows running then OK, stdout and stderr, and scrolls with [TOP] / [MORE...n]', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		app.stdin.write(`hello${KEY.ENTER}`);
		await app.settle('Command: running');
		await app.settle(/Command: OK {12}stdout: yes {11}stderr: no/);
		expect(app.frame()).toContain('Before command completion, additional instructions may appear below.');
		expect(app.frame()).toContain('F1=Help             F2=Refresh          F3=Cancel           F6=Command');
		expect(app.frame()).toContain('F8=Image            F9=Shell            F10=Exit            /=Find');
		expect(app.frame()).toContain('\nn=Find Next');
		await app.press(KEY.F6, "echo '-N' 'hello'");
	});
	it('a failing command: failed, stderr yes, its message', async () => {
		const app = renderApp({fastPath: 'fail_dlg'});
		await app.settle('File to show');
		await app.press(KEY.ENTER, /Command: failed +stdout: no +stderr: yes/);
		expect(app.frame()).toContain('cat: 0652-050 Cannot open /no/such/file.');
		await app.press(KEY.F3, /File to show +\[\/no\/such\/file/);
	});
	it('long output scrolls; / finds and n finds the next match', async () => {
		const app = renderApp({fastPath: 'bigout_dlg'});
		await app.settle('Long Output');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.frame()).toMatch(/^\[TOP\]$/m);
		expect(app.frame()).toContain('[MORE...1988]');
		await app.press(KEY.PGDN, /^\[MORE\.\.\.12\]$/m);
		await app.press(KEY.END, /^\[BOTTOM\]$/m);
		expect(app.frame()).toContain('item2000');
		await app.press(`${KEY.HOME}/`, 'FIND');
		await app.press(`number 150${KEY.ENTER}`, 'item0150');
		const hit = () => {
			const screen = app.store.getState().stack.at(-1);
			return screen?.kind === 'status' ? screen.output.lines[screen.output.hit] : undefined;
		};
		expect(hit()).toContain('item0150');
		await app.press('n', 'item1500');
		expect(hit()).toContain('item1500');
	});
});

describe('F4 lists at scale', () => {
	it('a 2,000-item list is windowed; 40 Down keys in one write move 40 rows, and 40 separate writes 40 more', async () => {
		const app = renderApp({fastPath: 'big_dlg'});
		await app.settle('Big Lists');
		await app.press(KEY.F4, 'item0001');
		expect(app.frame()).toContain('[MORE...1988]');
		app.stdin.write(KEY.DOWN.repeat(40));
		await app.settle('item0041');
		for (let i = 0; i < 40; i++) app.stdin.write(KEY.DOWN);
		await app.settle('item0081');
		const popup = app.store.getState().popups.at(-1);
		expect(popup?.kind === 'list' && popup.list.cursor).toBe(80);
		await app.press(KEY.ENTER, /Item +\[item0081/);
	});
	it('/ finds in a list and n finds the next match; a range list is information only', async () => {
		const app = renderApp({fastPath: 'big_dlg'});
		await app.settle('Big Lists');
		await app.press(KEY.F4, 'item0001');
		await app.press('/', 'Type the text to find');
		await app.press(`number 15${KEY.ENTER}`, 'item0015');
		await app.press('n', 'item0150');
		await app.press(KEY.ENTER, /Item +\[item0150/);
		await app.press(KEY.DOWN + KEY.DOWN + KEY.F4, '1..65535');
		expect(app.frame()).toContain('The value must be in this range.');
		await app.press(KEY.ENTER, /Port +\[\]/);
	});
});

describe('keys', () => {
	it('200 characters pasted into an entry field all arrive, as a plain burst and as a bracketed paste', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		const text = Array.from({length: 200}, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
		app.stdin.write(text);
		await expect.poll(() => (app.store.getState().stack[0] as {fields: Array<{value: string}>}).fields[0]!.value).toBe(text);
		app.stdin.write(`${KEY.DOWN}\x1b[200~${text}\x1b[201~`);
		await expect.poll(() => (app.store.getState().stack[0] as {fields: Array<{value: string}>}).fields[1]!.value).toBe(text);
	});
	it('Esc+digit is an F-key and never types the digit, in one write or two', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press('\x1b1', 'The words echo prints.');
		await app.press('\x1b', 'The words echo prints.');
		await app.press('3', /^(?![\s\S]*The words echo prints)/);
		await app.press('\x1b6', 'SHOW COMMAND STRING');
		await app.press('\x1b3', /^(?![\s\S]*SHOW COMMAND)/);
		const dialog = app.store.getState().stack[0] as {fields: Array<{value: string}>};
		expect(dialog.fields[0]!.value).toBe('');
		// On a menu, Esc+2 is F2, not item 2.
		const menu = renderApp();
		await menu.settle('Demo Tasks');
		menu.stdin.write('\x1b2');
		await expect.poll(() => menu.store.getState().refresh).toBe(1);
		expect(menu.store.getState().stack).toHaveLength(1);
	});
	it('Shift-F-keys and Alt keys insert nothing; Enter followed by text is both', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		app.stdin.write('\x1b[1;2P\x1b[15;2~\x1bx\x1b[1;5S');
		await app.press('ok', '[ok');
		const fields = () => (app.store.getState().stack.at(-1) as {fields?: Array<{value: string}>}).fields;
		expect(fields()![0]!.value).toBe('ok');
		// In the shell, "hostname\rhost" in one read runs hostname and leaves "host" typed.
		await app.press(KEY.F9, 'node1:/#');
		app.stdin.write('hostname\rhost');
		await app.settle(/node1:\/# hostname\nnode1\nnode1:\/# host/);
		expect(app.store.getState().shell?.input.value).toBe('host');
	});
	it('F10 leaves with 0, Ctrl-C with 130, F2 and Ctrl-L redraw', async () => {
		const app = renderApp();
		await app.settle('Demo Tasks');
		app.stdin.write('\x0c');
		await expect.poll(() => app.store.getState().refresh).toBe(1);
		app.stdin.write(KEY.F2);
		await expect.poll(() => app.store.getState().refresh).toBe(2);
		await app.settle('Demo Tasks');
		app.stdin.write(KEY.F10);
		await expect.poll(() => app.store.getState().exit).toBe(0);
		const other = renderApp();
		await other.settle('Demo Tasks');
		other.stdin.write('\x03');
		await expect.poll(() => other.store.getState().exit).toBe(130);
	});
});

describe('F9 shell', () => {
	it('runs lines on the simulated cluster and returns with exit', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press('keep', '[keep');
		await app.press(KEY.F9, 'node1:/#');
		await app.press('hostname', 'node1:/# hostname');
		await app.press(KEY.ENTER, /node1:\/# hostname\nnode1\nnode1:\/#/);
		await app.press(`nosuchcmd${KEY.ENTER}`, 'ksh: nosuchcmd:  not found.');
		await app.press(KEY.UP, 'node1:/# nosuchcmd\n');
		await app.press(`\x15exit${KEY.ENTER}`, '[keep');
		expect(app.runner.lines).toEqual(['hostname', 'nosuchcmd']);
	});
});

describe('F8 and the logs', () => {
	it('F8 shows the fast path and writes the screen image to smit.log', async () => {
		const {log, smitLog} = tempLog();
		const app = renderApp({fastPath: 'echo_dlg', log});
		await app.settle('[Entry Fields]');
		await app.press(KEY.F8, 'Current fast path:');
		expect(app.frame()).toContain('"echo_dlg"');
		expect(smitLog()).toContain('Screen image (FastPath = "echo_dlg") follows below:');
		expect(smitLog()).toContain('                                 Echo a Message\nType or select values in entry fields.');
		await app.press(KEY.ENTER, /^(?![\s\S]*Current fast path)/);
	});
	it('smit.log and smit.script record screens, the command and its output', async () => {
		const {log, smitLog, smitScript} = tempLog();
		const app = renderApp({log});
		await app.settle('Demo Tasks');
		await app.press(KEY.ENTER, 'Echo a Message');
		await app.press(KEY.ENTER, '[Entry Fields]');
		await app.press(`hi there${KEY.ENTER}`, 'Command: OK');
		expect(smitLog()).toContain('(Menu screen selected,\n        FastPath = "demo",\n        id = "demo",\n        title = "Demo Tasks".)');
		expect(smitLog()).toContain('(Dialogue screen selected,');
		expect(smitLog()).toContain("[Nov 21 2026, 23:25:56]\nCommand_to_Execute follows below:\n>> echo '-N' 'hi there'\n");
		expect(smitLog()).toContain('Output from Command_to_Execute follows below:\n---- start ----\n-N hi there\n---- end ----');
		expect(smitScript()).toBe("#\n# [Nov 21 2026, 23:25:56]\n#\necho '-N' 'hi there'\n\n");
	});
	it('-x logs the command without running it; -v logs list and discover commands', async () => {
		const {log, smitLog, smitScript} = tempLog({verbose: true});
		const app = renderApp({fastPath: 'disc_dlg', log, noExec: true});
		await app.settle('Discovered Values');
		await app.press(KEY.ENTER, 'Command: OK');
		expect(app.runner.lines).toEqual(['lsdisc']);
		expect(smitScript()).toContain("echo -s '42'");
		expect(smitLog()).toContain('Command_to_Discover follows below:\n>> lsdisc');
		expect(smitLog()).not.toContain('Output from Command_to_Execute');
	});
});

describe('errors from list and discover commands', () => {
	it('a failing list command shows an error naming it', async () => {
		const app = renderApp({fastPath: 'bad_list_dlg'});
		await app.settle('Something');
		await app.press(KEY.F4, 'ERROR MESSAGE');
		expect(app.frame()).toContain('The list command failed with exit code 2:');
		expect(app.frame()).toContain('cat /no/such/list');
		expect(app.frame()).toContain('Cannot open /no/such/list.');
		await app.press(KEY.F3, 'Something');
	});
	it('a failing discover command at start: the error, then SMIT ends with 1', async () => {
		const app = renderApp({fastPath: 'bad_disc_dlg'});
		await app.settle('The discover command failed with exit code 2:');
		expect(app.frame()).toContain('cat /no/such/thing');
		app.stdin.write(KEY.ENTER);
		await expect.poll(() => app.store.getState().exit).toBe(1);
	});
});

describe('resize', () => {
	it('reflows the screen for the new size', async () => {
		const app = renderApp({fastPath: 'many_dlg'});
		await app.settle('[MORE...4]');
		app.store.dispatch({type: 'resize', size: sizeFor(100, 40)});
		await app.settle('Field eighteen');
		expect(app.frame()).not.toContain('[MORE');
		expect(app.frame()).toContain('F1=Help                  F2=Refresh');
		expect(app.frame().split('\n')).toHaveLength(39);
	});
});

describe('refused input rings the bell', () => {
	const bell = (app: ReturnType<typeof renderApp>) => app.store.getState().bell;
	it('typing into a display-only field or a ring, a refused character, F4 or F7 where there is nothing to show', async () => {
		const app = renderApp({fastPath: 'sel_label'});
		await app.settle('[Entry Fields]');
		await app.press(`node1_boot1${KEY.ENTER}`, 'Show an IP Label');
		await app.settle(/IP label +node1_boot1/); // entry_type n: shown bare, display only
		const before = app.store.getState().stack;
		app.stdin.write('x');
		await expect.poll(() => bell(app)).toBe(1);
		app.stdin.write(KEY.F4);
		await expect.poll(() => bell(app)).toBe(2);
		app.stdin.write(KEY.F7);
		await expect.poll(() => bell(app)).toBe(3);
		app.stdin.write(KEY.BACKSPACE);
		await expect.poll(() => bell(app)).toBe(4);
		expect(app.store.getState().stack).toBe(before); // nothing else changed
		const dialog = renderApp({fastPath: 'echo_dlg'});
		await dialog.settle('[Entry Fields]');
		await dialog.press('ok', '[ok');
		expect(bell(dialog)).toBe(0); // typing that is taken does not ring
		await dialog.press(KEY.DOWN + KEY.DOWN, 'Start now');
		dialog.stdin.write('y'); // a ring takes Tab, not text
		await expect.poll(() => bell(dialog)).toBe(1);
		await dialog.press(KEY.DOWN, 'Count');
		dialog.stdin.write('12345'); // entry_size 4: the fifth digit is refused
		await expect.poll(() => (dialog.store.getState().stack[0] as {fields: Array<{value: string}>}).fields[3]!.value).toBe('1234');
		dialog.stdin.write('6');
		await expect.poll(() => bell(dialog)).toBe(2);
	});
	it('letters on a menu other than / and n', async () => {
		const app = renderApp();
		await app.settle('Demo Tasks');
		app.stdin.write('q');
		await expect.poll(() => app.store.getState().bell).toBe(1);
		expect(app.store.getState().stack).toHaveLength(1);
	});
	it('the App writes one BEL to the terminal for a read of refused keys', async () => {
		const catalog = fixtureCatalog();
		const store = createStore(env => startAt(initialState(sizeFor(80, 24)), env, resolveFastPath(catalog, 'top_menu')!), {
			catalog,
			runner: memoryRunner(),
			log: NO_LOG,
			noExec: false,
			noCommands: false,
		});
		const ink = render(<App store={store} />);
		await vi.waitFor(() => expect(ink.lastFrame()).toContain('Demo Tasks'));
		ink.stdin.write(`q${KEY.F4}q`);
		await vi.waitFor(() => expect(ink.frames.filter(f => f === '\x07')).toHaveLength(1));
		expect(store.getState().bell).toBe(3);
	});
});

describe('keys typed ahead of a running command', () => {
	it('Enter then Ctrl-C in one read runs the command, then leaves', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		app.stdin.write(`hi${KEY.ENTER}\x03`);
		// Applied in order, at once: the command ran before Ctrl-C was read.
		expect(app.runner.lines).toEqual(["echo '-N' 'hi'"]);
		expect(app.store.getState().exit).toBe(130);
		expect(app.store.getState().stack.at(-1)).toMatchObject({kind: 'status', state: 'ok'});
	});
	it('Enter, F3, Enter in one read: each run shows its own result', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		app.stdin.write(`one${KEY.ENTER}${KEY.F3}${KEY.BACKSPACE.repeat(3)}two${KEY.ENTER}`);
		await app.settle(/Command: OK[\s\S]*-N two/);
		expect(app.runner.lines).toEqual(["echo '-N' 'one'", "echo '-N' 'two'"]);
		expect(app.store.getState().stack.map(s => s.kind)).toEqual(['dialog', 'status']);
	});
	it('a command run on its own still shows running first', async () => {
		const app = renderApp({fastPath: 'echo_dlg'});
		await app.settle('[Entry Fields]');
		await app.press('hi', '[hi');
		app.stdin.write(KEY.ENTER);
		expect(app.store.getState().stack.at(-1)).toMatchObject({kind: 'status', state: 'running'});
		expect(app.runner.lines).toEqual([]);
		await app.settle('Command: OK');
		expect(app.runner.lines).toEqual(["echo '-N' 'hi'"]);
	});
});

describe('F4 with nothing to choose', () => {
	it('no output, or only a header line: a message, not an empty box; the field keeps its value', async () => {
		const app = renderApp({fastPath: 'empty_list_dlg'});
		await app.settle('Nothing at all');
		await app.press(`kept${KEY.F4}`, 'There are no items to choose from for this entry field.');
		await app.press(KEY.ENTER, /Nothing at all +\[kept/);
		await app.press(KEY.DOWN + KEY.F4, 'There are no items to choose from for this entry field.');
		expect(app.frame()).not.toContain('# NAME');
		await app.press(KEY.F3, /Only a header +\[/);
	});
});

describe('Ctrl-C', () => {
	it('leaves SMIT with 130 from a pop-up and from COMMAND STATUS; at the F9 prompt it only cancels the line', async () => {
		const list = renderApp({fastPath: 'echo_dlg'});
		await list.settle('[Entry Fields]');
		await list.press(KEY.DOWN + KEY.F4, 'Move cursor to desired item');
		list.stdin.write('\x03');
		await expect.poll(() => list.store.getState().exit).toBe(130);
		const status = renderApp({fastPath: 'echo_dlg'});
		await status.settle('[Entry Fields]');
		await status.press(`hi${KEY.ENTER}`, 'Command: OK');
		status.stdin.write('\x03');
		await expect.poll(() => status.store.getState().exit).toBe(130);
		const shell = renderApp();
		await shell.settle('Demo Tasks');
		await shell.press(KEY.F9, 'node1:/#');
		await shell.press('hostna\x03', 'node1:/# hostna^C\nnode1:/#');
		expect(shell.store.getState().exit).toBeUndefined();
		expect(shell.runner.lines).toEqual([]);
	});
});
