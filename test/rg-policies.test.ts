import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {groupTimer} from '../src/cluster/events/timers.js';
import {setRelease} from '../src/cluster/release/apply.js';

/** Where rg_test is ONLINE, in node order. */
const online = (cluster: TestCluster, group = 'rg_test') =>
	Object.entries(cluster.state.resourceGroups[group]?.nodes ?? {})
		.filter(([, s]) => s === 'ONLINE')
		.map(([n]) => n)
		.sort();

const start = (cluster: TestCluster, node: string) => cluster.ok('rc.cluster -N', node);
const stopWithTakeover = (cluster: TestCluster, node: string) => cluster.ok('clstop -gr -s -N', node);

/** The concurrent scenario on HACMP 4.3, whose groups are cascading, rotating or concurrent. */
function on43(): TestCluster {
	const cluster = testCluster('concurrent');
	cluster.arrange(state => setRelease(state, '4.3'));
	return cluster;
}

/**
 * Three nodes (the concurrent scenario), rg_test on node1 node2 node3 with the given claddgrp policy flags (a legacy
 * type's -r on 4.3); node3 has the most free memory.
 */
function threeNodes(flags: string, resources = ''): TestCluster {
	const cluster = flags.startsWith('-r ') ? on43() : testCluster('concurrent');
	cluster.ok(`claddgrp -g rg_test -n 'node1 node2 node3' ${flags}`);
	if (resources) cluster.ok(`claddres -g rg_test ${resources}`);
	cluster.ok('cldare -rt');
	cluster.ok('hasmit_load -n node3 -m 8000');
	return cluster;
}

interface Expected {
	/** After node2 (not the home node) starts alone. */
	firstUp: string[];
	/** After node1 (home) and node3 join. */
	allUp: string[];
	/** After the first holder leaves with takeover. */
	down: string[];
	/** After that node rejoins. */
	rejoin: string[];
}

// Every combination HACMP allows: Online On All Available Nodes goes only with Bring Offline and Never Fallback.
const COMBINATIONS: Array<[string, Expected]> = [
	['OHN FNPN FBHPN', {firstUp: [], allUp: ['node1'], down: ['node2'], rejoin: ['node1']}],
	['OHN FNPN NFB', {firstUp: [], allUp: ['node1'], down: ['node2'], rejoin: ['node2']}],
	['OHN FUDNP FBHPN', {firstUp: [], allUp: ['node1'], down: ['node3'], rejoin: ['node1']}],
	['OHN FUDNP NFB', {firstUp: [], allUp: ['node1'], down: ['node3'], rejoin: ['node3']}],
	['OHN BO FBHPN', {firstUp: [], allUp: ['node1'], down: [], rejoin: ['node1']}],
	['OHN BO NFB', {firstUp: [], allUp: ['node1'], down: [], rejoin: ['node1']}],
	['OFAN FNPN FBHPN', {firstUp: ['node2'], allUp: ['node1'], down: ['node2'], rejoin: ['node1']}],
	['OFAN FNPN NFB', {firstUp: ['node2'], allUp: ['node2'], down: ['node1'], rejoin: ['node1']}],
	['OFAN FUDNP FBHPN', {firstUp: ['node2'], allUp: ['node1'], down: ['node3'], rejoin: ['node1']}],
	['OFAN FUDNP NFB', {firstUp: ['node2'], allUp: ['node2'], down: ['node3'], rejoin: ['node3']}],
	['OFAN BO FBHPN', {firstUp: ['node2'], allUp: ['node1'], down: [], rejoin: ['node1']}],
	['OFAN BO NFB', {firstUp: ['node2'], allUp: ['node2'], down: [], rejoin: ['node2']}],
	['OAAN BO NFB', {firstUp: ['node2'], allUp: ['node1', 'node2', 'node3'], down: ['node2', 'node3'], rejoin: ['node1', 'node2', 'node3']}],
];

