/** Event scripts on the nodes, Extended Event Configuration, and administrators' commands run around events (issue 12). */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';

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

describe('event scripts are files on every node', () => {
	it('cat, grep and ls read them under /usr/es/sbin/cluster/events', () => {
		const cluster = testCluster();
		expect(cluster.ok('cat /usr/es/sbin/cluster/events/node_down.sh')).toContain('Name:        node_down');
		expect(cluster.ok('grep Arguments /usr/es/sbin/cluster/events/node_down_remote.sh', 'node2')).toContain('Arguments:   nodename');
		expect(cluster.ok('ls /usr/es/sbin/cluster/events')).toContain('node_up_local_complete.sh');
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
		cluster.ok('clchevent -O node_down_remote -a post_takeover');
		expect(cluster.ok('cllsev -c -e node_down_remote')).toContain('node_down_remote:Script run on a node taking over');
		expect(cluster.ok('cllsev -c -e node_down_remote')).toMatch(/:::post_takeover::0\n$/);
		cluster.ok('cldare -rt -v');
		expect(cluster.ok('cllscustom -t event -c', 'node2')).toBe(`#name:description:script\npost_takeover:back up what was taken over:${POST}\n`);
		script(cluster, POST, ['echo "post-event of $1 (status $2) for $3 on node2"'], ['node2']);
		script(cluster, POST, ['echo never run here'], ['node1']);
		bothUp(cluster);
		cluster.ok('clstop -gr -s -y -N');
		const out = cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain(`${POST} node_down_remote 0 node1\npost-event of node_down_remote (status 0) for node1 on node2\n`);
		expect(out).toMatch(/EVENT COMPLETED: node_down_remote node1 0\n/);
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toContain('never run here');
		expect(cluster.state.nodes.node2!.cm).toBe('ST_STABLE');
	});

	it('notify runs with start and complete; pre-event runs before the event', () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/ha/notify.sh', ['echo "notify: $*"']);
		script(cluster, '/usr/local/ha/pre.sh', ['echo "pre: $*"']);
		cluster.ok('clchevent -O node_up -n /usr/local/ha/notify.sh -b /usr/local/ha/pre.sh');
		cluster.ok('rc.cluster -N');
		const out = cluster.file('node1', '/tmp/hacmp.out');
		const order = ['EVENT START: node_up node1', 'notify: node_up start node1', 'pre: node_up node1', 'EVENT START: node_up_local'];
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
		cluster.ok('clchevent -O node_up_remote -b backup');
		cluster.ok('clchcustom -t event -O backup -n backup2');
		expect(cluster.ok('cllsev -c -e node_up_remote')).toContain(':backup2:');
		cluster.refused('clrmcustom -t event -n backup2', 'custom event backup2 is the pre- or post-event command of node_up_remote');
		cluster.ok("clchevent -O node_up_remote -b ''");
		cluster.ok('clrmcustom -t event -n backup2');
		expect(cluster.ok('cllscustom -t event')).toBe('');
	});
});

