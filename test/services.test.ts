import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {inittabEntry} from '../src/cluster/services.js';

const INITTAB_ENTRY = inittabEntry({release: '5.2'});
import type {ClusterState} from '../src/cluster/state.js';
import type {DeepReadonly} from '../src/cluster/readonly.js';

const START = "_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_rc.cluster '-N' -cspoc-n 'node1' '-b'";

/** The event names in a node's hacmp.out, in order (EVENT START lines). */
function events(state: DeepReadonly<ClusterState>, node: string): string[] {
	return [...(state.nodes[node]!.files['/tmp/hacmp.out'] ?? '').matchAll(/EVENT START: (\S+)/g)].map(m => m[1]!);
}

const aliases = (state: DeepReadonly<ClusterState>, node: string) => Object.values(state.nodes[node]!.interfaces).flatMap(i => i.addresses);

describe('starting cluster services', () => {
	it('starts the daemons, joins the cluster and acquires the home group (clstart dialog command)', () => {
		const cluster = testCluster();
		const out = cluster.ok(START);
		expect(out).toContain('node1: 0513-059 The topsvcs Subsystem has been started. Subsystem PID is');
		expect(out).toContain('Status of the HACMP subsystems:');
		const node1 = cluster.state.nodes.node1!;
		expect(node1.cm).toBe('ST_STABLE');
		expect(node1.acd).toBe(node1.dcd);
		for (const daemon of ['topsvcs', 'grpsvcs', 'emsvcs', 'emaixos', 'clsmuxpdES', 'clstrmgrES'])
			expect(node1.subsystems[daemon]!.pid).toBeGreaterThan(0);
		expect(node1.subsystems.clinfoES!.pid).toBe(0);
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(aliases(cluster.state, 'node1')).toEqual(expect.arrayContaining(['node1_boot1', 'node1_boot2', 'app_svc', 'node1_pers']));
		expect(node1.lvm.varyon.datavg).toBe('active');
		expect(node1.lvm.mounts['/data']?.dev).toBe('/dev/datalv');
		expect(node1.apps.app_srv).toBeDefined();
		expect(events(cluster.state, 'node1')).toEqual([
			'node_up',
			'rg_move_acquire',
			'rg_move',
			'acquire_service_addr',
			'get_disk_vg_fs',
			'rg_move_complete',
			'start_server',
			'node_up_complete',
		]);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/^Nov 21 12:00:\d\d EVENT START: node_up node1$/m);
		expect(cluster.file('node1', '/var/adm/cluster.log')).toMatch(
			/^Nov 21 12:00:\d\d node1 user:notice HACMP for AIX: EVENT COMPLETED: node_up_complete node1 0$/m,
		);
		expect(cluster.file('node1', '/tmp/cspoc.log')).toContain('cl_rc.cluster -cspoc');
		expect(cluster.ok('lssrc -ls clstrmgrES')).toMatch(/^Current state: ST_STABLE$/m);
	});

	it('leaves a group on its home node when the second node joins, and logs node_up there too', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		cluster.ok('rc.cluster -N', 'node2');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		// Every member runs the joining node's events (HACMP 5.2: no group moves, so no rg_move between them).
		expect(events(cluster.state, 'node1').slice(-2)).toEqual(['node_up', 'node_up_complete']);
		expect(events(cluster.state, 'node2')).toEqual(['node_up', 'node_up_complete']);
	});

	it('starts clinfoES with -i, and clstat then shows the cluster', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N -i');
		expect(cluster.state.nodes.node1!.subsystems.clinfoES!.pid).toBeGreaterThan(0);
		const stat = cluster.ok('clstat -a');
		expect(stat).toContain('clstat - HACMP Cluster Status Monitor');
		expect(stat).toMatch(/Node: node1\s+State: UP/);
		expect(stat).toMatch(/Node: node2\s+State: DOWN/);
		expect(stat).toMatch(/Resource Group: rg_app\s+State: {2}On line/);
	});

	it('refuses to start an already active node, changing nothing', () => {
		const cluster = testCluster();
		cluster.ok(START);
		const before = cluster.state;
		const result = cluster.run(START);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('cl_rc.cluster: Cluster services are already active on node1. Nothing was started.');
		expect(cluster.state).toBe(before);
	});

	it('refuses an unknown node, changing nothing', () => {
		const cluster = testCluster();
		const before = cluster.state;
		const result = cluster.run("cl_rc.cluster -cspoc '-n node1,node9' -N");
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('node9 is not a cluster node. The cluster nodes are: node1, node2.');
		expect(cluster.state).toBe(before);
	});

	it('prints Usage and exits 1 on a bad flag', () => {
		const cluster = testCluster();
		const result = cluster.run('rc.cluster -Z');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('rc.cluster: Not a recognized flag: Z\nUsage: rc.cluster [-boot] [-b] [-i | -I] [-N | -R | -B] [-r] [-x]\n');
		expect(cluster.run('clstop -N').stderr).toContain('choose a shutdown mode');
	});
});