describe('custom resource group policies on node up, node down and node rejoin', () => {
	it.each(COMBINATIONS)('%s', (policies, expected) => {
		const [startup, fallover, fallback] = policies.split(' ');
		const cluster = threeNodes(`-S ${startup} -O ${fallover} -B ${fallback}`, fallover === 'FUDNP' ? 'NODE_PRIORITY_POLICY=cl_highest_free_mem' : '');
		start(cluster, 'node2');
		expect(online(cluster)).toEqual(expected.firstUp);
		start(cluster, 'node1');
		start(cluster, 'node3');
		expect(online(cluster)).toEqual(expected.allUp);
		const leaving = expected.allUp[0]!;
		stopWithTakeover(cluster, leaving);
		expect(online(cluster)).toEqual(expected.down);
		start(cluster, leaving);
		expect(online(cluster)).toEqual(expected.rejoin);
	});

	it('refuses policy combinations HACMP does not allow', () => {
		const cluster = testCluster('concurrent');
		const result = cluster.run("claddgrp -g rg_bad -n 'node1 node2' -S OAAN -O FNPN -B FBHPN");
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'Online On All Available Nodes requires the fallover policy Bring Offline (On Error Node Only) and the fallback policy Never Fallback',
		);
	});

	it('dynamic node priority follows the metrics: the most idle CPU wins', () => {
		const cluster = threeNodes('-S OHN -O FUDNP -B NFB', 'NODE_PRIORITY_POLICY=cl_highest_idle_cpu');
		cluster.ok('hasmit_load -n node2 -c 90');
		for (const node of ['node1', 'node2', 'node3']) start(cluster, node);
		expect(cluster.ok('hasmit_load')).toMatch(/cl_highest_idle_cpu\s+node2/);
		stopWithTakeover(cluster, 'node1');
		expect(online(cluster)).toEqual(['node2']);
		expect(cluster.ok('lssrc -ls clstrmgrES', 'node2')).toMatch(/PctTotalTimeIdle = 90/);
	});
});

describe('the simulated load dynamic node priority compares', () => {
	it('hasmit_load refuses a node that is not in the simulated cluster', () => {
		const cluster = testCluster();
		cluster.refused('hasmit_load -n node9', 'hasmit_load: node9 is not a node of the simulated cluster.');
		cluster.refused('hasmit_load -n node9 -c 10', 'hasmit_load: node9 is not a node of the simulated cluster.');
		expect(cluster.ok('hasmit_load -n node2')).toMatch(/^node2\s+70\s+2048\s+10\s+inactive$/m);
	});
});

/** The policies rg_test is stored with in the local node's configuration. */
function stored(cluster: TestCluster): string {
	const group = cluster.state.configs[cluster.state.nodes.node1!.dcd]!.resourceGroups.rg_test!;
	return `${group.startup} ${group.fallover} ${group.fallback}`;
}

