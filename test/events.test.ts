/**
 * The event queue on the simulated clock, node-event hooks and resource
 * kinds: what other domains build on (item 6 of issue 8).
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {testCluster, TEST_CLOCK, type TestCluster} from './helpers/cluster.js';
import {emptyState} from '../src/cluster/scenarios/build.js';
import type {ClusterState} from '../src/cluster/state.js';
import {STATE_VERSION} from '../src/cluster/state.js';
import {defineEventKind} from '../src/cluster/events/queue.js';
import {catchUpClock, groupTimer, passTime} from '../src/cluster/events/timers.js';
import {EventLog} from '../src/cluster/events/log.js';
import {onNodeEvent} from '../src/cluster/events/node-hooks.js';
import {resourceKinds, type ResourceKind} from '../src/cluster/events/resource-kinds.js';
import {installDomains} from '../src/cluster/domain.js';
import {DOMAINS} from '../src/domains/index.js';
import {diskScript} from '../src/cluster/events/resources.js';
import {migrateTimersToQueue} from '../src/cluster/events/migrate.js';
import {validateState} from '../src/store/state-file.js';
import {migrate} from '../src/store/migrations.js';

/** What a test kind fired, with the clock it fired at. */
const fired: string[] = [];
const chime = defineEventKind<{label: string}>('test_chime', (state, {label}) => void fired.push(`${label}@${state.clock - TEST_CLOCK}`));

const events = (cluster: TestCluster, node: string) => [...cluster.file(node, '/tmp/hacmp.out').matchAll(/EVENT START: (\S+)/g)].map(m => m[1]!);

describe('the event queue', () => {
	it('fires by due time; events due at the same time fire in the order they were queued', () => {
		fired.length = 0;
		const state = emptyState('test', TEST_CLOCK);
		for (const [label, at] of [
			['b', 5000],
			['c', 5000],
			['a', 1000],
			['d', 5000],
		] as const)
			chime.schedule(state, TEST_CLOCK + at, {label});
		expect(state.queue.map(e => [e.seq, e.payload])).toEqual([
			[3, {label: 'a'}],
			[1, {label: 'b'}],
			[2, {label: 'c'}],
			[4, {label: 'd'}],
		]);
		passTime(state, 4);
		expect(fired).toEqual(['a@1000']);
		passTime(state, 6);
		expect(fired).toEqual(['a@1000', 'b@5000', 'c@5000', 'd@5000']);
		expect(state.clock).toBe(TEST_CLOCK + 10000);
		expect(state.queue).toEqual([]);
	});

	it('an event a handler queues fires in the same pass if it falls due by then', () => {
		fired.length = 0;
		const relay = defineEventKind<{after: number}>('test_relay', (state, {after}) => chime.schedule(state, state.clock + after, {label: 'relayed'}));
		const state = emptyState('test', TEST_CLOCK);
		relay.schedule(state, TEST_CLOCK + 1000, {after: 2000});
		relay.schedule(state, TEST_CLOCK + 2000, {after: 60000});
		passTime(state, 10);
		expect(fired).toEqual(['relayed@3000']);
		expect(chime.pending(state)).toEqual([{at: TEST_CLOCK + 62000, payload: {label: 'relayed'}}]);
	});

	it('the host clock catching up fires what fell due; a host clock behind the simulated one changes nothing', () => {
		fired.length = 0;
		const state = emptyState('test', TEST_CLOCK);
		chime.schedule(state, TEST_CLOCK + 1000, {label: 'x'});
		catchUpClock(state, TEST_CLOCK - 5000);
		expect([fired, state.clock]).toEqual([[], TEST_CLOCK]);
		catchUpClock(state, TEST_CLOCK + 1500);
		expect([fired, state.clock]).toEqual([['x@1000'], TEST_CLOCK + 1500]);
	});

	it('a kind registered outside the clock fires when `sleep` lets its time come, with what its handler writes kept', () => {
		const notice = defineEventKind<{node: string; text: string}>('test_notice', (state, {node, text}) => new EventLog(state).note(node, text));
		const cluster = testCluster();
		cluster.arrange(draft => notice.schedule(draft, draft.clock + 30_000, {node: 'node1', text: 'config_too_long would say so'}));
		cluster.ok('sleep 29');
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toContain('config_too_long');
		cluster.ok('sleep 1');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('config_too_long would say so\n');
		expect(notice.pending(cluster.state)).toEqual([]);
	});

	it('a group removed by a dynamic reconfiguration takes its timer with it; the same name added again starts without one', () => {
		const cluster = testCluster('concurrent');
		cluster.ok("claddgrp -g rg_wait -n 'node1 node2 node3' -S OFAN -O FNPN -B NFB");
		cluster.ok('clsettlingtime -t 600');
		cluster.ok('cldare -rt');
		cluster.ok('rc.cluster -N', 'node2');
		expect(groupTimer(cluster.state, 'rg_wait')?.kind).toBe('settling');
		cluster.ok('clrmgrp -g rg_wait', 'node2');
		cluster.ok('cldare -rt', 'node2');
		expect(cluster.state.queue).toEqual([]);
		cluster.ok("claddgrp -g rg_wait -n 'node1 node2 node3' -S OFAN -O FNPN -B NFB", 'node2');
		cluster.ok('cldare -rt', 'node2');
		cluster.ok('sleep 700');
		expect(cluster.file('node2', '/tmp/hacmp.out')).not.toContain('Settling time for resource group rg_wait has expired');
	});

	it('a name is defined once', () => {
		expect(() => defineEventKind('test_chime', () => {})).toThrow('event kind test_chime is already defined');
	});
});

