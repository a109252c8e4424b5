/**
 * The Cluster Test Tool's tests: each does what an administrator testing the cluster would (start or stop cluster
 * services in a mode, move a group, kill an application) and checks the cluster reached the state it should. A test
 * may also say what it adds to the automated test procedure for the cluster as it is. The tests here use what the
 * model runs today; a domain that adds a failure (a network down, a node crash) registers its test with
 * defineClusterTest and, with `automated`, joins the automated procedure.
 */
import {activeNodes, runningConfig, type ClusterConfig} from '../config.js';
import {applicationFailed} from '../events/app-monitor.js';
import {holders} from '../events/policy.js';
import {passTime} from '../events/timers.js';
import type {DeepReadonly} from '../readonly.js';
import {moveResourceGroup, type RgMoveAction} from '../rg/migrate.js';
import {startServices, stopServices, type StartOptions} from '../services.js';
import type {ClusterState} from '../state.js';
import type {StopMode} from '../events/node-hooks.js';

export interface ClusterTest {
	readonly name: string;
	/** Its arguments in a test plan line, after the name (the comment follows them). */
	readonly args: readonly string[];
	/** Run it; returns what is wrong with the cluster afterwards (nothing: the test passed). A refusal fails it too. */
	run(state: ClusterState, args: readonly string[], print: (line: string) => void): string[];
	/** The plan lines it adds to the automated test procedure. */
	automated?(state: DeepReadonly<ClusterState>, config: DeepReadonly<ClusterConfig>): string[];
}

const tests = new Map<string, ClusterTest>();

export function defineClusterTest(test: ClusterTest): void {
	tests.set(test.name, test);
}

export const clusterTest = (name: string) => tests.get(name);

/** The automated test procedure: each test's lines, in the order the tests were defined. */
export function automatedPlan(state: DeepReadonly<ClusterState>, config: DeepReadonly<ClusterConfig>): string[] {
	return [...tests.values()].flatMap(test => test.automated?.(state, config) ?? []);
}

/** How the tool starts cluster services: now, groups managed, verified, nothing corrected. */
export const START: StartOptions = {when: 'now', broadcast: false, clinfo: 'no'};

const onlineOn = (state: DeepReadonly<ClusterState>, node: string) =>
	Object.entries(state.resourceGroups)
		.filter(([, runtime]) => runtime.nodes[node] === 'ONLINE')
		.map(([name]) => name);

function stable(state: DeepReadonly<ClusterState>): string[] {
	const problems = activeNodes(state)
		.filter(node => state.nodes[node]!.cm !== 'ST_STABLE')
		.map(node => `the cluster manager on ${node} is ${state.nodes[node]!.cm}, not ST_STABLE`);
	for (const [group, runtime] of Object.entries(state.resourceGroups))
		for (const [node, groupState] of Object.entries(runtime.nodes))
			if (groupState === 'ERROR') problems.push(`resource group ${group} is in ERROR on ${node}`);
	return problems;
}

defineClusterTest({
	name: 'NODE_UP',
	args: ['node | ALL'],
	run(state, [which], print) {
		const nodes = which === 'ALL' ? Object.keys(state.nodes).filter(n => !state.nodes[n]!.acd) : [which!];
		for (const node of nodes) startServices(state, node, START, print);
		return [...nodes.filter(node => !state.nodes[node]?.acd).map(node => `cluster services are not running on ${node}`), ...stable(state)];
	},
	automated: () => ['NODE_UP, ALL, Start cluster services on all available nodes'],
});

/** Stop cluster services on a node in a mode, then check where its groups went. */
function nodeDown(name: string, mode: StopMode, what: string, pick: (nodes: string[]) => string | undefined): ClusterTest {
	return {
		name,
		args: ['node'],
		run(state, [node], print) {
			const held = onlineOn(state, node!);
			stopServices(state, node!, {when: 'now', mode, broadcast: false}, print);
			const problems = state.nodes[node!]!.acd ? [`cluster services are still running on ${node}`] : [];
			const config = runningConfig(state);
			for (const group of held) {
				const runtime = state.resourceGroups[group]!;
				const others = holders(runtime).filter(n => n !== node);
				if (mode === 'forced' && runtime.nodes[node!] !== 'ONLINE') problems.push(`resource group ${group} did not stay ONLINE on ${node}`);
				if (mode === 'graceful' && runtime.nodes[node!] === 'ONLINE') problems.push(`resource group ${group} is still ONLINE on ${node}`);
				const canMove = config?.resourceGroups[group]?.nodes.some(n => n !== node && activeNodes(state).includes(n));
				if (mode === 'takeover' && canMove && config?.resourceGroups[group]?.fallover !== 'BO' && others.length === 0)
					problems.push(`resource group ${group} was not taken over by another node`);
			}
			return [...problems, ...stable(state)];
		},
		automated(state) {
			const node = pick(Object.keys(state.nodes));
			return node ? [`${name}, ${node}, ${what}`, `NODE_UP, ${node}, Restart cluster services on ${node}`] : [];
		},
	};
}