describe('4.3: legacy resource group types behave as their equivalent policies', () => {
	it('cascading: home node only, next node, fall back; stored with its equivalent policies, shown as 4.3 shows it', () => {
		const cluster = threeNodes('-r cascading');
		expect(cluster.ok('clshowres -g rg_test')).toMatch(
			/Node Relationship\s+cascading\nParticipating Node Name\(s\)\s+node1 node2 node3\nSite Relationship/,
		);
		expect(stored(cluster)).toBe('OHN FNPN FBHPN');
		start(cluster, 'node2');
		expect(online(cluster)).toEqual([]);
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node1']);
		stopWithTakeover(cluster, 'node1');
		expect(online(cluster)).toEqual(['node2']);
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node1']);
	});

	it('cascading with Inactive Takeover: the first node up starts it, and it falls back to the home node', () => {
		const cluster = threeNodes('-r cascading', 'INACTIVE_TAKEOVER=true');
		expect(cluster.ok('clshowres -g rg_test')).toMatch(/^Inactive Takeover Applied +true$/m);
		expect(stored(cluster)).toBe('OFAN FNPN FBHPN');
		start(cluster, 'node2');
		expect(online(cluster)).toEqual(['node2']);
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node1']);
	});

	it('Cascading Without Fallback: the group stays on the takeover node when the home node returns', () => {
		const cluster = threeNodes('-r cascading', 'CASCADE_WO_FALLBACK=true');
		expect(cluster.ok('cllsres -g rg_test')).toContain('CASCADE_WO_FALLBACK="true"');
		expect(stored(cluster)).toBe('OHN FNPN NFB');
		start(cluster, 'node1');
		start(cluster, 'node2');
		stopWithTakeover(cluster, 'node1');
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node2']);
	});

	it('cascading with a dynamic node priority policy falls over by it', () => {
		const cluster = threeNodes('-r cascading', 'NODE_PRIORITY_POLICY=cl_highest_free_mem');
		expect(stored(cluster)).toBe('OHN FUDNP FBHPN');
		for (const node of ['node1', 'node2', 'node3']) start(cluster, node);
		stopWithTakeover(cluster, 'node1');
		expect(online(cluster)).toEqual(['node3']);
	});

	it('rotating: first available node, never falls back, and no dynamic node priority', () => {
		const cluster = threeNodes('-r rotating');
		// 4.3's clshowres names the node relationship; startup, fallover and fallback policies came with HACMP 5.
		const shown = cluster.ok('clshowres -g rg_test');
		expect(shown).toMatch(/^Node Relationship +rotating$/m);
		expect(shown).toMatch(/^Cascading Without Fallback +false$/m);
		expect(shown).not.toContain('Startup Policy');
		expect(stored(cluster)).toBe('OUDP FNPN NFB');
		expect(cluster.run('claddres -g rg_test NODE_PRIORITY_POLICY=cl_highest_free_mem').stderr).toContain('does not apply to resource group rg_test');
		start(cluster, 'node2');
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node2']);
		stopWithTakeover(cluster, 'node2');
		expect(online(cluster)).toEqual(['node1']);
		start(cluster, 'node2');
		expect(online(cluster)).toEqual(['node1']);
	});

	it('rotating: a joining node takes at most one inactive rotating group per network, its own first', () => {
		const cluster = on43();
		cluster.ok("claddgrp -g rg_rot1 -n 'node1 node2' -r rotating");
		cluster.ok("claddgrp -g rg_rot2 -n 'node2 node1' -r rotating");
		cluster.ok("claddgrp -g rg_rot3 -n 'node1 node2' -r rotating");
		cluster.ok('cldare -rt');
		start(cluster, 'node2');
		expect([online(cluster, 'rg_rot1'), online(cluster, 'rg_rot2'), online(cluster, 'rg_rot3')]).toEqual([[], ['node2'], []]);
		start(cluster, 'node1');
		expect([online(cluster, 'rg_rot1'), online(cluster, 'rg_rot3')]).toEqual([['node1'], []]);
	});

	it('rotating: on two networks a node may take one rotating group per network', () => {
		const cluster = on43();
		cluster.arrange(state => {
			const config = state.configs[state.nodes.node1!.dcd]!;
			// 4.3's networks are IPAT via replacement: each service address is on a boot subnet of its network.
			config.networks.net_ether_02 = {name: 'net_ether_02', type: 'ether', attr: 'public', ipat: 'replacement', netmask: '255.255.255.0'};
			config.ipLabels.svc_a = {label: 'svc_a', address: '192.168.20.50', network: 'net_ether_01', role: 'service'};
			config.ipLabels.svc_b = {label: 'svc_b', address: '192.168.30.50', network: 'net_ether_02', role: 'service'};
			for (const [i, name] of ['node1', 'node2', 'node3'].entries()) {
				config.ipLabels[`${name}_boot3`] = {
					label: `${name}_boot3`,
					address: `192.168.30.${11 + i}`,
					network: 'net_ether_02',
					role: 'boot',
					node: name,
					iface: 'en2',
				};
				config.ipLabels[`${name}_stby3`] = {
					label: `${name}_stby3`,
					address: `192.168.31.${11 + i}`,
					network: 'net_ether_02',
					role: 'boot',
					node: name,
					iface: 'en3',
				};
				const node = state.nodes[name]!;
				node.interfaces.en2 = {addresses: [`${name}_boot3`], up: true};
				node.interfaces.en3 = {addresses: [`${name}_stby3`], up: true};
				node.files['/etc/hosts'] += '192.168.20.50\tsvc_a\n192.168.30.50\tsvc_b\n';
			}
		});
		cluster.ok("claddgrp -g rg_rot1 -n 'node1 node2' -r rotating");
		cluster.ok("claddgrp -g rg_rot2 -n 'node1 node2' -r rotating");
		cluster.ok('claddres -g rg_rot1 SERVICE_LABEL=svc_a');
		cluster.ok('claddres -g rg_rot2 SERVICE_LABEL=svc_b');
		cluster.ok('cldare -rt');
		start(cluster, 'node1');
		expect([online(cluster, 'rg_rot1'), online(cluster, 'rg_rot2')]).toEqual([['node1'], ['node1']]);
	});

	it('concurrent: online on every node; a node leaving takes only its own instance offline', () => {
		const cluster = threeNodes('-r concurrent');
		expect(stored(cluster)).toBe('OAAN BO NFB');
		for (const node of ['node1', 'node2', 'node3']) start(cluster, node);
		expect(online(cluster)).toEqual(['node1', 'node2', 'node3']);
		stopWithTakeover(cluster, 'node2');
		expect(online(cluster)).toEqual(['node1', 'node3']);
	});
});