describe('node-event hooks', () => {
	it('a subscriber sees node_up, node_down and their completions in order, inside the event scripts', () => {
		const cluster = testCluster();
		const seen: string[] = [];
		const stops = (['node_up', 'node_up_complete', 'node_down', 'node_down_complete'] as const).map(name =>
			onNodeEvent(name, ({node, mode, script, log}) => {
				seen.push([name, node, mode ?? '-', script].join(' '));
				log.note(node, `subscriber saw ${name}`);
			}),
		);
		try {
			cluster.ok('rc.cluster -N', 'node1');
			cluster.ok('rc.cluster -N', 'node2');
			cluster.ok('clstop -gr -s -N', 'node1');
			cluster.ok('clstop -f -N', 'node2');
		} finally {
			for (const stop of stops) stop();
		}
		// HACMP 5.2: node_up's subscribers run in node_up itself, node_down's in node_down_complete on the leaving node.
		expect(seen).toEqual([
			'node_up node1 - node_up',
			'node_up_complete node1 - node_up_complete',
			'node_up node2 - node_up',
			'node_up_complete node2 - node_up_complete',
			'node_down node1 takeover node_down_complete',
			'node_down_complete node1 takeover node_down_complete',
			'node_down node2 forced node_down',
		]);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/subscriber saw node_up\n.*EVENT COMPLETED: node_up node1 0\n/);
		cluster.ok('rc.cluster -N', 'node1');
		expect(seen).toHaveLength(7);
	});
});

describe('resource kinds', () => {
	it('come in their order: service labels, volume groups, file systems, NFS exports, application servers', () => {
		expect(resourceKinds().map(k => `${k.order} ${k.name} ${k.phase}`)).toEqual([
			'10 service_labels acquire',
			'20 volume_groups acquire',
			'30 file_systems acquire',
			'40 nfs_exports acquire',
			'50 application_servers complete',
		]);
	});

	it('acquire in order and release in reverse; FS_BEFORE_IPADDR puts the service address after the storage', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N', 'node1');
		cluster.ok('clstop -gr -N', 'node1');
		expect(events(cluster, 'node1')).toEqual([
			...['node_up', 'rg_move_acquire', 'rg_move', 'acquire_service_addr', 'get_disk_vg_fs', 'rg_move_complete', 'start_server', 'node_up_complete'],
			...['node_down', 'rg_move_release', 'rg_move', 'stop_server', 'release_vg_fs', 'release_service_addr', 'node_down_complete'],
		]);
		cluster.ok('claddres -g rg_app EXPORT_FILESYSTEM=/data FS_BEFORE_IPADDR=true');
		cluster.ok('cldare -rt');
		cluster.ok('rc.cluster -N', 'node1');
		expect(events(cluster, 'node1').slice(-6)).toEqual([
			'rg_move',
			'get_disk_vg_fs',
			'acquire_service_addr',
			'rg_move_complete',
			'start_server',
			'node_up_complete',
		]);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/mount \/data\n:cl_export_fs\[\d+\] exportfs/);
	});

	it('a kind registered from outside (a VxVM disk group) runs at its place inside the storage event scripts', () => {
		const diskGroups: ResourceKind = {
			name: 'test_disk_groups',
			order: 25,
			phase: 'acquire',
			script: diskScript,
			acquire: ({log, node}) => {
				log.trace(node, 'cl_activate_vxvm', ['vxdg import appdg']);
				return true;
			},
			release: ({log, node}) => log.trace(node, 'cl_deactivate_vxvm', ['vxdg deport appdg']),
		};
		installDomains([...DOMAINS, {name: 'test-vxvm', resourceKinds: [diskGroups]}]);
		const cluster = testCluster();
		try {
			expect(
				resourceKinds()
					.map(k => k.name)
					.slice(1, 4),
			).toEqual(['volume_groups', 'test_disk_groups', 'file_systems']);
			cluster.ok('rc.cluster -N', 'node1');
			cluster.ok('clstop -gr -N', 'node1');
		} finally {
			installDomains(DOMAINS);
		}
		const steps = cluster
			.file('node1', '/tmp/hacmp.out')
			.match(/^:(?:cl_\w+|get_disk_vg_fs)\[\d+\] (?:varyo\S+|vxdg \w+|mount|umount|cl_disk_available).*$/gm)!;
		expect(steps.map(line => line.replace(/\[\d+\]/, ''))).toEqual([
			':get_disk_vg_fs cl_disk_available -v hdisk2 hdisk3',
			':cl_activate_vgs varyonvg -n datavg',
			':cl_activate_vxvm vxdg import appdg',
			':cl_activate_fs mount /data',
			':cl_deactivate_fs umount /data',
			':cl_deactivate_vxvm vxdg deport appdg',
			':cl_deactivate_vgs varyoffvg datavg',
		]);
		expect(resourceKinds()).toHaveLength(5);
	});
});

