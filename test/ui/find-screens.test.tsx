/** The screen search from a menu: `/` then F4 looks in every screen (as hasmit find) and Enter opens the one chosen. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {renderApp, renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

describe('/ then F4 on a menu', () => {
	it('lists every screen with the words, with its fast path, and opens the one chosen', async () => {
		const app = smitty('top_menu', ['cl_rc.cluster -N']);
		await app.settle('System Management');
		await app.press('/', 'F4 finds the words in every screen instead.');
		expect(app.frame()).toContain('F4=All Screens');
		await app.press('clRGmove', '[clRGmove');
		await app.press(KEY.F4, 'Screens with clRGmove');
		const frame = app.frame();
		expect(frame).toContain('Bring a Resource Group Online  (cl_rg_online_select)');
		expect(frame).toContain('Move a Resource Group to Another Node  (cl_rg_move_select)');
		// The selectors before them open by the same fast paths: listed once.
		expect(frame).not.toContain('Select a Resource Group');
		app.stdin.write(KEY.DOWN);
		app.stdin.write(KEY.DOWN);
		await app.press(KEY.ENTER, /rg_app +ONLINE +node1/);
		await app.press(KEY.ENTER, 'Denotes Originally Configured Highest Priority Node');
		await app.press(KEY.ENTER, /Destination Node +node2/);
		expect(app.runner.lines.some(line => line.includes('clRGmove'))).toBe(false);
	});

	it('says so when no screen matches; a find box over a list keeps only SMIT`s find', async () => {
		const app = smitty('top_menu');
		await app.settle('System Management');
		await app.press('/', 'F4=All Screens');
		await app.press(`zzqq${KEY.F4}`, 'No screen matches zzqq.');
		const list = renderApp({fastPath: 'big_dlg'});
		await list.settle('Big Lists');
		await list.press(KEY.F4, 'item0001');
		await list.press('/', 'Type the text to find');
		expect(list.frame()).not.toContain('F4=All Screens');
	});
});
