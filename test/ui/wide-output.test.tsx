/** Long output lines in COMMAND STATUS are never cut silently: they end in `>`, scroll sideways with left and right, and F8 keeps them whole. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEY} from '../helpers/keys.js';
import {renderApp} from '../helpers/ui.js';
import {NO_LOG} from '../../src/ui/logs/smit-log.js';
import {memoryRunner} from '../helpers/runner.js';

afterEach(() => cleanup());

/** 200 characters: word00 .. word19, each padded to ten columns with dots. */
const LONG = Array.from({length: 20}, (_, i) => `word${String(i).padStart(2, '0')}....`).join('');

it('a 200-character output line scrolls sideways, marked where it goes on', async () => {
	const images: string[] = [];
	const app = renderApp({fastPath: 'echo_dlg', log: {...NO_LOG, image: (_, screen) => images.push(screen)}});
	await app.settle('[Entry Fields]');
	await app.press(LONG, 'word19.... ]');
	await app.press(KEY.ENTER, 'Command: OK');
	const full = `-N ${LONG}`; // echo's output: the dialog's flags, then the message
	const line = () =>
		app
			.frame()
			.split('\n')
			.find(l => l.includes('word'))!;
	expect(line()).toBe(`${full.slice(0, 79)}>`);
	await app.press(KEY.RIGHT, /^<\.\.\.word/m);
	expect(line()).toBe(`<${full.slice(40, 40 + 78)}>`);
	await app.press(KEY.RIGHT.repeat(5), /word19\.\.\.\.$/m);
	expect(line()).toBe(`<${full.slice(160)}`); // the last step: the end in view, not an empty screen
	await app.press(KEY.LEFT.repeat(5), /^-N word00/m);
	expect(line()).toBe(`${full.slice(0, 79)}>`);
	// F8's image in smit.log keeps the whole line, wherever the screen was scrolled.
	await app.press(KEY.RIGHT + KEY.F8, 'Current fast path:');
	expect(images).toHaveLength(1);
	expect(images[0]!.split('\n')).toContain(full);
});

it('a long item of an F4 list scrolls sideways with left and right, marked where it goes on', async () => {
	const runner = memoryRunner();
	runner.run(`echo '10.0.0.99 node1_boot9 # ${LONG}' >> /etc/hosts`);
	const app = renderApp({fastPath: 'echo_dlg', runner});
	await app.settle('[Entry Fields]');
	await app.press(KEY.DOWN, 'IP label');
	await app.press(KEY.F4, 'Move cursor to desired item and press Enter.');
	const item = () =>
		app
			.frame()
			.split('\n')
			.find(l => l.includes('word') || l.includes('node1_boot9'))!;
	expect(item()).toMatch(/10\.0\.0\.99 node1_boot9 # word00.*>\s*\|$/);
	await app.press(KEY.RIGHT.repeat(5), /word19\.\.\.\.\s*\|$/m);
	expect(item()).toMatch(/ {2}<.*word19\.\.\.\.\s*\|$/);
	expect(item()).not.toContain('node1_boot9');
	await app.press(KEY.LEFT.repeat(5), /10\.0\.0\.99 node1_boot9/);
	expect(item()).toMatch(/10\.0\.0\.99 node1_boot9 # word00.*>\s*\|$/);
});

it('a 200-character line in the F9 shell wraps as on a terminal: every character of it is on the screen', async () => {
	const app = renderApp();
	await app.settle('Demo Tasks');
	await app.press(KEY.F9, 'node1:/#');
	await app.press(`echo ${LONG}${KEY.ENTER}`, /^word16.*word19\.\.\.\.$/m);
	const rows = app.frame().split('\n');
	const at = rows.indexOf(LONG.slice(0, 80));
	expect(at).toBeGreaterThan(0);
	expect(rows.slice(at, at + 3).join('')).toBe(LONG);
});
