/** The HACMP and LVM entries a node's error log gets as faults happen (issue 12 item 6: errpt). */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {started} from './helpers/failure.js';

const SIM = '/usr/lpp/hasmit/bin/hasmit_disk';
const HEADER = 'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION\n';
/** errpt's lines with the timestamp column masked. */
const report = (text: string) => text.replace(/^(\w{8} {3})\d{10}/gm, '$1mmddHHMMyy');

describe('errpt after faults', () => {
	it('a failed disk: DISK_ERR3 on the hdisk, then LVM_SA_QUORCLOSE when its volume group loses quorum', () => {
		const cluster = testCluster();
		cluster.ok('varyonvg datavg');
		cluster.ok(`${SIM} fail hdisk2`);
		expect(report(cluster.ok('errpt'))).toBe(
			`${HEADER}CAD234BE   mmddHHMMyy U H LVDD           QUORUM LOST, VOLUME GROUP CLOSING\n` +
				'35BFC499   mmddHHMMyy P H hdisk2         DISK OPERATION ERROR\n',
		);
		const detail = cluster.ok('errpt -a -J LVM_SA_QUORCLOSE');
		expect(detail).toContain('LABEL:\t\tLVM_SA_QUORCLOSE\nIDENTIFIER:\tCAD234BE\n');
		expect(detail).toContain('Class:           H\nType:            UNKN\nResource Name:   LVDD\n');
		expect(detail).toMatch(/Probable Causes\nPHYSICAL VOLUME UNAVAILABLE\n/);
		expect(detail).toMatch(/Detail Data\nMAJOR\/MINOR DEVICE NUMBER\n8000 [0-9A-F]{4} 0000 0000\nQUORUM COUNT\n2\nACTIVE COUNT\n1\n$/);
		expect(cluster.ok('errpt', 'node2')).toBe('');
	});

	it('kill -9 of the cluster manager: SRC logs the subsystem that ended, clexit.rc the halt', () => {
		const cluster = started();
		const pid = cluster.ok('lssrc -s clstrmgrES', 'node1').split('\n')[1]!.trim().split(/\s+/)[2];
		cluster.ok(`kill -9 ${pid}`, 'node1');
		cluster.ok('hasmit_fault node on node1', 'node2');
		expect(report(cluster.ok('errpt', 'node1'))).toBe(
			`${HEADER}AA8AB241   mmddHHMMyy T O OPERATOR       OPERATOR NOTIFICATION\n` +
				'E18E984F   mmddHHMMyy P S SRC            SOFTWARE PROGRAM ERROR\n',
		);
		const src = cluster.ok('errpt -a -J SRC', 'node1');
		expect(src).toContain('Description\nSOFTWARE PROGRAM ERROR\n\nProbable Causes\nAPPLICATION PROGRAM\n');
		expect(src).toContain(
			"Detail Data\nSYMPTOM CODE\n256\nSOFTWARE ERROR CODE\n-9017\nERROR CODE\n9\nDETECTING MODULE\n'srchevn.c'@line:'217'\n" +
				'FAILING MODULE\nclstrmgrES\n',
		);
		expect(cluster.ok('errpt -a -J OPMSG', 'node1')).toContain(
			'MESSAGE FROM ERRLOGGER COMMAND\n/usr/es/sbin/cluster/utilities/clexit.rc : Unexpected termination of clstrmgrES. Halting system immediately!!!\n',
		);
		expect(cluster.ok('errpt', 'node2')).toBe('');
	});

	it('a failed event script: the node that stops processing events logs it', () => {
		const cluster = testCluster();
		cluster.arrange(state => {
			for (const node of ['node1', 'node2']) state.nodes[node]!.files['/usr/local/ha/fail.sh'] = '#!/bin/ksh\nexit 1\n';
		});
		cluster.ok('clchevent -O node_up -a /usr/local/ha/fail.sh');
		cluster.ok('rc.cluster -N');
		expect(cluster.ok('errpt -a -J OPMSG')).toContain('MESSAGE FROM ERRLOGGER COMMAND\nEvent node_up failed on node node1: cluster event processing');
	});
});