describe('migrating a version 2 state file to the queue', () => {
	/** Saved by the version 2 code: concurrent scenario, rg_settle waiting out a settling time of an hour, rg_home's delayed fallback timer set for ' +
		'22:00. */
	const saved = () => JSON.parse(readFileSync(new URL('fixtures/state-v2-timers.json', import.meta.url), 'utf8'));

	it('turns each group timer into a queued event, in the order version 2 fired them', () => {
		const data = saved();
		expect(data.version).toBe(2);
		migrateTimersToQueue(data);
		data.version = STATE_VERSION;
		expect(data.queue).toEqual([
			{at: Date.UTC(2026, 10, 21, 13, 0, 2), seq: 1, kind: 'settling', payload: {group: 'rg_settle'}},
			{at: Date.UTC(2026, 10, 21, 22, 0, 0), seq: 2, kind: 'fallback', payload: {group: 'rg_home'}},
		]);
		expect(Object.values(data.resourceGroups).some(runtime => 'timer' in (runtime as object))).toBe(false);
		expect(validateState(data)).toBeUndefined();
	});

	it('the migrated timers fire as they would have (settling time in an hour, fallback at 22:00)', () => {
		const data = saved();
		// Its timers, and the accounts the next step drops (the rest of the file is already as version 12 has it).
		expect(migrate(data, 2, 4)).toBeUndefined();
		data.version = STATE_VERSION;
		const cluster = testCluster('concurrent');
		cluster.session.state = data as ClusterState;
		expect(cluster.ok('lssrc -ls clstrmgrES', 'node1')).toContain(
			'active:\n\tSettling time timer for resource group rg_settle\n\tDelayed fallback timer for resource group rg_home\n',
		);
		cluster.ok('sleep 3600');
		expect(cluster.ok('clRGinfo')).toMatch(/rg_settle +OFFLINE +node3\n +ONLINE +node1\n/);
		expect(cluster.ok('clRGinfo')).toMatch(/rg_home +OFFLINE +node1\n +ONLINE +node2\n/);
		cluster.ok('sleep 36000');
		expect(cluster.ok('clRGinfo')).toMatch(/rg_home +ONLINE +node1\n +OFFLINE +node2\n/);
		expect(cluster.state.queue).toEqual([]);
	});

	it('a pending monitor failure becomes a monitor_start event; equal due times keep group order, a timer before a failure', () => {
		const data = {
			resourceGroups: {
				rg_b: {nodes: {}, pendingFailure: {node: 'node1', server: 'app_b', at: 500, restarts: 1, restartedAt: 100}},
				rg_a: {nodes: {}, timer: {kind: 'settling', at: 500}, pendingFailure: {node: 'node2', server: 'app_a', at: 500, restarts: 0}},
				rg_c: {nodes: {}, timer: {kind: 'fallback', at: 200}},
			},
		};
		migrateTimersToQueue(data);
		expect((data as unknown as ClusterState).queue).toEqual([
			{at: 200, seq: 1, kind: 'fallback', payload: {group: 'rg_c'}},
			{at: 500, seq: 2, kind: 'monitor_start', payload: {group: 'rg_b', node: 'node1', server: 'app_b', restarts: 1, restartedAt: 100}},
			{at: 500, seq: 3, kind: 'settling', payload: {group: 'rg_a'}},
			{at: 500, seq: 4, kind: 'monitor_start', payload: {group: 'rg_a', node: 'node2', server: 'app_a', restarts: 0}},
		]);
		expect(data.resourceGroups).toEqual({rg_b: {nodes: {}}, rg_a: {nodes: {}}, rg_c: {nodes: {}}});
	});
});
