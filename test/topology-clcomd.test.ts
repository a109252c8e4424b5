/** clcomdES's accept/refuse cases as the seed gives them. */
import {describe, expect, it} from 'vitest';
import {clcomdAccepts} from '../src/cluster/clcomd.js';
import {RHOSTS} from '../src/cluster/files.js';
import {testCluster} from './helpers/cluster.js';

describe('clcomdES', () => {
	it('takes every connection while the node is being configured: rhosts and its HACMP configuration both empty', () => {
		const cluster = testCluster('bare');
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true);
		cluster.ok('/usr/es/sbin/cluster/utilities/claddclstr -n democluster', 'node2');
		cluster.ok('/usr/es/sbin/cluster/utilities/clmodnode -a node2 -p node2_boot1', 'node2');
		// node2's configuration no longer empty, and it does not name node1: refused.
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false);
	});

	it('takes a node its rhosts names, refuses one it does not, and refuses everyone for an unresolvable entry', () => {
		const cluster = testCluster();
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true);
		cluster.arrange(state => void (state.nodes.node2!.files[RHOSTS] = '192.168.10.99\n'));
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(true); // its own configuration names node1
		cluster.arrange(state => void (state.nodes.node2!.files[RHOSTS] = '192.168.10.11\nnosuchhost\n'));
		expect(clcomdAccepts(cluster.state, 'node2', 'node1')).toBe(false);
	});
});
