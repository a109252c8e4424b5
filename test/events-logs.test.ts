/** The event history file of each day and the event summaries (issue 12, §8.1.3). */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster} from './helpers/cluster.js';
import {dialogCommand} from './helpers/smit.js';

describe('event history and summaries', () => {
	it('/usr/es/sbin/cluster/history/cluster.mmddyyyy records each event on the node', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
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

	it('hacmp.out follows each top-level event with its summary in 5.2; 4.3 writes none', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		expect(cluster.file('node1', '/tmp/hacmp.out')).toMatch(
			/EVENT COMPLETED: node_up node1 0\n\n {24}HACMP Event Summary\nEvent: node_up node1\nStart time: Nov 21 12:00:\d\d\n/,
		);
		// node_up, rg_move_acquire, rg_move_complete, node_up_complete.
		expect(cluster.file('node1', '/tmp/hacmp.out').match(/HACMP Event Summary/g)).toHaveLength(4);
		const classic = testCluster();
		classic.arrange(state => setRelease(state, '4.3'));
		classic.ok('/usr/sbin/cluster/etc/rc.cluster -boot -N');
		expect(classic.file('node1', '/tmp/hacmp.out')).toContain('EVENT COMPLETED: node_up node1 0');
		expect(classic.file('node1', '/tmp/hacmp.out')).not.toContain('HACMP Event Summary');
	});

	it('View Event Summaries: one per top-level event with its sub-events; save to a file; remove', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		const view = cluster.ok(dialogCommand(cluster, 'cm_view_event_summary'));
		expect(view).toContain('                        HACMP Event Summary\nEvent: node_up node1\nStart time: Nov 21 12:00:');
		expect(view).toMatch(/Event: rg_move_acquire node1 1\n[\s\S]*?rg_move node1 1 ACQUIRE +completed \(0\)\n/);
		expect(view).toContain('Event: node_up_complete node1\n');
		expect(view.match(/HACMP Event Summary/g)).toHaveLength(4);
		// Viewing again does not add them twice; later events are added (node_down, rg_move_release, node_down_complete).
		cluster.ok('clstop -g -s -y -N');
		expect(cluster.ok('cl_event_summary -v').match(/HACMP Event Summary/g)).toHaveLength(7);
		cluster.ok(dialogCommand(cluster, 'cm_save_event_summary', {}, {'Event Summary File': '/tmp/summaries'}));
		expect(cluster.file('node1', '/tmp/summaries')).toContain('Event: node_down node1 graceful');
		cluster.ok(dialogCommand(cluster, 'cm_rm_event_summary'));
		expect(cluster.file('node1', '/usr/es/sbin/cluster/cl_event_summary.txt')).toBe('');
	});
});

describe('the error log', () => {
	it('errlogger from a post-event script; errpt lists, -a details, -J filters; errclear empties', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			for (const node of ['node1', 'node2'])
				state.nodes[node]!.files['/usr/local/ha/log_it.sh'] = '#!/bin/ksh\nerrlogger "HACMP event $1 completed with status $2"\n';
		});
		cluster.ok('clchevent -O node_up_complete -a /usr/local/ha/log_it.sh');
		cluster.ok('rc.cluster -N');
		expect(cluster.ok('errpt')).toMatch(
			/^IDENTIFIER TIMESTAMP {2}T C RESOURCE_NAME {2}DESCRIPTION\nAA8AB241 {3}1121120\d26 T O OPERATOR {7}OPERATOR NOTIFICATION\n$/,
		);
		const detail = cluster.ok('errpt -a');
		expect(detail).toContain('LABEL:\t\tOPMSG\nIDENTIFIER:\tAA8AB241\n\nDate/Time:       Sat Nov 21 12:00:');
		expect(detail).toContain('Machine Id:      00C8D7A14C00\nNode Id:         node1\nClass:           O\nType:            TEMP\n');
		expect(detail).toContain('Detail Data\nMESSAGE FROM ERRLOGGER COMMAND\nHACMP event node_up_complete completed with status 0\n');
		expect(cluster.ok('errpt -J LVM_SA_QUORCLOSE')).toBe('');
		expect(cluster.ok('errpt -J OPMSG -a')).toContain('OPERATOR NOTIFICATION');
		expect(cluster.ok('errpt', 'node2')).toBe('');
		cluster.refused('errclear x', 'errclear: x is not a number of days.');
		cluster.ok('errclear 0');
		expect(cluster.ok('errpt')).toBe('');
	});
});