defineClusterTest(nodeDown('NODE_DOWN_GRACEFUL', 'graceful', 'Stop cluster services gracefully on a node', nodes => nodes.at(-1)));
defineClusterTest(nodeDown('NODE_DOWN_TAKEOVER', 'takeover', 'Stop cluster services with takeover on a node', nodes => nodes[0]));
defineClusterTest(nodeDown('NODE_DOWN_FORCED', 'forced', 'Stop cluster services forced on a node', nodes => nodes[0]));

/** Move a group, or bring it online or offline on a node, then check its state there. */
function groupTest(name: string, action: RgMoveAction, expected: 'ONLINE' | 'OFFLINE'): Pick<ClusterTest, 'name' | 'args' | 'run'> {
	return {
		name,
		args: ['group', 'node'],
		run(state, [group, node], print) {
			moveResourceGroup(state, group!, action, node!, false, print);
			const actual = state.resourceGroups[group!]?.nodes[node!] ?? 'OFFLINE';
			return [...(actual === expected ? [] : [`resource group ${group} is ${actual} on ${node}, not ${expected}`]), ...stable(state)];
		},
	};
}

defineClusterTest(groupTest('RG_ONLINE', 'online', 'ONLINE'));
defineClusterTest(groupTest('RG_OFFLINE', 'offline', 'OFFLINE'));

defineClusterTest({
	...groupTest('RG_MOVE', 'move', 'ONLINE'),
	automated(_, config) {
		// Each group that can move, to its second node and back home.
		return Object.values(config.resourceGroups)
			.filter(group => group.startup !== 'OAAN' && group.nodes.length > 1)
			.flatMap(group => [
				`RG_MOVE, ${group.name}, ${group.nodes[1]}, Move resource group ${group.name} to ${group.nodes[1]}`,
				`RG_MOVE, ${group.name}, ${group.nodes[0]}, Move resource group ${group.name} back to ${group.nodes[0]}`,
			]);
	},
});

/** Seconds the test gives a monitor to notice and react. */
const MONITOR_WAIT = 120;

defineClusterTest({
	name: 'SERVER_DOWN',
	args: ['node | ANY', 'server'],
	run(state, [which, server], print) {
		const config = runningConfig(state);
		const group = config && Object.values(config.resourceGroups).find(g => g.resources.appServers.includes(server!));
		const monitor = config && Object.values(config.appMonitors).find(m => m.server === server);
		if (!config || !group) return [`application server ${server} is in no resource group of the running cluster`];
		if (!monitor) return [`application server ${server} has no application monitor: HACMP would not notice it failing`];
		const node = Object.keys(state.nodes).find(n => state.nodes[n]!.apps[server!] && (which === 'ANY' || n === which));
		if (!node) return [`application server ${server} is not running on ${which === 'ANY' ? 'any node' : which}`];
		const since = state.nodes[node]!.apps[server!]!.since;
		const watching = since + monitor.stabilization * 1000;
		if (state.clock < watching) passTime(state, (watching - state.clock) / 1000 + 1);
		print(`Killing the processes of application server ${server} on ${node}.`);
		applicationFailed(state, config, node, group, server!);
		passTime(state, MONITOR_WAIT);
		const running = Object.keys(state.nodes).filter(n => state.nodes[n]!.apps[server!] && state.resourceGroups[group.name]?.nodes[n] === 'ONLINE');
		return [...(running.length > 0 ? [] : [`application server ${server} was not recovered`]), ...stable(state)];
	},
	automated(_, config) {
		return Object.values(config.appMonitors).map(m => `SERVER_DOWN, ANY, ${m.server}, Kill application server ${m.server}; its monitor recovers it`);
	},
});

defineClusterTest({
	name: 'WAIT',
	args: ['seconds'],
	run(state, [seconds], print) {
		if (!/^\d+$/.test(seconds!)) return [`${seconds} is not a number of seconds`];
		print(`Waiting ${seconds} seconds.`);
		passTime(state, Number(seconds));
		return stable(state);
	},
});
