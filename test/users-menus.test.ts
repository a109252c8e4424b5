/**
 * HACMP Security and Users Management (smitty cl_usergroup) driven headless:
 * the F4 lists, the Change / Show dialog's discover, the command each dialog
 * builds (what F6 shows) and what it does on every node.
 */
import {describe, expect, it} from 'vitest';
import {runLine} from '../src/command/shell.js';
import {openDialog} from '../src/menu/dialog.js';
import {testCluster} from './helpers/cluster.js';
import {accepted, dialog, dialogCommand, menuCatalog, pickList, selectorList, smitOn} from './helpers/smit.js';

const FIX_ARGS = '/usr/es/sbin/cluster/cspoc/fix_args nop';

describe('Users in an HACMP cluster', () => {
	it('is reached from C-SPOC and by its fast path', () => {
		expect(
			menuCatalog()
				.menus.get('cl_admin')!
				.items.map(i => i.text),
		).toContain('HACMP Security and Users Management');
		expect(
			menuCatalog()
				.menus.get('cl_usergroup')!
				.items.map(i => i.text),
		).toEqual(['Users in an HACMP cluster', 'Groups in an HACMP cluster', 'Passwords in an HACMP cluster']);
	});

	it('Add a User to the Cluster: F4 lists the groups, F6 shows cl_mkuser, one uid on every node', () => {
		const c = testCluster();
		const pgrp = dialog('cl_mkuser').fields.find(f => f.name === 'Primary GROUP')!;
		expect(pickList(c, pgrp)).toContain('dba');
		const line = dialogCommand(c, 'cl_mkuser', {}, {'User NAME': 'pat', 'Primary GROUP': 'dba', 'User INFORMATION': 'Pat Doe'});
		expect(line).toBe(`${FIX_ARGS} cl_mkuser pgrp='dba' gecos='Pat Doe' 'pat'`);
		c.ok(line);
		expect(c.ok('cl_lsuser -a id pgrp gecos pat')).toBe('node1: pat id=200 pgrp=dba gecos=Pat Doe\nnode2: pat id=200 pgrp=dba gecos=Pat Doe\n');
	});

	it('Change / Show starts from the user as this node has it; Remove keeps nothing but the home directory', () => {
		const c = testCluster();
		expect(selectorList(c, 'cl_chuser')).toContain('oracle');
		const model = accepted(openDialog(dialog('cl_chuser_dialog'), {_rawname: 'oracle', _cookedname: 'oracle'}, smitOn(c)));
		expect(model.fields.map(f => f.value)).toEqual(['', 'oracle', '201', 'dba', 'dba', '/home/oracle', '/usr/bin/ksh', 'Oracle software owner']);
		const change = dialogCommand(c, 'cl_chuser_dialog', {_rawname: 'oracle', _cookedname: 'oracle'}, {'Initial PROGRAM': '/usr/bin/csh'});
		expect(change).toBe(`${FIX_ARGS} cl_chuser shell='/usr/bin/csh' 'oracle'`);
		c.ok(change);
		expect(c.ok('lsuser -a shell oracle', 'node2')).toBe('oracle shell=/usr/bin/csh\n');
		const remove = dialogCommand(c, 'cl_rmuser_dialog', {_rawname: 'oracle', _cookedname: 'oracle'}, {'Remove AUTHENTICATION information?': 'Yes'});
		expect(remove).toBe(`${FIX_ARGS} cl_rmuser '-p' 'oracle'`);
		c.ok(remove);
		c.refused('lsuser oracle', '3004-687 User "oracle" does not exist.', 'node2');
	});

	it('Change / Show Characteristics of a Group in the Cluster starts from the group as this node has it', () => {
		const c = testCluster();
		expect(selectorList(c, 'cl_chgroup')).toContain('hagroup');
		const model = accepted(openDialog(dialog('cl_chgroup_dialog'), {_rawname: 'hagroup', _cookedname: 'hagroup'}, smitOn(c)));
		expect(model.fields.map(f => [f.option.name, f.value])).toEqual([
			['Select nodes by name', ''],
			['Group NAME', 'hagroup'],
			['Group ID', '201'],
			['ADMINISTRATIVE group?', 'false'],
			['USER list', 'appadm,operator'],
		]);
		const change = dialogCommand(c, 'cl_chgroup_dialog', {_rawname: 'hagroup', _cookedname: 'hagroup'}, {'USER list': 'appadm,operator,oracle'});
		expect(change).toBe(`${FIX_ARGS} cl_chgroup users='appadm,operator,oracle' 'hagroup'`);
		c.ok(change);
		expect(c.ok('cl_lsgroup -a users hagroup')).toBe('node1: hagroup users=appadm,operator,oracle\nnode2: hagroup users=appadm,operator,oracle\n');
	});

	it("AIX's Change / Show Characteristics of a Group runs chgroup on this node only", () => {
		const c = testCluster();
		expect(
			menuCatalog()
				.menus.get('group')!
				.items.map(i => i.text),
		).toEqual(['List All Groups', 'Add a Group', 'Change / Show Characteristics of a Group', 'Remove a Group']);
		const change = dialogCommand(c, 'chgroup_dialog', {_rawname: 'dba', _cookedname: 'dba'}, {'Group ID': '300'});
		expect(change).toBe("chgroup id='300' 'dba'");
		c.ok(change);
		expect(c.ok('lsgroup -a id dba')).toBe('dba id=300\n');
		expect(c.ok('lsgroup -a id dba', 'node2')).toBe('dba id=200\n');
	});

	it("Change a User's Password in the Cluster: cl_chpasswd asks twice on SMIT's terminal, stores only the hash", () => {
		const c = testCluster();
		expect(
			menuCatalog()
				.menus.get('cl_passwd')!
				.items.map(i => i.text),
		).toEqual(["Change a User's Password in the Cluster"]);
		expect(selectorList(c, 'cl_chpasswd')).toContain('oracle');
		const line = dialogCommand(c, 'cl_chpasswd_dialog', {_rawname: 'oracle', _cookedname: 'oracle'});
		expect(line).toBe(`${FIX_ARGS} cl_chpasswd '-fADMCHG' 'oracle'`);
		expect(c.run(line).stderr).toBe('3004-602 The required password was not entered.\n'); // no terminal: nothing asked
		const {session} = c;
		const asked = runLine(session, line, 'tui-dialog', []);
		expect([asked.question, asked.stdout]).toEqual(["oracle's New password:", 'Changing password for "oracle"\n']);
		expect(runLine(session, line, 'tui-dialog', ['Secret12', 'Other123']).stderr).toBe('3004-604 Your entries do not match.\n');
		expect(session.state).toBe(c.state);
		const done = runLine(session, line, 'tui-dialog', ['Secret12', 'Secret12']);
		expect(done.code).toBe(0);
		expect(done.output).not.toContain('Secret12');
		for (const node of ['node1', 'node2']) {
			const shadow = c.ok('cat /etc/security/passwd', node);
			expect(shadow).toMatch(/oracle:\n\tpassword = [./0-9A-Za-z]{13}\n\tlastupdate = \d+\n\tflags = ADMCHG\n/);
			expect(shadow).not.toContain('Secret12');
		}
	});

	it("smitty passwd: Change a User's Password on this node only, asked twice on SMIT's terminal", () => {
		const c = testCluster();
		expect(
			menuCatalog()
				.menus.get('passwords')!
				.items.map(i => i.text),
		).toEqual(["Change a User's Password"]);
		expect(selectorList(c, 'passwd')).toContain('oracle');
		const line = dialogCommand(c, 'passwd_dialog', {_rawname: 'oracle', _cookedname: 'oracle'});
		expect(line).toBe("passwd 'oracle'");
		const before = {node1: c.ok('cat /etc/security/passwd'), node2: c.ok('cat /etc/security/passwd', 'node2')};
		const {session} = c;
		expect(runLine(session, line, 'tui-dialog', []).question).toBe("oracle's New password:");
		const done = runLine(session, line, 'tui-dialog', ['Secret12', 'Secret12']);
		expect(done.code).toBe(0);
		expect(done.output).not.toContain('Secret12');
		expect(c.ok('cat /etc/security/passwd')).toMatch(/oracle:\n\tpassword = [./0-9A-Za-z]{13}\n/);
		// This node only: node2 keeps the password it had.
		expect(c.ok('cat /etc/security/passwd')).not.toBe(before.node1);
		expect(c.ok('cat /etc/security/passwd', 'node2')).toBe(before.node2);
	});

	it('Groups: add with members, list, remove', () => {
		const c = testCluster();
		const add = dialogCommand(c, 'cl_mkgroup', {}, {'Group NAME': 'apps', 'USER list': 'oracle,appadm'});
		expect(add).toBe(`${FIX_ARGS} cl_mkgroup users='oracle,appadm' 'apps'`);
		c.ok(add);
		expect(c.ok(dialogCommand(c, 'cl_lsgroup', {}, {Groups: 'apps'}))).toBe(
			'node1: apps id=202 admin=false users=oracle,appadm registry=files\nnode2: apps id=202 admin=false users=oracle,appadm registry=files\n',
		);
		c.ok(dialogCommand(c, 'cl_rmgroup_dialog', {_rawname: 'apps', _cookedname: 'apps'}));
		expect(c.file('node1', '/tmp/cspoc.log')).toContain('cl_rmgroup apps');
	});
});