describe('run-time policies', () => {
	it('settling time: a lower node waits; the time running out starts the group there, with rg_move events', () => {
		const cluster = threeNodes('-S OFAN -O FNPN -B NFB');
		cluster.ok('clsettlingtime -t 120');
		cluster.ok('cldare -rt');
		start(cluster, 'node2');
		expect(online(cluster)).toEqual([]);
		expect(cluster.ok('lssrc -ls clstrmgrES', 'node2')).toContain('Settling time timer for resource group rg_test');
		cluster.ok('sleep 60');
		expect(online(cluster)).toEqual([]);
		cluster.ok('sleep 90');
		expect(online(cluster)).toEqual(['node2']);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('Settling time for resource group rg_test has expired; acquiring it on node2.');
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/EVENT START: rg_move_acquire node2 \d+/);
		expect(groupTimer(cluster.state, 'rg_test')).toBeUndefined();
	});

	it('settling time: the highest-priority node joining in time takes the group at once', () => {
		const cluster = threeNodes('-S OFAN -O FNPN -B NFB');
		cluster.ok('clsettlingtime -t 120');
		cluster.ok('cldare -rt');
		start(cluster, 'node2');
		start(cluster, 'node3');
		cluster.ok('sleep 30');
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node1']);
		cluster.ok('sleep 300');
		expect(online(cluster)).toEqual(['node1']);
	});

	it('delayed fallback timer: the group falls back at the policy time, not when the home node rejoins', () => {
		const cluster = threeNodes('-S OHN -O FNPN -B FBHPN');
		cluster.ok('claddfbtimer -n nightly -r daily -H 22 -M 0');
		cluster.ok('claddres -g rg_test FALLBACK_AT=nightly');
		cluster.ok('cldare -rt');
		start(cluster, 'node1');
		start(cluster, 'node2');
		stopWithTakeover(cluster, 'node1');
		start(cluster, 'node1');
		expect(online(cluster)).toEqual(['node2']);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(
			/delayed fallback timer nightly \(daily at 22:00\) set; the group falls back at \w+ Nov 21 22:00:00 UTC 2026/,
		);
		cluster.ok('sleep 3600');
		expect(online(cluster)).toEqual(['node2']);
		cluster.ok('sleep 36000');
		expect(online(cluster)).toEqual(['node1']);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(/Nov 21 22:00:\d\d EVENT START: rg_move_release node2/);
	});

	it('a pending delayed fallback does not happen once a DARE has made the group never fall back', () => {
		const cluster = threeNodes('-S OHN -O FNPN -B FBHPN');
		cluster.ok('claddfbtimer -n nightly -r daily -H 22 -M 0');
		cluster.ok('claddres -g rg_test FALLBACK_AT=nightly');
		cluster.ok('cldare -rt');
		start(cluster, 'node1');
		start(cluster, 'node2');
		stopWithTakeover(cluster, 'node1');
		start(cluster, 'node1');
		expect(groupTimer(cluster.state, 'rg_test')?.kind).toBe('fallback');
		cluster.ok('claddres -g rg_test FALLBACK_AT=');
		cluster.ok('clchgrp -g rg_test -B NFB');
		cluster.ok('cldare -rt');
		cluster.ok('sleep 40000');
		expect(online(cluster)).toEqual(['node2']);
	});

	it('timer policies recur weekly, monthly, yearly and on a date', () => {
		const cluster = testCluster('concurrent');
		cluster.ok('claddfbtimer -n sundays -r weekly -w 0 -H 2 -M 30');
		cluster.ok('claddfbtimer -n month_end -r monthly -d 31 -H 23 -M 0');
		cluster.ok('claddfbtimer -n new_year -r yearly -m 0 -d 1 -H 0 -M 5');
		cluster.ok('claddfbtimer -n one_day -r once -y 2027 -m 1 -d 14 -H 12 -M 0');
		expect(cluster.ok('cllsfbtimer')).toBe(
			[
				'sundays              weekly on Sunday at 02:30',
				'month_end            monthly on day 31 at 23:00',
				'new_year             yearly on January 1 at 00:05',
				'one_day              once on February 14, 2027 at 12:00',
				'',
			].join('\n'),
		);
		expect(cluster.run('claddfbtimer -n bad -r weekly -w 7 -H 1 -M 0').stderr).toContain('The day of the week must be from 0 to 6.');
	});
});