describe('now, restart or both', () => {
	it('adds the inittab entry exactly as the seed shows for restart, without starting', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -R');
		const inittab = cluster.ok('cat /etc/inittab');
		expect(inittab).toContain(`${INITTAB_ENTRY}\n`);
		expect(INITTAB_ENTRY).toBe('hacmp:2:wait:/usr/es/sbin/cluster/etc/rc.cluster -boot > /dev/console 2>&1 # Bring up Cluster');
		expect(inittab.trimEnd().split('\n').at(-1)).toMatch(/^pst_clinit:/);
		expect(cluster.state.nodes.node1!.acd).toBeNull();
	});

	it('both starts and adds the entry; clstop -R removes it and leaves services up; -B removes and stops', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -B');
		expect(cluster.state.nodes.node1!.inittab).toContain(INITTAB_ENTRY);
		expect(cluster.state.nodes.node1!.cm).toBe('ST_STABLE');
		cluster.ok('clstop -g -R');
		expect(cluster.state.nodes.node1!.inittab).not.toContain(INITTAB_ENTRY);
		expect(cluster.state.nodes.node1!.cm).toBe('ST_STABLE');
		cluster.ok('rc.cluster -R');
		cluster.ok('clstop -g -B');
		expect(cluster.state.nodes.node1!.inittab).not.toContain(INITTAB_ENTRY);
		expect(cluster.state.nodes.node1!.cm).toBe('ST_INIT');
	});

	it('an entry written to /etc/inittab by hand is the entry clstop -R removes', () => {
		const cluster = testCluster();
		cluster.ok(`echo '${INITTAB_ENTRY}' >> /etc/inittab`);
		expect(cluster.state.nodes.node1!.inittab.at(-1)).toBe(INITTAB_ENTRY);
		expect(cluster.ok('grep -c "^hacmp:" /etc/inittab')).toBe('1\n');
		cluster.ok('clstop -g -R');
		expect(cluster.run('grep -c "^hacmp:" /etc/inittab')).toMatchObject({stdout: '0\n', code: 1});
	});

	it('now leaves inittab alone', () => {
		const cluster = testCluster();
		const before = cluster.state.nodes.node1!.inittab;
		cluster.ok('rc.cluster -N');
		expect(cluster.state.nodes.node1!.inittab).toEqual(before);
	});
});

