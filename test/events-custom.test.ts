/** Event scripts on the nodes, Extended Event Configuration, and administrators' commands run around events (issue 12). */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {eventsSince, length} from './helpers/failure.js';
import {checkStructure} from '../src/cluster/state-shape.js';

const POST = '/usr/local/ha/post_takeover.sh';

/** A script written on each node (contents may differ), as an administrator puts it there. */
function script(cluster: TestCluster, path: string, lines: readonly string[], nodes = ['node1', 'node2']): void {
	cluster.arrange(state => {
		for (const node of nodes) state.nodes[node]!.files[path] = ['#!/bin/ksh', ...lines, ''].join('\n');
	});
}

function bothUp(cluster: TestCluster): void {
	cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
}

/** rg_move_acquire's post-event command fails on node2 (and runs on node1), synchronized; then both nodes start. */
function bothUpWithAcquireFailingOnNode2(cluster: TestCluster): void {
	script(cluster, POST, ['exit 3'], ['node2']);
	script(cluster, POST, ['exit 0'], ['node1']);
	cluster.ok(`clchevent -O rg_move_acquire -a ${POST}`);
	cluster.ok('cldare -rt -v');
	bothUp(cluster);
}

describe('event scripts are files on every node', () => {
	it('cat, grep and ls read them under /usr/es/sbin/cluster/events', () => {
		const cluster = testCluster();
		expect(cluster.ok('cat /usr/es/sbin/cluster/events/node_down')).toContain('Name:        node_down');
		expect(cluster.ok('grep Arguments /usr/es/sbin/cluster/events/rg_move_acquire', 'node2')).toContain('Arguments:   nodename group');
		expect(cluster.ok('ls /usr/es/sbin/cluster/events')).toContain('rg_move_complete');
	});
});

describe("administrators' scripts run through hasmit's shell", () => {
	it('typed by path: arguments, variables, quoting, pipes, redirections and exit', () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/bin/show.sh', [
			'# $0 with $# arguments',
			'WHO=admin',
			'echo "$0 has $# arguments: $*, first $1, by $WHO"',
			"echo 'not $1 here'",
			'echo one two | grep -c one > /tmp/count',
			'false || echo recovered',
			'exit 0',
			'echo never',
		]);
		const result = cluster.run('/usr/local/bin/show.sh a b');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('/usr/local/bin/show.sh has 2 arguments: a b, first a, by admin\nnot $1 here\nrecovered\n');
		expect(result.stderr).toBe('ksh: false:  not found.\n');
		expect(cluster.file('node1', '/tmp/count')).toBe('1\n');
	});
});

describe('a script that runs itself', () => {
	it('runs out of processes as ksh does', () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/bin/loop.sh', ['/usr/local/bin/loop.sh']);
		const result = cluster.run('/usr/local/bin/loop.sh');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('ksh: 0403-031 The fork function failed. Too many processes already exist.\n');
	});
});

