/**
 * Automatic Error Notification (issue 12): Problem Determination Tools > HACMP Error Notification > Configure Automatic
 * Error Notification, cl_errnotify configuring cl_failover / cl_logerror for the cluster's disks on every node, and what
 * errdemon runs when such a disk's permanent error is logged.
 */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {length} from './helpers/failure.js';
import {dialogCommand, menuCatalog} from './helpers/smit.js';

const AUTO = '/usr/es/sbin/cluster/diag/cl_errnotify';
const LOGERROR = '/usr/es/sbin/cluster/diag/cl_logerror';
const FAILOVER = '/usr/es/sbin/cluster/diag/cl_failover';

const listing = (node: string, rows: Array<[string, string]>) =>
	[`${node}:`, `${node}: HACMP Resource         Error Notify Method`, `${node}:`, ...rows.map(([r, m]) => `${node}: ${r.padEnd(23)}${m}`)]
		.map(line => `${line}\n`)
		.join('');

describe('Configure Automatic Error Notification', () => {
	it('the menu sits first under HACMP Error Notification with List, Add and Delete, each running cl_errnotify', () => {
		const items = menuCatalog()
			.menus.get('cm_en_menu')!
			.items.map(item => item.text);
		expect(items[0]).toBe('Configure Automatic Error Notification');
		expect(
			menuCatalog()
				.menus.get('cm_aen_menu')!
				.items.map(item => item.text),
		).toEqual([
			'List Error Notify Methods for Cluster Resources',
			'Add Error Notify Methods for Cluster Resources',
			'Delete Error Notify Methods for Cluster Resources',
		]);
		const cluster = testCluster();
		expect(dialogCommand(cluster, 'cm_aen_list')).toBe(`${AUTO} -l`);
		expect(dialogCommand(cluster, 'cm_aen_add')).toBe(`${AUTO} -a`);
		expect(dialogCommand(cluster, 'cm_aen_delete')).toBe(`${AUTO} -d`);
		expect(menuCatalog('4.3').menus.get('cm_aen_menu')).toBeUndefined();
	});

	it('Add gives every node cl_logerror for its rootvg disk and the disks of a non-concurrent group; List shows them by node', () => {
		const cluster = testCluster();
		expect(cluster.ok(`${AUTO} -l`)).toBe(listing('node1', []) + listing('node2', []));
		expect(cluster.ok(`${AUTO} -a`)).toBe('');
		const rows: Array<[string, string]> = [
			['hdisk0', LOGERROR],
			['hdisk2', LOGERROR],
			['hdisk3', LOGERROR],
		];
		expect(cluster.ok(`${AUTO} -l`)).toBe(listing('node1', rows) + listing('node2', rows));
		expect(cluster.ok(`odmget -q "en_name = 'HACMP_hdisk2'" errnotify`)).toBe(
			'\nerrnotify:\n\ten_pid = 0\n\ten_name = "HACMP_hdisk2"\n\ten_persistenceflg = 1\n\ten_label = ""\n\ten_crcid = 0\n' +
				'\ten_class = "H"\n\ten_type = "PERM"\n\ten_alertflg = ""\n\ten_resource = "hdisk2"\n\ten_rtype = ""\n\ten_rclass = ""\n' +
				`\ten_method = "${LOGERROR} $1"\n`,
		);
	});

	it('a concurrent group whose logical volumes are mirrored gets cl_failover for its disks', () => {
		const cluster = testCluster('concurrent');
		cluster.ok(`${AUTO} -a`);
		const rows: Array<[string, string]> = [
			['hdisk0', LOGERROR],
			['hdisk1', FAILOVER],
			['hdisk2', FAILOVER],
		];
		expect(cluster.ok(`${AUTO} -l`)).toBe(listing('node1', rows) + listing('node2', rows) + listing('node3', rows));
	});

	it('a shared disk failing runs cl_logerror: the entry goes to hacmp.out and cluster services keep running', () => {
		const cluster = testCluster();
		cluster.ok(`${AUTO} -a`);
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		const before = length(cluster, 'node1');
		cluster.ok('hasmit_disk fail hdisk2');
		const added = cluster.file('node1', '/tmp/hacmp.out').slice(before);
		expect(added).toMatch(/^\w{3} \w{3} +\d+ [\d:]+ UTC \d{4} cl_logerror: error notification: DISK_ERR3 on hdisk2 \(sequence number 1\)\n-{75}\n/);
		expect(added).toContain('LABEL:\t\tDISK_ERR3\n');
		expect(added).toContain('Resource Name:   hdisk2\n');
		expect(cluster.state.nodes.node1!.acd).not.toBeNull();
	});

	it('a mirrored concurrent disk failing runs cl_failover: cluster services stop on each node with takeover', () => {
		const cluster = testCluster('concurrent');
		cluster.ok(`${AUTO} -a`);
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2,node3' -N");
		cluster.ok('hasmit_disk fail hdisk1');
		const out = cluster.file('node1', '/tmp/hacmp.out');
		expect(out).toContain('cl_failover: error notification: DISK_ERR3 on hdisk1 (sequence number 1)\n');
		expect(out).toContain('cl_failover: Stopping Cluster Services on node: node1 (graceful with takeover)\n');
		expect(out).toMatch(/cl_failover: .* Cluster services stopped on node node1 \(graceful with takeover\)\.\n/);
		expect(cluster.state.nodes.node1!.acd).toBeNull();
	});

	it('Add again replaces what it added; Delete removes only its own methods, on every node', () => {
		const cluster = testCluster();
		cluster.ok("/usr/es/sbin/cluster/utilities/clerrnotify -a -n mine -m 'echo x'");
		cluster.ok(`${AUTO} -a`);
		cluster.ok(`${AUTO} -a`);
		expect(cluster.state.errnotify!.node1!.map(o => o.en_name)).toEqual(['mine', 'HACMP_hdisk0', 'HACMP_hdisk2', 'HACMP_hdisk3']);
		cluster.ok(`${AUTO} -d`);
		expect(cluster.ok(`${AUTO} -l`)).toBe(listing('node1', []) + listing('node2', []));
		expect(cluster.ok('/usr/es/sbin/cluster/utilities/clerrnotify -l')).toBe('mine\n');
	});

	it('Add and Delete are refused while cluster services run; List is not', () => {
		const cluster = testCluster();
		cluster.ok('rc.cluster -N');
		const message =
			'cl_errnotify: Cannot configure automatic error notification while cluster services are running; stop cluster services first. ' +
			'(active: node1)\n';
		expect(cluster.refused(`${AUTO} -a`, message).code).toBe(1);
		cluster.refused(`${AUTO} -d`, message);
		cluster.ok(`${AUTO} -l`);
		cluster.refused(`${AUTO}`, /give one of -l, -a or -d/);
		cluster.refused(`${LOGERROR} 99`, 'cl_logerror: There is no error log entry with sequence number 99 on node1.\n');
	});
});