describe('a failed administrator command fails the event', () => {
	function failedTakeover(): TestCluster {
		const cluster = testCluster();
		script(cluster, POST, ['echo cannot back up', 'exit 3']);
		cluster.ok(`clchevent -O node_down_remote -a ${POST}`);
		cluster.ok('cldare -rt -v');
		bothUp(cluster);
		cluster.ok('clstop -gr -s -y -N');
		return cluster;
	}

	it('/tmp/cm.log: the cluster manager notes RP_FAILED when the event fails and ST_STABLE again after clruncmd', () => {
		const cluster = failedTakeover();
		const states = () => cluster.file('node2', '/tmp/cm.log').match(/state change: .*/g);
		expect(states()?.slice(-2)).toEqual([
			'state change: ST_STABLE -> ST_RP_RUNNING (node_down node1 takeover)',
			'state change: ST_RP_RUNNING -> RP_FAILED (node_down_remote failed)',
		]);
		cluster.ok('clruncmd node2');
		expect(states()?.at(-1)).toBe('state change: RP_FAILED -> ST_STABLE (clruncmd)');
	});

	it('EVENT FAILED, the node waits in RP_FAILED; config_too_long warns; clruncmd resumes', () => {
		const cluster = failedTakeover();
		const out = cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain('cannot back up\nnode_down_remote: the post-event command /usr/local/ha/post_takeover.sh failed (exit status 3).\n');
		expect(out).toMatch(/EVENT FAILED: node_down_remote node1 1\n/);
		expect(out).toContain('Event node_down_remote failed on node node2');
		expect(cluster.state.nodes.node2!.cm).toBe('RP_FAILED');
		// Every member runs event_error for the failed event.
		expect(out).toMatch(/EVENT START: event_error node2 node_down_remote\n/);
		expect(out).toContain('event_error: the event node_down_remote failed on node node2; its cluster manager waits for clruncmd node2.');
		expect(cluster.ok('lssrc -ls clstrmgrES', 'node2')).toContain('RP_FAILED');
		cluster.ok('sleep 400');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain(
			"WARNING: Cluster prodcluster has been running recovery program 'node_down_remote' for 360 seconds. Please check cluster status.",
		);
		expect(cluster.file('node2', '/var/adm/cluster.log')).toContain('EVENT START: config_too_long 360 node_down_remote');
		const console = cluster.ok('alog -o -t console', 'node2');
		expect(console).toMatch(/^Sat Nov 21 12:00:\d\d UTC 2026 Event node_down_remote failed on node node2/);
		expect(console).toContain("UTC 2026 WARNING: Cluster prodcluster has been running recovery program 'node_down_remote' for 360 seconds.");
		cluster.ok('clruncmd node2');
		expect(cluster.state.nodes.node2!.cm).toBe('ST_STABLE');
		const before = cluster.file('node2', '/tmp/hacmp.out');
		cluster.ok('sleep 3600');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toBe(before);
		cluster.refused('clruncmd node2', 'clruncmd: no event script has failed on node node2');
	});

	it('an event failing on the node that is starting leaves it waiting in RP_FAILED until clruncmd', () => {
		const cluster = testCluster();
		script(cluster, POST, ['echo cannot start the batch', 'exit 2']);
		cluster.ok(`clchevent -O node_up_local -a ${POST}`);
		cluster.ok('cldare -rt -v');
		cluster.ok('rc.cluster -N');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/EVENT FAILED: node_up_local 1\n/);
		expect(cluster.state.nodes.node1!.cm).toBe('RP_FAILED');
		cluster.ok('clruncmd node1');
		expect(cluster.state.nodes.node1!.cm).toBe('ST_STABLE');
	});

	it('clruncmd refuses an unknown or inactive node', () => {
		const cluster = failedTakeover();
		cluster.refused('clruncmd node9', 'clruncmd: node9 is not a node of this cluster.');
		cluster.refused('clruncmd node1', 'clruncmd: cluster services are not running on node node1.');
	});

	it("a script missing on a node: verification says so, and the event fails there with ksh's message", () => {
		const cluster = testCluster();
		script(cluster, '/usr/local/ha/post.sh', ['exit 0'], ['node1']);
		cluster.ok('clchevent -O node_down_remote -a /usr/local/ha/post.sh');
		const check = 'WARNING: The post script /usr/local/ha/post.sh of event node_down_remote does not exist on node node2: the event fails there.';
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
		cluster.ok('clchevent -O rg_move_complete -a /usr/local/ha/bounce.sh');
		cluster.ok('cldare -rt');
		bothUp(cluster);
		cluster.ok('clRGmove -g rg_app -n node2 -m');
		const out = cluster.file('node1', '/tmp/hacmp.out') + cluster.file('node2', '/tmp/hacmp.out');
		expect(out).toContain(
			'rg_move_complete: the post-event command /usr/local/ha/bounce.sh was not run: it was started by the post-event command of ' +
				'rg_move_complete itself (a recursive event).',
		);
	});
});