describe('stopping cluster services', () => {
	function bothUp() {
		const cluster = testCluster();
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		return cluster;
	}

	it('graceful: releases the groups, no takeover, daemons stop, ST_INIT', () => {
		const cluster = bothUp();
		cluster.ok("cl_clstop -cspoc '-n node1' -N -s -g");
		const node1 = cluster.state.nodes.node1!;
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'OFFLINE'});
		expect(node1.cm).toBe('ST_INIT');
		expect(node1.acd).toBeNull();
		expect(node1.subsystems.topsvcs!.pid).toBe(0);
		// 5.2's cluster manager stops with cluster services (it runs from boot only from 5.3 on).
		expect(node1.subsystems.clstrmgrES!.pid).toBe(0);
		expect(aliases(cluster.state, 'node1')).not.toContain('app_svc');
		expect(aliases(cluster.state, 'node1')).toContain('node1_pers');
		expect(node1.lvm.varyon.datavg).toBeUndefined();
		expect(node1.lvm.mounts['/data']).toBeUndefined();
		expect(node1.apps).toEqual({});
		expect(events(cluster.state, 'node1').slice(-7)).toEqual([
			'node_down',
			'rg_move_release',
			'rg_move',
			'stop_server',
			'release_vg_fs',
			'release_service_addr',
			'node_down_complete',
		]);
		expect(cluster.state.nodes.node2!.cm).toBe('ST_STABLE');
	});

	it('graceful with takeover: the group moves to the next node (rg_move ACQUIRE there)', () => {
		const cluster = bothUp();
		cluster.ok('clstop -gr -s -y -N');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'ONLINE'});
		const node2 = cluster.state.nodes.node2!;
		expect(aliases(cluster.state, 'node2')).toContain('app_svc');
		expect(node2.lvm.mounts['/data']).toBeDefined();
		expect(node2.apps.app_srv).toBeDefined();
		expect(events(cluster.state, 'node2').slice(-7)).toEqual([
			'rg_move_acquire',
			'rg_move',
			'acquire_takeover_addr',
			'get_disk_vg_fs',
			'rg_move_complete',
			'start_server',
			'node_down_complete',
		]);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('EVENT START: start_server app_srv');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('EVENT START: node_down node1 graceful');
	});

	it('takeover with no other active node leaves the group offline', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		cluster.ok('clstop -gr');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'OFFLINE', node2: 'OFFLINE'});
	});

	it('forced: only the daemons stop; resources stay up and ONLINE on the node (no UNMANAGED before 5.4), and no node takes over', () => {
		const cluster = bothUp();
		cluster.ok('clstop -f -s');
		const node1 = cluster.state.nodes.node1!;
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(node1.forcedDown).toBe(true);
		expect(node1.subsystems.topsvcs!.pid).toBe(0);
		expect(aliases(cluster.state, 'node1')).toContain('app_svc');
		expect(node1.lvm.varyon.datavg).toBe('active');
		expect(node1.lvm.mounts['/data']).toBeDefined();
		expect(node1.apps.app_srv).toBeDefined();
		expect(cluster.ok('clRGinfo', 'node2')).toMatch(/rg_app\s+ONLINE\s+node1/);

		// Restarting the node manages the group again without acquiring anything twice.
		cluster.ok('rc.cluster -N');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(node1.forcedDown).toBe(true);
		expect(cluster.state.nodes.node1!.forcedDown).toBe(false);
	});

	it('a node rejoining takes its group back (fallback to higher priority node)', () => {
		const cluster = bothUp();
		cluster.ok('clstop -gr -s');
		cluster.ok('rc.cluster -N');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('EVENT START: rg_move node1 1 RELEASE');
		expect(aliases(cluster.state, 'node2')).not.toContain('app_svc');
		expect(cluster.state.nodes.node2!.lvm.varyon.datavg).toBeUndefined();
	});

	it('refuses to stop a node that is not running, changing nothing', () => {
		const cluster = testCluster();
		const before = cluster.state;
		const result = cluster.run("_SPOC_FORCE=Y /usr/es/sbin/cluster/cspoc/fix_args nop cl_clstop '-N' -cspoc-n 'node2' '-s' '-g'");
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Cluster services are not active on node2. Nothing was stopped.');
		expect(cluster.state).toBe(before);
	});

	it('stops all named nodes through C-SPOC, one after the other, output prefixed by node', () => {
		const cluster = bothUp();
		const out = cluster.ok("cl_clstop -cspoc '-n node1,node2' -N -s -g");
		expect(out).toMatch(/^node1: Stopping Cluster Services on node: node1 \(graceful\)$/m);
		expect(out).toMatch(/^node2: Stopping Cluster Services on node: node2 \(graceful\)$/m);
		expect(out.indexOf('node1: Stopping')).toBeLessThan(out.indexOf('node2: Stopping'));
		expect(Object.values(cluster.state.nodes).every(n => n.cm === 'ST_INIT')).toBe(true);
	});
});

