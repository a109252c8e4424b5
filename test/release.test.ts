/** HACMP 4.3 and 5.2: each cluster runs one release, and what an administrator sees agrees with it. */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {migrate} from '../src/store/migrations.js';
import {loadCheckedMenus} from '../src/cli/menus.js';
import {commandLine, openFastPath, runDialog, setField} from '../src/menu/dialog.js';
import {accepted, menuCatalog, smitOn} from './helpers/smit.js';
import {TEST_CLOCK, testCluster} from './helpers/cluster.js';
import {createRegistry} from '../src/domains/index.js';
import {loadLabs, runSolutionStep, setUp} from '../src/lab/engine.js';
import type {Session} from '../src/command/shell.js';
import {hasmit, sandbox} from './helpers/cli.js';

const on43 = (scenario = 'two-node') => {
	const cluster = testCluster(scenario);
	cluster.arrange(state => setRelease(state, '4.3'));
	return cluster;
};

const events = (text: string) => [...text.matchAll(/EVENT START: (\S+)/g)].map(m => m[1]!);

describe('HACMP 4.3 (classic)', () => {
	it('has 4.3 filesets, no halevel, and the four daemons of the study guide, none running while services are down', () => {
		const cluster = on43();
		expect(cluster.ok('lslpp -l cluster.base.server.rte')).toContain('  cluster.base.server.rte     4.3.1.0  COMMITTED  HACMP Base Server Runtime\n');
		expect(cluster.run('lslpp -l cluster.es.server.rte').code).not.toBe(0);
		expect(cluster.run('halevel -s').stderr).toBe('ksh: halevel:  not found.\n');
		expect(cluster.ok('lssrc -g cluster')).toBe(
			[
				'Subsystem         Group            PID          Status ',
				' clstrmgr         cluster                       inoperative',
				' clsmuxpd         cluster                       inoperative',
				' clinfo           cluster                       inoperative',
				'',
			].join('\n'),
		);
		expect(cluster.run('lssrc -ls clstrmgr').stderr).toBe(
			'0513-036 The request could not be passed to the clstrmgr subsystem.\nStart the subsystem and try your command again.\n',
		);
		expect(cluster.run('lssrc -s clstrmgrES').stderr).toBe('0513-085 The clstrmgrES Subsystem is not on file.\n');
	});

	it('runs on AIX 4.3.3, which has JFS and no JFS2: the shared file systems and their logs are JFS ones', () => {
		const cluster = on43();
		expect(cluster.ok('lsfs /data')).toMatch(/^\/dev\/datalv +-- +\/data +jfs +/m);
		cluster.ok('varyonvg datavg');
		expect(cluster.ok('lsvg -l datavg')).toMatch(/^dataloglv +jfslog +1 /m);
		expect(cluster.ok('lslpp -l bos.rte')).toContain(' 4.3.3.75 ');
	});

	it('keeps its commands in /usr/sbin/cluster: the /usr/es paths and the HACMP 5 commands are not found', () => {
		const cluster = on43();
		expect(cluster.run('/usr/es/sbin/cluster/utilities/cllsgrp').stderr).toBe('ksh: /usr/es/sbin/cluster/utilities/cllsgrp:  not found.\n');
		expect(cluster.ok('/usr/sbin/cluster/utilities/cllsgrp')).toBe('rg_app\n');
		expect(cluster.run('clRGinfo').stderr).toBe('ksh: clRGinfo:  not found.\n');
		expect(cluster.run('clsettlingtime').code).toBe(127);
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -R');
		expect(cluster.ok('grep hacmp: /etc/inittab')).toBe(
			'hacmp:2:wait:/usr/sbin/cluster/etc/rc.cluster -boot > /dev/console 2>&1 # Bring up Cluster\n',
		);
	});

	it('holds cascading, rotating and concurrent groups: custom groups become the legacy type with their policies', () => {
		expect(on43().ok('clshowres')).toMatch(/^Node Relationship +cascading$/m);
		const cluster = testCluster('concurrent');
		cluster.ok("claddgrp -g rg_rot -S OUDP -O FNPN -B NFB -n 'node1 node2'");
		cluster.ok("claddgrp -g rg_it -S OFAN -O FNPN -B FBHPN -n 'node1 node2'");
		cluster.arrange(state => setRelease(state, '4.3'));
		const config = cluster.state.configs[cluster.state.nodes.node1!.dcd]!;
		expect(Object.values(config.resourceGroups).map(g => [g.name, g.type, g.inactiveTakeover])).toEqual([
			['rg_conc', 'concurrent', undefined],
			['rg_rot', 'rotating', undefined],
			['rg_it', 'cascading', true],
		]);
		expect(config.settlingTime).toBeUndefined();
		expect(cluster.run("claddgrp -g rg_new -r custom -n 'node1 node2'").stderr).toMatch(
			/^claddgrp: custom is not a resource group type; use one of cascading, rotating, concurrent\.\n/,
		);
	});

	it('smit clstart and clstop are 4.3 dialogs: rc.cluster and clstop on this node, the stop broadcasts by default', () => {
		const cluster = on43();
		const {catalog} = loadCheckedMenus(undefined, {release: '4.3'});
		const start = accepted(openFastPath(catalog, 'clstart', smitOn(cluster)));
		expect(start.fields.map(f => f.option.name)).toEqual([
			'Start now, on system restart or both',
			'BROADCAST message at startup?',
			'Startup Cluster Information Daemon?',
		]);
		expect(commandLine(start)).toBe("/usr/sbin/cluster/etc/rc.cluster -boot '-N' '-b'");
		accepted(runDialog(start, smitOn(cluster)));
		expect(cluster.ok('lssrc -s clstrmgr')).toMatch(/^ clstrmgr +cluster +\d+ +active$/m);
		const stop = accepted(
			setField(accepted(openFastPath(catalog, 'clstop', smitOn(cluster))), 'Shutdown mode (graceful or graceful with takeover, forced)', 'forced'),
		);
		expect(commandLine(stop)).toBe("/usr/sbin/cluster/etc/clstop -y '-N' '-f'");
		const {result} = accepted(runDialog(stop, smitOn(cluster)));
		expect(result!.stdout).toContain('Broadcast message from root@node1');
		expect(cluster.state.resourceGroups.rg_app!.nodes.node1).toBe('ONLINE');
		expect(cluster.state.nodes.node1!.forcedDown).toBe(true);
	});

	it('traces the 4.3 event sequence: the member already up runs node_up_remote and node_up_remote_complete', () => {
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N', 'node2');
		expect(events(cluster.file('node2', '/tmp/hacmp.out'))).toEqual(['node_up', 'node_up_local', 'node_up_complete', 'node_up_local_complete']);
		// Persistent IP labels came with HACMP 5.1: none is configured on a 4.3 node.
		expect(cluster.file('node2', '/tmp/hacmp.out')).not.toContain('cl_configure_persistent_address');
		expect(events(cluster.file('node1', '/tmp/hacmp.out')).slice(-4)).toEqual([
			'node_up',
			'node_up_remote',
			'node_up_complete',
			'node_up_remote_complete',
		]);
		cluster.ok('/usr/sbin/cluster/etc/clstop -g -N');
		expect(events(cluster.file('node2', '/tmp/hacmp.out')).slice(-4)).toEqual([
			'node_down',
			'node_down_remote',
			'node_down_complete',
			'node_down_remote_complete',
		]);
	});
});

