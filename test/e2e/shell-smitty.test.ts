/** `smitty FASTPATH` typed at `hasmit shell`'s prompt opens SMIT in the terminal; F10 comes back to the prompt. */
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, Journey} from '../helpers/tmux.js';

let journey: Journey | undefined;
afterEach(() => journey?.close());

describe.skipIf(!hasTmux())('hasmit shell', {timeout: 60000}, () => {
	it('smitty clstart opens Start Cluster Services; F10 returns to the prompt, and exit ends with 0', async () => {
		const j = (journey = new Journey(['shell']));
		await j.waitFor('node1:/#');
		await j.type('smitty clstart', 'node1:/# smitty clstart');
		await j.key('Enter', '[Entry Fields]');
		expect(j.screen()).toContain('Start Cluster Services');
		await j.key('F10', /node1:\/# smitty clstart\nnode1:\/#$/m);
		await j.type('hostname', 'node1:/# hostname');
		await j.key('Enter', /^node1$/m);
		await j.type('exit', /node1:\/# exit/);
		const end = await j.key('Enter', 'EXIT=');
		expect(end).toContain('EXIT=0');
	});
});
