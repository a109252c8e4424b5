/** `smitty FASTPATH` typed at the F9 prompt opens that screen; F10 there comes back to the prompt, not out of SMIT. */
import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEY} from '../helpers/keys.js';
import {renderApp} from '../helpers/ui.js';

afterEach(() => cleanup());

it('smitty echo_dlg at the F9 prompt, F10 back to the prompt, exit back to the menu', async () => {
	const app = renderApp();
	await app.settle('Demo Tasks');
	await app.press(KEY.F9, 'node1:/#');
	await app.press(`smitty echo_dlg${KEY.ENTER}`, '[Entry Fields]');
	expect(app.frame()).toContain('Echo a Message');
	await app.press(KEY.F10, /node1:\/# smitty echo_dlg\nnode1:\/#/);
	expect(app.store.getState().exit).toBeUndefined();
	await app.press(`smitty no_such_path${KEY.ENTER}`, '1800-106 The fast path "no_such_path" was not found.');
	await app.press(`smitty${KEY.ENTER}`, 'Demo Tasks');
	await app.press(KEY.ENTER + KEY.F3, 'Demo Tasks'); // F3 past the first screen leaves this smitty too
	await app.press(KEY.F3, /node1:\/# smitty\nnode1:\/#/);
	await app.press(`exit${KEY.ENTER}`, 'Demo Tasks');
	app.stdin.write(KEY.F10);
	await expect.poll(() => app.store.getState().exit).toBe(0);
});
