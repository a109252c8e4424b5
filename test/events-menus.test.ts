/** Extended Event Configuration and Problem Determination Tools driven through SMIT's dialog rules (issue 12). */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand, menuCatalog, selectorList} from './helpers/smit.js';

describe('Extended Event Configuration menus', () => {
	it('adds a custom event, then names it as the post-event command of rg_move_acquire', () => {
		const cluster = testCluster();
		const add = dialogCommand(
			cluster,
			'cm_add_custom_event',
			{},
			{
				'Cluster Event Name': 'bkup_takeover',
				'Cluster Event Description': 'back up taken-over data',
				'Cluster Event Script Filename': '/usr/local/bin/bkup_takeover.sh',
			},
		);
		expect(add).toBe(
			"/usr/es/sbin/cluster/utilities/claddcustom -t event -n 'bkup_takeover' -I 'back up taken-over data' -v '/usr/local/bin/bkup_takeover.sh'",
		);
		cluster.ok(add);
		expect(selectorList(cluster, 'cm_ch_custom_event_select')).toEqual(['bkup_takeover']);
		expect(selectorList(cluster, 'cm_ch_event_select')).toContain('rg_move_acquire');
		const names = {_rawname: 'rg_move_acquire', _cookedname: 'rg_move_acquire'};
		const change = dialogCommand(cluster, 'cm_ch_event', names, {'Post-event Command': 'bkup_takeover'});
		expect(change).toBe("/usr/es/sbin/cluster/utilities/clchevent -O 'rg_move_acquire' -a 'bkup_takeover'");
		cluster.ok(change);
		// Change/Show shows what was set; emptying a field clears it.
		const clear = dialogCommand(cluster, 'cm_ch_event', names, {'Notify Command': '/usr/local/bin/page.sh', 'Post-event Command': ''});
		expect(clear).toBe("/usr/es/sbin/cluster/utilities/clchevent -O 'rg_move_acquire' -n '/usr/local/bin/page.sh' -a ''");
		cluster.ok(clear);
		expect(cluster.ok('cllsev -c -e rg_move_acquire')).toMatch(/:\/usr\/local\/bin\/page.sh::::0\n$/);
		cluster.ok(change);
		const renamed = dialogCommand(
			cluster,
			'cm_ch_custom_event',
			{_rawname: 'bkup_takeover', _cookedname: 'bkup_takeover'},
			{'New Cluster Event Name': 'bkup'},
		);
		cluster.ok(renamed);
		expect(cluster.ok('cllsev -c -e rg_move_acquire')).toContain(':bkup:');
	});

	it('Problem Determination Tools lists verification and recovery from a script failure', () => {
		const items = menuCatalog()
			.menus.get('cm_problem_determination_menu')!
			.items.map(item => item.text);
		expect(items).toEqual(expect.arrayContaining(['HACMP Verification', 'View Current State', 'Recover From HACMP Script Failure']));
		const cluster = testCluster();
		expect(selectorList(cluster, 'cm_recover_script_failure_select')).toEqual(['node1', 'node2']);
		expect(dialogCommand(cluster, 'cm_recover_script_failure', {_rawname: 'node2', _cookedname: 'node2'})).toBe(
			"/usr/es/sbin/cluster/utilities/clruncmd 'node2'",
		);
	});
});

describe('Restore HACMP Configuration Database from Active Configuration', () => {
	it('saves unsynchronized changes as UserModifiedDB, then the DCD is the ACD again', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		cluster.ok('claddcustom -t event -n not_yet_synced -v /usr/local/bin/x.sh');
		const line = dialogCommand(cluster, 'cm_restore_acd');
		expect(line).toBe('/usr/es/sbin/cluster/utilities/cl_restore_acd');
		expect(cluster.ok(line)).toContain('saved as /usr/es/sbin/cluster/snapshots/UserModifiedDB.odm');
		expect(cluster.state.nodes.node1!.dcd).toBe(cluster.state.nodes.node1!.acd);
		expect(cluster.ok('cllscustom -t event')).toBe('');
		expect(cluster.file('node1', '/usr/es/sbin/cluster/snapshots/UserModifiedDB.odm')).toContain('not_yet_synced');
		expect(cluster.ok(line)).toContain('already matches the active configuration: nothing was changed.');
		cluster.refused(line, 'there is no active configuration to restore from', 'node2');
	});
});

describe('Change/Show Time Until Warning', () => {
	it('sets when config_too_long first warns after a failed event', () => {
		const cluster = testCluster();
		expect(dialogCommand(cluster, 'cm_time_until_warning', {}, {'Max. Event-only Duration (in seconds)': '60'})).toBe(
			"/usr/es/sbin/cluster/utilities/clchevtimeout -e '60'",
		);
		cluster.ok("/usr/es/sbin/cluster/utilities/clchevtimeout -e '60'");
		expect(cluster.ok('cllsevtimeout')).toBe('Max. Event-only Duration: 60\nMax. Resource Group Processing Time: 180\nTime until warning: 240\n');
		cluster.arrange(state => void (state.nodes.node1!.files['/usr/local/ha/fail.sh'] = '#!/bin/ksh\nexit 1\n'));
		cluster.arrange(state => void (state.nodes.node2!.files['/usr/local/ha/fail.sh'] = '#!/bin/ksh\nexit 1\n'));
		cluster.ok('clchevent -O node_up -a /usr/local/ha/fail.sh');
		cluster.ok('rc.cluster -N');
		cluster.ok('sleep 230');
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toContain('config_too_long');
		cluster.ok('sleep 20');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain("has been running recovery program 'node_up' for 240 seconds.");
		cluster.refused('clchevtimeout -r 0', 'clchevtimeout: a duration is a number of seconds from 1 to 86400.');
		cluster.refused('clchevtimeout -r x', 'clchevtimeout: x is not a number of seconds.');
	});
});

describe('Release Locks Set By Dynamic Reconfiguration', () => {
	it('a failed reconfig event leaves the locks; synchronization refuses until they are released', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			for (const node of ['node1', 'node2']) state.nodes[node]!.files['/usr/local/ha/fail.sh'] = '#!/bin/ksh\nexit 1\n';
		});
		cluster.ok('clchevent -O reconfig_resource_acquire -a /usr/local/ha/fail.sh');
		cluster.ok('cldare -rt');
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		cluster.ok('claddcustom -t event -n later -v /usr/local/ha/fail.sh');
		const dare = cluster.ok('cldare -rt');
		expect(cluster.state.nodes.node1!.cm).toBe('RP_FAILED');
		// The reconfiguration ends at the failed event: reconfig_resource_complete does not run.
		expect(dare).toContain('cldare: Dynamic reconfiguration stopped: the event reconfig_resource_acquire failed.');
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toContain('EVENT START: reconfig_resource_complete');
		cluster.ok('clruncmd node1');
		cluster.ok('clruncmd node2');
		cluster.ok("clchevent -O reconfig_resource_acquire -a ''");
		const refused = cluster.run('cldare -rt');
		expect(refused.code).not.toBe(0);
		expect(refused.stdout).toContain(
			'A dynamic reconfiguration did not complete on node node1 (reconfig_resource_acquire failed): its locks are still set.',
		);
		const line = dialogCommand(cluster, 'cm_release_dare_locks');
		expect(cluster.ok(line)).toBe(
			'cl_dare_unlock: dynamic reconfiguration locks released on node node1.\ncl_dare_unlock: dynamic reconfiguration locks released on node node2.\n',
		);
		cluster.ok('cldare -rt');
		cluster.refused(line, 'cl_dare_unlock: no dynamic reconfiguration lock is set.');
	});
});
