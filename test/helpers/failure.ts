/** What the failure tests read off a cluster: events in hacmp.out, group placement, addresses up. */
import {testCluster, type TestCluster} from './cluster.js';

/** The events started in a node's hacmp.out after a mark (its length then). */
export const eventsSince = (cluster: TestCluster, node: string, mark = 0) =>
	[
		...cluster
			.file(node, '/tmp/hacmp.out')
			.slice(mark)
			.matchAll(/EVENT START: (.+)/g),
	].map(m => m[1]!);

/** Where to mark a node's hacmp.out now. */
export const length = (cluster: TestCluster, node: string) => cluster.file(node, '/tmp/hacmp.out').length;

/** clRGinfo -s as `group:state:node` lines. */
export const placement = (cluster: TestCluster, node: string) =>
	cluster
		.ok('clRGinfo -s', node)
		.trim()
		.split('\n')
		.map(line => line.split(':').slice(0, 3).join(':'));

/** netstat -in's interface addresses as `en0 192.168.10.11` (a `*` marks an interface down). */
export const addresses = (cluster: TestCluster, node: string) =>
	cluster
		.ok('netstat -in', node)
		.split('\n')
		.filter(line => /^en\d\*?\s+1500\s+\d/.test(line))
		.map(line => {
			const fields = line.split(/\s+/);
			return `${fields[0]} ${fields[3]}`;
		});

/** A scenario with cluster services started on every node. */
export function started(scenario = 'two-node'): TestCluster {
	const cluster = testCluster(scenario);
	cluster.ok('cl_rc.cluster -N');
	return cluster;
}

/** The administrator's command at `path` on both nodes of two-node exits with `status` (an event's pre- or post-event). */
export function eventCommand(cluster: TestCluster, path: string, status: number): void {
	cluster.arrange(state => {
		for (const node of ['node1', 'node2']) state.nodes[node]!.files[path] = `#!/bin/ksh\nexit ${status}\n`;
	});
}

/** Recover From HACMP Script Failure on each node whose cluster manager waits after a failed event. */
export function recoverEverywhere(cluster: TestCluster): void {
	for (const node of Object.keys(cluster.state.nodes)) if (cluster.state.nodes[node]!.cm === 'RP_FAILED') cluster.ok(`clruncmd ${node}`);
}