describe('AIX Security & Users (this node only)', () => {
	it('Add a User on each node by hand gives different uids; clverify reports it', () => {
		expect(
			menuCatalog()
				.menus.get('top_menu')!
				.items.map(i => i.text),
		).toContain('Security & Users');
		const c = testCluster();
		c.ok('mkuser temp', 'node2');
		const line = dialogCommand(c, 'mkuser', {}, {'User NAME': 'pat'});
		expect(line).toBe("mkuser 'pat'");
		c.ok(line, 'node1');
		c.ok(line, 'node2');
		expect(c.ok('cl_lsuser -a id pat')).toBe('node1: pat id=200\nnode2: pat id=204\n');
		expect(c.run('clverify').stdout).toContain('User pat has a different user id on the cluster nodes: node1 200, node2 204.');
		const change = dialogCommand(c, 'chuser_dialog', {_rawname: 'pat', _cookedname: 'pat'}, {'User ID': '204'});
		expect(change).toBe("chuser id='204' 'pat'");
		c.ok(change, 'node1');
		expect(c.run('clverify').stdout).not.toContain('different user id');
		expect(c.ok(dialogCommand(c, 'lsuser', {}, {Users: 'pat'}))).toBe('#name:id:pgrp:home\npat:204:staff:/home/pat\n');
	});
});
