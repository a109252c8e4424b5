/** Screen tests: Add a User to the Cluster (smitty cl_mkuser), its F4 list of groups and its F6 command, run on every node. */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {KEY} from '../helpers/keys.js';
import {renderProduct as smitty} from '../helpers/ui.js';

afterEach(() => cleanup());

describe('Users in an HACMP cluster', () => {
	it('smitty cl_mkuser: name and primary group typed, F6 shows cl_mkuser, Enter creates the user with one uid on both nodes', async () => {
		const app = smitty('cl_mkuser');
		await app.settle('Add a User to the Cluster');
		await app.press(KEY.DOWN, 'User NAME');
		await app.press('pat', '[pat');
		for (let i = 0; i < 2; i++) app.stdin.write(KEY.DOWN);
		await app.press(KEY.F4, 'staff id=1');
		await app.press(KEY.F3, 'Primary GROUP');
		await app.press('dba', '[dba');
		await app.press(KEY.F6, 'SHOW COMMAND STRING');
		expect(app.frame()).toContain("fix_args nop cl_mkuser pgrp='dba' 'pat'");
		await app.press(KEY.F3, 'Add a User to the Cluster');
		await app.press(KEY.ENTER, 'Command: OK');
		const state = app.runner.session.state;
		expect(state.accounts?.node1?.users.pat).toMatchObject({id: 200, pgrp: 'dba'});
		expect(state.accounts?.node2?.users.pat).toMatchObject({id: 200, pgrp: 'dba'});
	});

	it('smitty cl_chpasswd: the new password is asked twice in COMMAND STATUS and never shown', async () => {
		const app = smitty('cl_chpasswd');
		await app.settle('User NAME');
		await app.press('oracle', '[oracle');
		await app.press(KEY.ENTER, 'User must change password on first login?');
		await app.press(KEY.ENTER, "oracle's New password:");
		await app.press('Secret12', "oracle's New password:");
		expect(app.frame()).not.toContain('Secret12');
		await app.press(KEY.ENTER, 'Enter the new password again:');
		await app.press(`Secret12${KEY.ENTER}`, 'Command: OK');
		expect(app.frame()).not.toContain('Secret12');
		const users = app.runner.session.state.accounts!;
		for (const node of ['node1', 'node2']) expect(users[node]!.users.oracle).toMatchObject({flags: 'ADMCHG'});
		expect(JSON.stringify(app.runner.session.state)).not.toContain('Secret12');
	});
});