describe('clinfo on its own', () => {
	it('starts and stops with startsrc / stopsrc, and other daemons are refused', () => {
		const cluster = testCluster();
		expect(cluster.ok('startsrc -s clinfoES')).toMatch(/^0513-059 The clinfoES Subsystem has been started. Subsystem PID is \d+\.$/m);
		expect(cluster.ok('lssrc -s clinfoES')).toMatch(/^ clinfoES\s+cluster\s+\d+\s+active$/m);
		expect(cluster.run('startsrc -s clinfoES').stderr).toContain('0513-029 The clinfoES Subsystem is already active.');
		expect(cluster.ok('stopsrc -s clinfoES')).toBe('0513-044 The clinfoES Subsystem was requested to stop.\n');
		expect(cluster.run('stopsrc -s clstrmgrES').stderr).toContain('halt the node');
		expect(cluster.run('clstat -a').stderr).toContain('Failed retrieving cluster information.');
	});
});

describe('status commands', () => {
	it('lssrc -g cluster uses the SRC table layout', () => {
		const cluster = testCluster();
		const out = cluster.ok('lssrc -g cluster');
		expect(out.split('\n')[0]).toBe('Subsystem         Group            PID          Status ');
		expect(out).toMatch(/^ clstrmgrES {7}cluster {23}inoperative$/m);
		expect(out).toMatch(/^ clinfoES {9}cluster {23}inoperative$/m);
		expect(cluster.run('lssrc -s nosuch').stderr).toBe('0513-085 The nosuch Subsystem is not on file.\n');
		expect(cluster.run('lssrc -ls clstrmgrES').stderr).toBe(
			'0513-036 The request could not be passed to the clstrmgrES subsystem.\nStart the subsystem and try your command again.\n',
		);
		cluster.ok('rc.cluster -N');
		expect(cluster.ok('lssrc -g cluster')).toMatch(/^ clstrmgrES {7}cluster {10}\d+\s+active$/m);
		expect(cluster.ok('lssrc -ls clstrmgrES')).toMatch(/^Current state: ST_STABLE$/m);
	});

	it('clRGinfo needs a running cluster manager, and has colon and verbose forms', () => {
		const cluster = testCluster();
		const down = cluster.run('clRGinfo');
		expect(down.code).toBe(1);
		expect(down.stderr).toBe('clRGinfo: The Cluster Manager is not running on any cluster node; cannot get the state of the resource groups.\n');
		cluster.ok('rc.cluster -N');
		expect(cluster.ok('clRGinfo -s')).toBe(
			'rg_app:ONLINE:node1:non-concurrent:OHN:FNPN:FBHPN:ignore\nrg_app:OFFLINE:node2:non-concurrent:OHN:FNPN:FBHPN:ignore\n',
		);
		expect(cluster.ok('clRGinfo -v')).toContain('Startup Policy: Online On Home Node Only');
		expect(cluster.run('clRGinfo nosuch').stderr).toContain('Resource group nosuch is not defined');
		expect(cluster.ok('clfindres')).toMatch(/rg_app\s+custom\s+UP\s+node1/);
	});

	it('cltopinfo, cllsif, cllsgrp and clnodename list the configuration', () => {
		const cluster = testCluster();
		expect(cluster.ok('cltopinfo')).toContain('There are 2 node(s) and 2 network(s) defined');
		expect(cluster.ok('cllsif')).toMatch(/^app_svc\s+service\s+net_ether_01\s+ether\s+public\s+node1\s+10\.10\.10\.100/m);
		expect(cluster.ok('cllsgrp')).toBe('rg_app\n');
		expect(cluster.ok('clnodename')).toBe('node1\nnode2\n');
		expect(cluster.ok('clshowsrv -v')).toContain('Status of the optional HACMP subsystems:');
	});

	it('logs can be read with cat, tail and grep', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		expect(cluster.ok('grep -c "EVENT START" /tmp/hacmp.out')).toBe('8\n');
		expect(cluster.ok('tail -n 1 /var/adm/cluster.log')).toMatch(/EVENT COMPLETED: node_up_complete node1 0\n$/);
		expect(cluster.ok('cat /tmp/hacmp.out | grep start_server | head -1')).toContain('EVENT START: start_server app_srv');
		expect(cluster.run('cat /no/such/file').stderr).toBe('cat: 0652-050 Cannot open /no/such/file.\n');
	});
});