describe('Emulate Error Log Entry', () => {
	const CL = '/usr/es/sbin/cluster/utilities/clerrnotify';

	it("logs the entry a notify method waits for, marked as emulated; errdemon runs the method; SMIT's dialog shows it first", () => {
		const cluster = testCluster();
		cluster.ok(`${CL} -a -n disk_watch -L DISK_ERR3 -R hdisk2 -m 'echo $9 on $6 seq $1 >> /tmp/watch.log'`);
		expect(menuCatalog().menus.get('cm_en_menu')!.items.at(-1)!.text).toBe('Emulate Error Log Entry');
		const line = dialogCommand(cluster, 'cm_en_emulate', {_rawname: 'disk_watch', _cookedname: 'disk_watch'});
		expect(line).toBe(`${CL} -e -n 'disk_watch'`);
		expect(cluster.ok(line)).toBe('Error log entry DISK_ERR3 emulated on node1: errdemon ran the notify methods it matches.\n');
		expect(cluster.file('node1', '/tmp/watch.log')).toBe('DISK_ERR3 on hdisk2 seq 1\n');
		expect(cluster.ok('errpt -a')).toContain('Resource Name:   hdisk2\n\nDescription\nDISK OPERATION ERROR\n');
		expect(cluster.ok('errpt -a')).toContain('Detail Data\nSENSE DATA\nEMULATED ERROR LOG ENTRY\n');
	});

	it('a notify method without a label, or with a label no template has, has no entry to emulate', () => {
		const cluster = testCluster();
		cluster.ok(`${CL} -a -n any -m 'echo x'`);
		cluster.ok(`${CL} -a -n odd -L NO_SUCH_LABEL -m 'echo x'`);
		cluster.refused(`${CL} -e -n any`, 'clerrnotify: The notify method any names no error label: there is no entry to emulate.\n');
		cluster.refused(`${CL} -e -n odd`, 'clerrnotify: NO_SUCH_LABEL: no error template has this label: there is no entry to emulate.\n');
		cluster.refused(`${CL} -e -n nosuch`, 'clerrnotify: There is no notify method named nosuch on node1.\n');
	});
});
