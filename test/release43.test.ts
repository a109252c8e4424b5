/** HACMP 4.3 as the study guide (seed 000, SG24-5131) describes it: what a 4.3 node shows and what its procedures need. */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster} from './helpers/cluster.js';

const on43 = (scenario = 'two-node') => {
	const cluster = testCluster(scenario);
	cluster.arrange(state => setRelease(state, '4.3'));
	return cluster;
};

describe('starting cluster services on 4.3', () => {
	it('rc.cluster starts the daemons without verifying the configuration first (automatic verification came later)', () => {
		const cluster = on43();
		// A cascading group on one node is a verification error: 5.2's start refuses it, 4.3's rc.cluster does not look.
		cluster.ok('claddgrp -g rg_c -n node1 -r cascading');
		const started = cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		expect(started).not.toContain('Verifying');
		expect(cluster.state.nodes.node1!.cm).toBe('ST_STABLE');
		expect(cluster.file('node1', '/var/hacmp/clverify/clverify.log')).toBe('');
	});
});