describe('other scenarios', () => {
	it('mutual takeover with IPAT via replacement: the takeover address lands on the standby interface', () => {
		const cluster = testCluster('mutual-takeover');
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.state.nodes.nodea!.interfaces.en0!.addresses[0]).toBe('db_svc');
		expect(cluster.state.nodes.nodeb!.interfaces.en0!.addresses[0]).toBe('web_svc');
		cluster.ok('clstop -gr', 'nodea');
		expect(cluster.state.resourceGroups.rg_db!.nodes).toEqual({nodea: 'OFFLINE', nodeb: 'ONLINE'});
		expect(cluster.state.nodes.nodeb!.interfaces.en1!.addresses).toEqual(['db_svc']);
		expect(cluster.state.nodes.nodea!.interfaces.en0!.addresses).toEqual(['nodea_boot']);
	});

	it('concurrent: online on every active node; a node leaving affects only itself', () => {
		const cluster = testCluster('concurrent');
		cluster.ok('cl_rc.cluster -N');
		expect(cluster.state.resourceGroups.rg_conc!.nodes).toEqual({node1: 'ONLINE', node2: 'ONLINE', node3: 'ONLINE'});
		for (const node of ['node1', 'node2', 'node3']) expect(cluster.state.nodes[node]!.lvm.varyon.concvg).toBe('concurrent-active');
		expect(aliases(cluster.state, 'node2')).toContain('node2_svc');
		expect(aliases(cluster.state, 'node2')).not.toContain('node1_svc');
		cluster.ok('clstop -gr', 'node2');
		expect(cluster.state.resourceGroups.rg_conc!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE', node3: 'ONLINE'});
		// 5.2 has no Cluster Lock Manager (last supported in HACMP 5.1): concurrent access runs without cllockdES.
		expect(cluster.state.nodes.node1!.subsystems.cllockdES).toBeUndefined();
		expect(cluster.run('lssrc -s cllockdES').stderr).toContain('0513-085 The cllockdES Subsystem is not on file.');
	});
});

describe('C-SPOC through clcomdES', () => {
	it('refuses a node whose clcomdES turns this one away (an unresolvable name in its rhosts), changing nothing', () => {
		const cluster = testCluster();
		cluster.arrange(state => void (state.nodes.node2!.files['/usr/es/sbin/cluster/etc/rhosts'] += 'nosuchhost\n'));
		cluster.refused(
			"cl_rc.cluster -cspoc '-n node1,node2' -N",
			'cl_rc.cluster: Unable to communicate with node node2: clcomdES on node2 refused the connection from node1. Check ' +
				'/usr/es/sbin/cluster/etc/rhosts on node2.',
		);
		// node1 alone needs no connection, but verification still reports node2's rhosts (5.2 has no -v to ignore it).
		const alone = cluster.run("cl_rc.cluster -cspoc '-n node1' -N");
		expect(alone.code).toBe(1);
		expect(alone.stderr).toContain('Start of cluster services on node1 was aborted.');
	});
});