describe('HACMP 5.2', () => {
	it('says 5.2 everywhere: halevel, lslpp and the cluster manager once it runs', () => {
		const cluster = testCluster();
		expect(cluster.ok('halevel')).toBe('5.2.0\n');
		cluster.ok('rc.cluster -N');
		const report = cluster.ok('lssrc -ls clstrmgrES');
		expect(report).toContain('52haes_r520');
		expect(report).toContain('local node vrmf is 5200\n');
	});

	it('Start Cluster Services has 5.2 fields; Stop broadcasts unless told not to', () => {
		const cluster = testCluster();
		const {catalog} = loadCheckedMenus();
		const start = accepted(openFastPath(catalog, 'clstart', smitOn(cluster)));
		expect(start.fields.map(f => f.option.name)).toEqual([
			'Start now, on system restart or both',
			'Start Cluster Services on these nodes',
			'BROADCAST message at startup?',
			'Startup Cluster Information Daemon?',
			'Reacquire resources after forced down ?',
		]);
		const stop = accepted(openFastPath(catalog, 'clstop', smitOn(cluster)));
		expect(stop.fields.find(f => f.option.name === 'BROADCAST cluster shutdown?')!.value).toBe('true');
	});
});

describe('the release of a cluster', () => {
	it('each release has a valid SMIT tree of its own', () => {
		expect(loadCheckedMenus(undefined, {release: '4.3'}).problems).toEqual([]);
		expect(loadCheckedMenus(undefined, {release: '5.2'}).problems).toEqual([]);
		expect(
			loadCheckedMenus(undefined, {release: '4.3'})
				.catalog.menus.get('hacmp')!
				.items.map(i => i.text),
		).toEqual(['Cluster Configuration', 'Cluster Services', 'Cluster System Management', 'Cluster Recovery Aids', 'RAS Support']);
	});

	it('a state saved before releases runs 5.2', () => {
		const data: Record<string, unknown> = {version: 5};
		expect(migrate(data, 5, 7)).toBeUndefined();
		expect(data).toEqual({version: 7, release: '5.2'});
	});

	it('hasmit scenario load --release puts the scenario on that release; an unknown release is refused', () => {
		const {env} = sandbox();
		const load = hasmit(['scenario', 'load', 'two-node', '--release', '4.3', '--yes'], {env});
		expect(load.code).toBe(0);
		expect(load.stdout).toMatch(/^hasmit: loaded the two-node scenario \(HACMP 4\.3\) into /);
		expect(hasmit(['exec', 'lssrc -g cluster'], {env}).stdout).toContain(' clsmuxpd ');
		const bad = hasmit(['scenario', 'load', 'two-node', '--release', '4.4', '--yes'], {env});
		expect(bad.code).not.toBe(0);
		expect(bad.stderr).toBe('hasmit: HACMP 4.4 is not simulated. Releases: 4.3, 5.2.\n');
	});
});