describe('Extended Event Configuration', () => {
	it('a custom event named as post-event command: the names are synchronized, each node runs its own script', () => {
		const cluster = testCluster();
		cluster.ok(`claddcustom -t event -n post_takeover -I 'back up what was taken over' -v ${POST}`);
		cluster.ok('clchevent -O rg_move_acquire -a post_takeover');
		expect(cluster.ok('cllsev -c -e rg_move_acquire')).toContain('rg_move_acquire:Script run to acquire a resource group being moved.');
		expect(cluster.ok('cllsev -c -e rg_move_acquire')).toMatch(/:::post_takeover::0\n$/);
		cluster.ok('cldare -rt -v');
		expect(cluster.ok('cllscustom -t event -c', 'node2')).toBe(`#name:description:script\npost_takeover:back up what was taken over:${POST}\n`);
		script(cluster, POST, ['echo "post-event of $1 (status $2) for $3 on node2"'], ['node2']);
		script(cluster, POST, ['echo "node1 has its own script"'], ['node1']);
		bothUp(cluster);
		cluster.ok('clstop -gr -s -y -N');
		const out = cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain(`${POST} rg_move_acquire 0 node1 1\npost-event of rg_move_acquire (status 0) for node1 on node2\n`);
		expect(out).toMatch(/EVENT COMPLETED: rg_move_acquire node1 1 0\n/);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain(`${POST} rg_move_acquire 0 node1 1\nnode1 has its own script\n`);
		expect(cluster.state.nodes.node2!.cm).toBe('ST_STABLE');
	});

	it('notify runs with start and complete; pre-event runs before the event', () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/ha/notify.sh', ['echo "notify: $*"']);
		script(cluster, '/usr/local/ha/pre.sh', ['echo "pre: $*"']);
		cluster.ok('clchevent -O node_up -n /usr/local/ha/notify.sh -b /usr/local/ha/pre.sh');
		cluster.ok('rc.cluster -N');
		const out = cluster.file('node1', '/tmp/hacmp.out');
		const order = ['EVENT START: node_up node1', 'notify: node_up start node1', 'pre: node_up node1', ':node_up[92] NODENAME=node1'];
		order.push('notify: node_up complete 0 node1', 'EVENT COMPLETED: node_up node1 0');
		expect(order.map(text => out.indexOf(text))).toEqual([...order.map(text => out.indexOf(text))].sort((a, b) => a - b));
		expect(order.every(text => out.includes(text))).toBe(true);
	});

	it('clchevent with an empty command clears it; bad input is refused and changes nothing', () => {
		const cluster = testCluster();
		cluster.ok('clchevent -O node_up -a /usr/local/ha/post.sh');
		cluster.ok("clchevent -O node_up -a ''");
		expect(cluster.ok('cllsev -c -e node_up')).toMatch(/node_up:[^:]*:::::0\n$/);
		cluster.refused('clchevent -O no_such_event -a /x', "clchevent: Event name doesn't match the real one in ODM. (no_such_event)");
		cluster.refused('clchevent -O node_up -b undefined_custom', "Event name doesn't match the real one in ODM. (undefined_custom)");
		cluster.refused('clchevent -O node_up -r /x -c -1', 'Recovery count should be greater than or equal to zero.');
		cluster.refused('claddcustom -t event -n node_up -v /x', 'The event name is duplicated in ODM. (node_up)');
		cluster.refused('claddcustom -t event -n 9bad -v /x', 'is not a valid event name');
	});

	it('a custom event is renamed with its users, and cannot be removed while an event names it', () => {
		const cluster = testCluster();
		cluster.ok('claddcustom -t event -n backup -I nightly -v /usr/local/bin/backup.sh');
		expect(cluster.run('clverify').stdout).toContain(
			'WARNING: The script /usr/local/bin/backup.sh of custom cluster event backup does not exist on node node1: an event naming backup fails there.',
		);
		cluster.ok('clchevent -O rg_move_release -b backup');
		cluster.ok('clchcustom -t event -O backup -n backup2');
		expect(cluster.ok('cllsev -c -e rg_move_release')).toContain(':backup2:');
		cluster.refused('clrmcustom -t event -n backup2', 'custom event backup2 is the pre- or post-event command of rg_move_release');
		cluster.ok("clchevent -O rg_move_release -b ''");
		cluster.ok('clrmcustom -t event -n backup2');
		expect(cluster.ok('cllscustom -t event')).toBe('');
	});
});

