/** The event history file of each day and the event summaries (issue 12, §8.1.3). */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand} from './helpers/smit.js';

describe('event history and summaries', () => {
	it('/usr/es/sbin/cluster/history/cluster.mmddyyyy records each event on the node', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N -A');
		const history = cluster.file('node1', '/usr/es/sbin/cluster/history/cluster.11212026');
		expect(history).toMatch(/^Nov 21 12:00:\d\d EVENT START: node_up node1\n/);
		expect(history).toMatch(/Nov 21 12:00:\d\d EVENT COMPLETED: node_up_complete node1 0\n$/);
		expect(cluster.ok('ls /usr/es/sbin/cluster/history')).toBe('cluster.11212026\n');
		cluster.ok('sleep 86400');
		cluster.ok('clstop -g -s -y -N');
		expect(cluster.file('node1', '/usr/es/sbin/cluster/history/cluster.11222026')).toMatch(
			/^Nov 22 12:00:\d\d EVENT START: node_down node1 graceful\n/,
		);
	});

	it('View Event Summaries: one per top-level event with its sub-events; save to a file; remove', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N -A');
		const view = cluster.ok(dialogCommand(cluster, 'cm_view_event_summary'));
		expect(view).toContain('                        HACMP Event Summary\nEvent: node_up node1\nStart time: Nov 21 12:00:');
		expect(view).toMatch(/node_up_local +completed \(0\)\n/);
		expect(view).toContain('Event: node_up_complete node1\n');
		expect(view.match(/HACMP Event Summary/g)).toHaveLength(2);
		// Viewing again does not add them twice; later events are added.
		cluster.ok('clstop -g -s -y -N');
		expect(cluster.ok('cl_event_summary -v').match(/HACMP Event Summary/g)).toHaveLength(4);
		cluster.ok(dialogCommand(cluster, 'cm_save_event_summary', {}, {'Event Summary File': '/tmp/summaries'}));
		expect(cluster.file('node1', '/tmp/summaries')).toContain('Event: node_down node1 graceful');
		cluster.ok(dialogCommand(cluster, 'cm_rm_event_summary'));
		expect(cluster.file('node1', '/usr/es/sbin/cluster/cl_event_summary.txt')).toBe('');
	});
});