describe('the seed labs of a release', () => {
	it('stop-modes (seed 000 §8.2.3) runs on HACMP 4.3: its cluster, its smit clstop and its classic daemons', () => {
		const registry = createRegistry();
		const {labs} = loadLabs('menus/labs');
		// The seed 000 labs whose checks a 4.3 node can answer (the others read clRGinfo, which came with HACMP 5).
		expect(labs.filter(l => l.release === '4.3').map(l => l.name)).toEqual([
			'dare-sticky',
			'dare-stop-clear',
			'monitor-clstat',
			'ptf-rolling',
			'scheduled-backup-events',
			'start-at-restart',
			'start-stop-takeover',
			'stop-modes',
		]);
		const lab = labs.find(l => l.name === 'stop-modes')!;
		const session: Session = {state: setUp(lab, registry, TEST_CLOCK), node: '', registry};
		expect(session.state.release).toBe('4.3');
		expect(session.state.nodes.node1!.subsystems.clstrmgr!.pid).toBeGreaterThan(0);
		expect(runSolutionStep(lab.solution[0]!, session, menuCatalog('4.3'))).toBeUndefined();
		expect(session.state.nodes.node1!.files['/tmp/hacmp.out']).toContain('EVENT COMPLETED: node_down node1 forced 0');
	});
});