describe('a failed administrator command fails the event', () => {
	it('clRGmove: a failed rg_move_acquire holds rg_move_complete until clruncmd, and no other move starts meanwhile', () => {
		const cluster = testCluster();
		script(cluster, POST, ['exit 1'], ['node2']);
		script(cluster, POST, ['exit 0'], ['node1']);
		bothUp(cluster);
		cluster.ok(`clchevent -O rg_move_acquire -a ${POST}`);
		cluster.ok('cldare -rt -v');
		const out = cluster.ok('clRGmove -g rg_app -n node2 -m');
		expect(out).toContain('The movement of resource group rg_app did not complete: an event failed on node2');
		expect(out).not.toContain('Resource group movement successful.');
		expect(cluster.ok('clRGinfo')).toMatch(/rg_app +OFFLINE +node1\n +ACQUIRING +node2\n/);
		expect(cluster.state.heldEvents?.map(held => `${held.event} ${held.args}`)).toEqual(['rg_move_complete node2 1']);
		const refused = cluster.run('clRGmove -g rg_app -n node1 -m');
		expect(refused.code).not.toBe(0);
		expect(refused.stderr).toContain('ERROR: cluster event processing is stopped by a failed event on node2.');
		const dare = cluster.run('cldare -rt -v');
		expect(dare.code).not.toBe(0);
		expect(dare.stderr).toContain('a dynamic reconfiguration needs a stable cluster');
		script(cluster, POST, ['exit 0'], ['node2']);
		cluster.ok('clruncmd node2');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/EVENT COMPLETED: rg_move_complete node2 1 0\n/);
		expect(cluster.ok('clRGinfo')).toMatch(/rg_app +OFFLINE +node1\n +ONLINE +node2\n/);
	});

	/** node1 stops with takeover; rg_move_acquire's post-event command fails on node2 (node1's copy exits 0). */
	function failedTakeover(): TestCluster {
		const cluster = testCluster();
		script(cluster, POST, ['echo cannot back up', 'exit 3'], ['node2']);
		script(cluster, POST, ['exit 0'], ['node1']);
		cluster.ok(`clchevent -O rg_move_acquire -a ${POST}`);
		cluster.ok('cldare -rt -v');
		bothUp(cluster);
		cluster.ok('clstop -gr -s -y -N');
		return cluster;
	}

	it('/tmp/cm.log: the cluster manager notes RP_FAILED when the event fails and ST_STABLE again after clruncmd', () => {
		const cluster = failedTakeover();
		const states = () => cluster.file('node2', '/tmp/cm.log').match(/state change: .*/g);
		expect(states()?.at(-1)).toBe('state change: ST_RP_RUNNING -> RP_FAILED (rg_move_acquire failed)');
		cluster.ok('clruncmd node2');
		expect(states()).toContain('state change: RP_FAILED -> ST_STABLE (clruncmd)');
	});

	it('EVENT FAILED, the node waits in RP_FAILED; config_too_long warns; clruncmd resumes', () => {
		const cluster = failedTakeover();
		const out = cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain('cannot back up\nrg_move_acquire: the post-event command /usr/local/ha/post_takeover.sh failed (exit status 3).\n');
		expect(out).toMatch(/EVENT FAILED: rg_move_acquire node1 1 1\n/);
		expect(out).toContain('Event rg_move_acquire failed on node node2');
		expect(cluster.state.nodes.node2!.cm).toBe('RP_FAILED');
		// Every member runs event_error for the failed event.
		expect(out).toMatch(/EVENT START: event_error node2 rg_move_acquire\n/);
		expect(out).toContain('event_error: the event rg_move_acquire failed on node node2; its cluster manager waits for clruncmd node2.');
		expect(cluster.ok('lssrc -ls clstrmgrES', 'node2')).toContain('RP_FAILED');
		cluster.ok('sleep 400');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain(
			"WARNING: Cluster prodcluster has been running recovery program 'rg_move_acquire' for 360 seconds. Please check cluster status.",
		);
		expect(cluster.file('node2', '/var/adm/cluster.log')).toContain('EVENT START: config_too_long 360 rg_move_acquire');
		const console = cluster.ok('alog -o -t console', 'node2');
		expect(console).toMatch(/^Sat Nov 21 12:00:\d\d UTC 2026 Event rg_move_acquire failed on node node2/);
		expect(console).toContain("UTC 2026 WARNING: Cluster prodcluster has been running recovery program 'rg_move_acquire' for 360 seconds.");
		cluster.ok('clruncmd node2');
		expect(cluster.state.nodes.node2!.cm).toBe('ST_STABLE');
		const before = cluster.file('node2', '/tmp/hacmp.out');
		cluster.ok('sleep 3600');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toBe(before);
		cluster.refused('clruncmd node2', 'clruncmd: no event script has failed on node node2');
	});

	it('the events after the failed one wait: node1 stays until clruncmd, which runs the next event, not the failed one', () => {
		const cluster = failedTakeover();
		// The takeover stopped where it failed: rg_app is acquired but its application server not started.
		expect(cluster.ok('clRGinfo', 'node2')).toMatch(/rg_app +OFFLINE +node1\n +ACQUIRING +node2\n/);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeUndefined();
		cluster.ok('startsrc -s clinfoES', 'node2');
		expect(cluster.ok('clstat -o', 'node2')).toMatch(/SubState: ERROR\n[\s\S]*Resource Group: rg_app +State: +Acquiring\n/);
		const out = cluster.file('node2', '/tmp/hacmp.out');
		expect(out).not.toContain('EVENT START: rg_move_complete');
		expect(out).not.toContain('EVENT START: node_down_complete');
		expect(cluster.state.heldEvents?.map(held => `${held.event} ${held.args}`)).toEqual([
			'rg_move_complete node1 1',
			'node_down_complete node1 graceful',
		]);
		// node1's cluster manager waits for its node_down_complete, so node1 is still a member.
		expect(cluster.ok('lssrc -s clstrmgrES')).toMatch(/clstrmgrES +cluster +\d+ +active/);
		cluster.refused('clstop -g -N', 'Cluster services cannot stop on node1: cluster event processing is stopped by a failed event on node2.');
		cluster.refused('clruncmd node1', 'clruncmd: no event script has failed on node node1');
		const mark = length(cluster, 'node2');
		script(cluster, POST, ['exit 0'], ['node2']);
		cluster.ok('clruncmd node2');
		const resumed = cluster.file('node2', '/tmp/hacmp.out').slice(mark);
		expect(eventsSince(cluster, 'node2', mark)).toEqual(['rg_move_complete node1 1', 'start_server app_srv', 'node_down_complete node1 graceful']);
		expect(resumed).toMatch(/^clruncmd: the cluster manager on node2 resumes event processing.\n/);
		expect(cluster.state.heldEvents).toBeUndefined();
		expect(cluster.ok('clRGinfo', 'node2')).toMatch(/rg_app +OFFLINE +node1\n +ONLINE +node2\n/);
		expect(cluster.state.nodes.node1!.acd).toBeNull();
		expect(cluster.ok('lssrc -s clstrmgrES')).toMatch(/clstrmgrES +cluster +inoperative/);
	});

	it("a node failing: the survivor's takeover stops where it failed, node_down_complete waits for clruncmd", () => {
		const cluster = testCluster();
		bothUpWithAcquireFailingOnNode2(cluster);
		cluster.ok('hasmit_fault node off node1', 'node2');
		cluster.ok('sleep 20', 'node2');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/EVENT FAILED: rg_move_acquire node1 1 1\n/);
		expect(cluster.state.heldEvents?.map(held => `${held.event} ${held.args}`)).toEqual(['rg_move_complete node1 1', 'node_down_complete node1']);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeUndefined();
		script(cluster, POST, ['exit 0'], ['node2']);
		cluster.ok('clruncmd node2', 'node2');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/EVENT COMPLETED: node_down_complete node1 0\n/);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeDefined();
	});

	it('the node waiting for clruncmd failing: nothing waits any more, so the held events and its node_down run on the survivor', () => {
		const cluster = testCluster();
		bothUpWithAcquireFailingOnNode2(cluster);
		cluster.ok('clRGmove -g rg_app -n node2 -m');
		expect(cluster.state.heldEvents?.map(held => `${held.event} ${held.args}`)).toEqual(['rg_move_complete node2 1']);
		const mark = length(cluster, 'node1');
		cluster.ok('hasmit_fault node off node2');
		cluster.ok('sleep 60');
		expect(eventsSince(cluster, 'node1', mark).filter(event => !event.includes(' ACQUIRE') && !event.includes('_addr'))).toEqual([
			'rg_move_complete node2 1',
			'node_down node2',
			'rg_move_acquire node2 1',
			'get_disk_vg_fs datavg',
			'rg_move_complete node2 1',
			'start_server app_srv',
			'node_down_complete node2',
		]);
		expect(cluster.state.heldEvents).toBeUndefined();
		expect(cluster.ok('clRGinfo -s')).toMatch(/^rg_app:ONLINE:node1:/m);
		cluster.refused('clruncmd node2', 'clruncmd: cluster services are not running on node node2.');
	});

	it('a sub-event failing stops its event where it was: the group stays ACQUIRING with what it had, the rest is skipped', () => {
		const cluster = testCluster();
		script(cluster, POST, ['exit 1']);
		cluster.ok(`clchevent -O acquire_service_addr -a ${POST}`);
		cluster.ok('cldare -rt -v');
		cluster.ok('rc.cluster -N');
		const out = cluster.file('node1', '/tmp/hacmp.out');
		expect(out).toMatch(/EVENT FAILED: acquire_service_addr app_svc 1\n[\s\S]*EVENT FAILED: rg_move node1 1 ACQUIRE 1\n/);
		expect(out).toMatch(/EVENT FAILED: rg_move_acquire node1 1 1\n/);
		// The service address is up; get_disk_vg_fs, after it in the script, did not run.
		expect(out).not.toContain('EVENT START: get_disk_vg_fs');
		expect(cluster.ok('netstat -in')).toContain('10.10.10.100');
		expect(cluster.state.nodes.node1!.lvm.varyon.datavg).toBeUndefined();
		expect(cluster.ok('clRGinfo')).toMatch(/rg_app +ACQUIRING +node1\n/);
		expect(cluster.state.heldEvents?.map(held => held.event)).toEqual(['rg_move_complete', 'node_up_complete']);
	});

	it('a node starting while the cluster waits joins the queue: its node_up runs after clruncmd', () => {
		const cluster = testCluster();
		script(cluster, POST, ['exit 1'], ['node1']);
		script(cluster, POST, ['exit 0'], ['node2']);
		cluster.ok(`clchevent -O node_up -a ${POST}`);
		cluster.ok('cldare -rt -v');
		cluster.ok('rc.cluster -N');
		cluster.ok('rc.cluster -N', 'node2');
		expect(cluster.state.nodes.node2!.cm).toBe('ST_JOINING');
		expect(cluster.file('node2', '/tmp/hacmp.out')).not.toContain('EVENT START: node_up node2');
		expect(cluster.state.heldEvents?.map(held => held.event)).toEqual(['rg_move_acquire', 'rg_move_complete', 'node_up_complete', 'node_up']);
		script(cluster, POST, ['exit 0'], ['node1']);
		cluster.ok('clruncmd node1');
		expect(cluster.state.nodes.node2!.cm).toBe('ST_STABLE');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/EVENT COMPLETED: node_up_complete node2 0\n/);
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
	});

	it('the held events are saved with the cluster and resume from the file', () => {
		const cluster = failedTakeover();
		const saved = JSON.parse(JSON.stringify(cluster.state));
		expect(checkStructure(saved)).toBeUndefined();
		expect(saved.heldEvents).toHaveLength(2);
		expect(checkStructure({...saved, heldEvents: [{event: 'node_up'}]})).toContain('heldEvents');
	});

	it('a post-event command failing in node_up: node_up_complete waits for clruncmd, then runs', () => {
		const cluster = testCluster();
		script(cluster, POST, ['echo cannot start the batch', 'exit 2']);
		cluster.ok(`clchevent -O node_up -a ${POST}`);
		cluster.ok('cldare -rt -v');
		cluster.ok('rc.cluster -N');
		const out = cluster.file('node1', '/tmp/hacmp.out');
		expect(out).toMatch(/EVENT FAILED: node_up node1 1\n/);
		expect(out).not.toContain('EVENT START: rg_move_acquire');
		expect(out).not.toContain('EVENT START: node_up_complete');
		expect(cluster.state.nodes.node1!.cm).toBe('RP_FAILED');
		expect(cluster.state.resourceGroups.rg_app!.nodes.node1).toBe('OFFLINE');
		script(cluster, POST, ['exit 0']);
		cluster.ok('clruncmd node1');
		expect(cluster.state.nodes.node1!.cm).toBe('ST_STABLE');
		const after = cluster.file('node1', '/tmp/hacmp.out').slice(out.length);
		// The events a start without the failure runs after node_up, and node_up itself not again.
		const started = testCluster();
		started.ok('rc.cluster -N');
		const names = (text: string) => [...text.matchAll(/EVENT START: (\S+)/g)].map(m => m[1]);
		expect(names(after)).toEqual(names(started.file('node1', '/tmp/hacmp.out')).slice(1));
		expect(names(after)).toContain('rg_move_acquire');
		expect(after).not.toContain('EVENT START: node_up node1');
		expect(cluster.state.resourceGroups.rg_app!.nodes.node1).toBe('ONLINE');
	});

	it('clruncmd refuses an unknown or inactive node', () => {
		const cluster = failedTakeover();
		cluster.refused('clruncmd node9', 'clruncmd: node9 is not a node of this cluster.');
		cluster.ok('clruncmd node2');
		cluster.refused('clruncmd node1', 'clruncmd: cluster services are not running on node node1.');
	});

	it("a script missing on a node: verification says so, and the event fails there with ksh's message", () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/ha/post.sh', ['exit 0'], ['node1']);
		cluster.ok('clchevent -O rg_move_acquire -a /usr/local/ha/post.sh');
		const check = 'WARNING: The post script /usr/local/ha/post.sh of event rg_move_acquire does not exist on node node2: the event fails there.';
		// A warning: synchronization and the start go ahead.
		expect(cluster.ok('cldare -rt')).toContain(check);
		bothUp(cluster);
		cluster.ok('clstop -gr -s -y -N');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('ksh: /usr/local/ha/post.sh:  not found.\n');
		expect(cluster.state.nodes.node2!.cm).toBe('RP_FAILED');
	});

	it('the recovery command runs and the event is tried again, up to the recovery counter', () => {
		const cluster = testCluster();
		const start = '/usr/local/ha/start_app.sh';
		script(cluster, '/usr/local/ha/recover.sh', [`echo '#!/bin/ksh' > ${start}`, 'echo "recovered $1"']);
		cluster.ok('clchevent -O start_server -r /usr/local/ha/recover.sh -c 1');
		cluster.ok('cldare -rt');
		bothUp(cluster);
		cluster.arrange(state => void delete state.nodes.node2!.files[start]);
		cluster.ok('clstop -gr -s -y -N');
		const out = cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain(`ERROR: the start script ${start} does not exist on node2.\n:clcallev[`);
		expect(out).toContain('recovered start_server\n');
		expect(out).toMatch(/EVENT COMPLETED: start_server app_srv 0\n/);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeDefined();
	});

	it('without a recovery counter the failed event stays failed', () => {
		const cluster = testCluster();
		bothUp(cluster);
		cluster.arrange(state => void delete state.nodes.node2!.files['/usr/local/ha/start_app.sh']);
		cluster.ok('clstop -gr -s -y -N');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/EVENT FAILED: start_server app_srv 1\n/);
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeUndefined();
	});

	it('a post-event command that causes its own event again is stopped with a message', () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/ha/bounce.sh', ['/usr/es/sbin/cluster/utilities/clRGmove -g rg_app -n node1 -m']);
		bothUp(cluster);
		// Customized once the cluster runs (a DARE): at start the command would fail, rg_app being on node1 already.
		cluster.ok('clchevent -O rg_move_complete -a /usr/local/ha/bounce.sh');
		cluster.ok('cldare -rt');
		cluster.ok('clRGmove -g rg_app -n node2 -m');
		const out = cluster.file('node1', '/tmp/hacmp.out') + cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain(
			'rg_move_complete: the post-event command /usr/local/ha/bounce.sh was not run: it was started by the post-event command of ' +
				'rg_move_complete itself (a recursive event).',
		);
	});
});