describe('Change/Show HACMP Log File Parameters', () => {
	it('standard debug level: the node logs its events without the script trace', () => {
		const cluster = testCluster();
		const line = dialogCommand(cluster, 'cm_log_param', {_rawname: 'node1', _cookedname: 'node1'}, {'Debug Level': 'standard'});
		expect(line).toBe("/usr/es/sbin/cluster/utilities/clchlogparam -n 'node1' -d 'standard'");
		cluster.ok(line);
		expect(cluster.ok('cllslogparam')).toBe('node1               standard\nnode2               high\n');
		cluster.ok('cldare -rt');
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('EVENT START: node_up node1');
		expect(cluster.file('node1', '/tmp/hacmp.out')).not.toMatch(/^:node_up\[/m);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toMatch(/^:node_up\[\d+\] NODENAME=node2$/m);
		cluster.refused('clchlogparam -n node9 -d high', 'clchlogparam: node9 is not a node of this cluster.');
	});
});

describe('/tmp/cm.log', () => {
	it("each node's cluster manager logs its start, its state changes with the event behind each, and its stop", () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		cluster.ok('rc.cluster -N', 'node2');
		cluster.ok('clstop -g -s -y -N', 'node2');
		const lines = (node: string) => cluster.file(node, '/tmp/cm.log').replace(/^Sat Nov 21 12:00:\d\d UTC 2026 clstrmgrES\[\d+\]: /gm, '');
		expect(lines('node2')).toBe(
			[
				'Cluster Manager started on node node2, cluster prodcluster.',
				'state change: ST_INIT -> ST_JOINING',
				'state change: ST_JOINING -> ST_RP_RUNNING (node_up node2)',
				'state change: ST_RP_RUNNING -> ST_STABLE (node_up_complete node2)',
				'state change: ST_STABLE -> ST_RP_RUNNING (node_down node2 graceful)',
				'state change: ST_RP_RUNNING -> ST_INIT',
				'Cluster Manager on node node2 stopping.',
				'',
			].join('\n'),
		);
		expect(lines('node1')).toContain(
			'Node node2 leaving.\nstate change: ST_STABLE -> ST_RP_RUNNING (node_down node2 graceful)\n' +
				'state change: ST_RP_RUNNING -> ST_STABLE (node_down_complete node2)\n',
		);
	});
});

describe('the RSCT logs under /var/ha/log', () => {
	it('a start begins the topsvcs and grpsvcs logs; the other nodes note nodes coming and going', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		cluster.ok('rc.cluster -N', 'node2');
		expect(cluster.ok('ls /var/ha/log', 'node1')).toMatch(/^grpsvcs\.21\.1200\d\d\.prodcluster\ntopsvcs\.21\.1200\d\d\.prodcluster\n$/);
		const [top] = cluster
			.ok('ls /var/ha/log', 'node1')
			.split('\n')
			.filter(f => f.startsWith('topsvcs'));
		const topsvcs = cluster.file('node1', `/var/ha/log/${top}`);
		expect(topsvcs).toMatch(/^11\/21 12:00:\d\d hatsd\[\d+\]: Topology Services daemon started on node node1, cluster prodcluster\.\n/);
		expect(topsvcs).toContain('Adapter en0 (192.168.10.11) on network net_ether_01 is up.');
		expect(topsvcs).toMatch(/hatsd\[\d+\]: Node node2 is up\.\n$/);
		cluster.ok('clstop -g -s -y -N', 'node2');
		expect(cluster.file('node1', `/var/ha/log/${top}`)).toMatch(/Node node2 is down\.\n$/);
		const grpsvcs = cluster
			.ok('ls /var/ha/log', 'node1')
			.split('\n')
			.find(f => f.startsWith('grpsvcs'));
		expect(cluster.file('node1', `/var/ha/log/${grpsvcs}`)).toContain('Joined group CLSTRMGR_1.');
	});

	it('grpglsm: on an SP Switch network the GLSM daemon logs its start, the switch adapters and its stop', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			for (const config of Object.values(state.configs)) {
				config.networks.net_hps_01 = {name: 'net_hps_01', type: 'hps', attr: 'private', ipat: 'replacement', netmask: '255.255.255.0'};
				config.ipLabels.node1_css = {label: 'node1_css', address: '192.168.30.11', network: 'net_hps_01', role: 'boot', node: 'node1', iface: 'css0'};
			}
		});
		expect(cluster.file('node1', '/var/ha/log/grpglsm')).toBe('');
		cluster.ok('rc.cluster -N');
		const started = /^11\/21 12:00:\d\d hagsglsmd\[(\d+)\]: Group Services GLSM daemon started on node node1\.\n/;
		expect(cluster.file('node1', '/var/ha/log/grpglsm')).toMatch(started);
		const pid = cluster.file('node1', '/var/ha/log/grpglsm').match(started)![1];
		expect(cluster.ok('lssrc -s grpglsm')).toContain(` ${pid} `);
		expect(cluster.file('node1', '/var/ha/log/grpglsm')).toContain('Switch adapter css0 (192.168.30.11) on network net_hps_01 is up.\n');
		cluster.ok('clstop -g -s -y -N');
		expect(cluster.file('node1', '/var/ha/log/grpglsm')).toMatch(/hagsglsmd\[\d+\]: Group Services GLSM daemon stopping\.\n$/);
	});

	it('grpglsm: no SP Switch network, no GLSM daemon and no grpglsm log', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		expect(cluster.ok('ls /var/ha/log')).not.toContain('grpglsm');
	});
});
