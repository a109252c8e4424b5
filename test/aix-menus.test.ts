/**
 * AIX's own SMIT around HACMP, driven headless: the System Management menu,
 * the LVM and file system screens running the seed's manual update (§8.4.1)
 * and split-mirror backup (§8.7.1) on one node, the software screens running
 * the PTF rolling install (§8.6), the subsystems and the hosts table. Each
 * dialog's command (what F6 shows) is checked, then run.
 */
import {describe, expect, it} from 'vitest';
import {resolveFastPath} from '../src/menu/catalog.js';
import {checkCatalog} from '../src/menu/check.js';
import {createRegistry} from '../src/domains/index.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {openDialog} from '../src/menu/dialog.js';
import {accepted, dialog, dialogCommand, menuCatalog, pickList, selectorList, smitOn} from './helpers/smit.js';

/** A dialog's command on a node, opened after a selector passed `raw` on (if any). */
function command(c: TestCluster, node: string, id: string, raw?: string, changes: Record<string, string> = {}): string {
	const home = c.session.node;
	c.session.node = node;
	try {
		return dialogCommand(c, id, raw === undefined ? {} : {_rawname: raw, _cookedname: raw}, changes);
	} finally {
		c.session.node = home;
	}
}

/** F4 of a selector on a node. */
function choices(c: TestCluster, node: string, selector: string): string[] {
	const home = c.session.node;
	c.session.node = node;
	try {
		return selectorList(c, selector);
	} finally {
		c.session.node = home;
	}
}

const items = (menu: string) =>
	menuCatalog()
		.menus.get(menu)!
		.items.map(i => i.text);

describe('the System Management menu', () => {
	it("is AIX 5.2's, every item present; HACMP for AIX is under Communications Applications and Services", () => {
		expect(checkCatalog(menuCatalog(), createRegistry())).toEqual([]);
		expect(items('top_menu')).toEqual([
			'Software Installation and Maintenance',
			'Software License Management',
			'Devices',
			'System Storage Management (Physical & Logical Storage)',
			'Security & Users',
			'Communications Applications and Services',
			'Print Spooling',
			'Problem Determination',
			'Performance & Resource Scheduling',
			'System Environments',
			'Processes & Subsystems',
			'Applications',
			'Installation Assistant',
			'Using SMIT (information only)',
		]);
		expect(items('commo')).toEqual(['TCP/IP', 'NFS', 'HACMP for AIX']);
		expect(items('storage')[0]).toBe('Logical Volume Manager');
		expect(items('lvm')).toEqual(['Volume Groups', 'Logical Volumes', 'Physical Volumes', 'Paging Space']);
	});

	it('each part hasmit does not simulate opens a short screen saying so, with nothing to choose', () => {
		for (const id of ['licenses', 'dev', 'spooler', 'problem', 'performance', 'system', 'applications', 'assist', 'smit_info', 'nfs', 'pgsp']) {
			const menu = menuCatalog().menus.get(id)!;
			expect(menu.items.map(i => [i.text, i.next_type])).toEqual([
				['hasmit does not simulate this part of AIX.', 'i'],
				['Press F3 to go back.', 'i'],
			]);
		}
		expect(menuCatalog().menus.get('dev')!.title).toBe('Devices');
	});

	it('the real fast paths open their screens', () => {
		const catalog = menuCatalog();
		const fastPaths = {
			lvm: 'menu',
			vg: 'menu',
			mkvg: 'dialog',
			lsvg: 'dialog',
			extendvg: 'dialog',
			chvg: 'selector',
			importvg: 'dialog',
			varyonvg: 'dialog',
			fs: 'menu',
			jfs: 'menu',
			jfs2: 'menu',
			mountfs: 'dialog',
			install: 'menu',
			install_latest: 'selector',
			update_all: 'selector',
			commit: 'dialog',
			reject: 'dialog',
			src: 'menu',
			startssys: 'dialog',
			stopssys: 'dialog',
			tcpip: 'menu',
			mktcpip: 'menu',
			hostent: 'menu',
			inet: 'menu',
			lsinet: 'dialog',
		};
		for (const [fastPath, kind] of Object.entries(fastPaths)) expect(resolveFastPath(catalog, fastPath)?.kind, fastPath).toBe(kind);
	});
});

describe('LVM on this node', () => {
	it('Add a Volume Group offers the free disks and the lowest free major; Add a Physical Volume extends it', () => {
		const c = testCluster('two-node');
		expect(command(c, 'node1', 'mkvg', undefined, {'VOLUME GROUP name': 'appvg', 'PHYSICAL VOLUME names': 'hdisk4'})).toBe(
			"mkvg -y 'appvg' -V '39' 'hdisk4'",
		);
		const line = command(c, 'node1', 'mkvg', undefined, {
			'VOLUME GROUP name': 'appvg',
			'PHYSICAL VOLUME names': 'hdisk4',
			'Activate volume group AUTOMATICALLY at system restart?': 'no',
			'Create VG Concurrent Capable?': 'yes',
		});
		expect(line).toBe("mkvg -y 'appvg' '-n' -V '39' '-C' 'hdisk4'");
		c.ok(line);
		expect(c.state.nodes.node1!.lvm.volumeGroups.appvg).toMatchObject({major: 39, autoVaryon: false});
		expect(c.state.nodes.node2!.lvm.volumeGroups.appvg).toBeUndefined();
		c.ok('varyonvg appvg');
		const extend = command(c, 'node1', 'extendvg', undefined, {'VOLUME GROUP name': 'appvg', 'PHYSICAL VOLUME names': 'hdisk5'});
		expect(extend).toBe("extendvg 'appvg' 'hdisk5'");
		c.ok(extend);
		expect(c.ok('lsvg -p appvg')).toContain('hdisk5');
	});

	it('§8.4.1 manual update through SMIT: change on node1, then export, import with the same major and no automatic varyon on node2', () => {
		const c = testCluster('two-node');
		// node1: vary the VG on, add a logical volume, let it go.
		const varyon = command(c, 'node1', 'varyonvg', undefined, {'VOLUME GROUP name': 'datavg'});
		expect(varyon).toBe("varyonvg 'datavg'");
		c.ok(varyon);
		expect(choices(c, 'node1', 'mklv')).toContain('datavg');
		const mklv = command(c, 'node1', 'mklv_dialog', 'datavg', {'Logical volume NAME': 'newlv', 'Number of LOGICAL PARTITIONS': '4'});
		expect(mklv).toBe("mklv -y 'newlv' 'datavg' '4'");
		c.ok(mklv);
		c.ok(command(c, 'node1', 'varyoffvg', undefined, {'VOLUME GROUP name': 'datavg'}));
		const major = c.state.nodes.node1!.lvm.volumeGroups.datavg!.major;
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.lvs).not.toContain('newlv');
		// node2: export the old definition, import from one of the disks with node1's major.
		const exportvg = command(c, 'node2', 'exportvg', undefined, {'VOLUME GROUP name': 'datavg'});
		expect(exportvg).toBe("exportvg 'datavg'");
		c.ok(exportvg, 'node2');
		const importvg = command(c, 'node2', 'importvg', undefined, {
			'VOLUME GROUP name': 'datavg',
			'PHYSICAL VOLUME name': 'hdisk2',
			'Volume Group MAJOR NUMBER': String(major),
		});
		expect(importvg).toBe(`importvg -y 'datavg' -V '${major}' 'hdisk2'`);
		c.ok(importvg, 'node2');
		expect(choices(c, 'node2', 'chvg')).toContain('datavg');
		const chvg = command(c, 'node2', 'chvg_dialog', 'datavg', {'Activate volume group AUTOMATICALLY at system restart?': 'no'});
		expect(chvg).toBe("chvg -a 'n' 'datavg'");
		c.ok(chvg, 'node2');
		// Mount, test, unmount, vary off.
		const mount = command(c, 'node2', 'mountfs', undefined, {'FILE SYSTEM name': '/data'});
		expect(mount).toBe("mount '/data'");
		c.ok(mount, 'node2');
		expect(c.ok('df /data', 'node2')).toContain('/dev/datalv');
		const umount = command(c, 'node2', 'umountfs', undefined, {'NAME of file system to unmount': '/data'});
		expect(umount).toBe("umount '/data'");
		c.ok(umount, 'node2');
		c.ok(command(c, 'node2', 'varyoffvg', undefined, {'VOLUME GROUP name': 'datavg'}), 'node2');
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg).toMatchObject({major, autoVaryon: false});
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.lvs).toContain('newlv');
	});

	it('§8.7.1 split-mirror backup through SMIT: split the copy, put a read-only file system on it, back it up, then mirror again', () => {
		const c = testCluster('two-node');
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		// 1. Which logical volume holds the file system.
		const contents = command(c, 'node1', 'lsvg1_dialog', 'datavg', {'List OPTION': 'logical volumes'});
		expect(contents).toBe("lsvg '-l' 'datavg'");
		expect(c.ok(contents)).toMatch(/^datalv +jfs2 +64 +128 +2 +open\/syncd +\/data$/m);
		// 2-4. Unmount, split, mount again (the application runs on the remaining copy).
		c.ok(command(c, 'node1', 'umountfs', undefined, {'NAME of file system to unmount': '/data'}));
		expect(choices(c, 'node1', 'splitlvcopy')).toContain('datalv');
		const split = command(c, 'node1', 'splitlvcopy_dialog', 'datalv', {'NEW logical volume name': 'newlv'});
		expect(split).toBe("splitlvcopy -y 'newlv' 'datalv' '1'");
		c.ok(split);
		c.ok(command(c, 'node1', 'mountfs', undefined, {'FILE SYSTEM name': '/data'}));
		// 5. A file system on the split copy, mounted read-only.
		const crfs = command(c, 'node1', 'crjfs2lvstd', undefined, {
			'LOGICAL VOLUME name': 'newlv',
			'MOUNT POINT': '/backup',
			'Mount AUTOMATICALLY at system restart?': 'no',
			PERMISSIONS: 'read only',
		});
		expect(crfs).toBe("crfs -v jfs2 -d 'newlv' -m '/backup' -A 'no' -p 'ro'");
		c.ok(crfs);
		const mountRo = command(c, 'node1', 'mountfs', undefined, {'FILE SYSTEM name': '/backup', 'Mount as a READ-ONLY system?': 'yes'});
		expect(mountRo).toBe("mount '-r' '/backup'");
		c.ok(mountRo);
		// 6. Back it up.
		const backup = command(c, 'node1', 'backfilesys', undefined, {'FILESYSTEM name': '/backup', 'DESTINATION device or file': '/tmp/data.bak'});
		expect(backup).toBe("backup -f '/tmp/data.bak' '-0' '/backup'");
		c.ok(backup);
		// 7. Remove the copy's file system, and with it its logical volume.
		c.ok(command(c, 'node1', 'umountfs', undefined, {'NAME of file system to unmount': '/backup'}));
		const rmfs = command(c, 'node1', 'rmjfs2', undefined, {'FILE SYSTEM name': '/backup'});
		expect(rmfs).toBe("rmfs '/backup'");
		c.ok(rmfs);
		expect(c.state.nodes.node1!.lvm.volumeGroups.datavg!.lvs).not.toContain('newlv');
		// 8. Mirror again, then synchronize.
		const mklvcopy = command(c, 'node1', 'mklvcopy_dialog', 'datalv');
		expect(mklvcopy).toBe("mklvcopy 'datalv' '2'");
		c.ok(mklvcopy);
		const sync = command(c, 'node1', 'syncvg_lv', undefined, {'LOGICAL VOLUME name': 'datalv'});
		expect(sync).toBe("syncvg -l 'datalv'");
		c.ok(sync);
		expect(c.ok('lslv datalv')).toMatch(/COPIES: +2 /);
		expect(c.ok('lslv datalv')).toMatch(/STALE PPs: +0 /);
	});

	it('change and show dialogs start from what the volume group or logical volume is now', () => {
		const c = testCluster('two-node');
		c.ok('varyonvg datavg');
		expect(command(c, 'node1', 'chvg_dialog', 'datavg')).toBe("chvg 'datavg'");
		// hbvg is enhanced concurrent capable: the ring shows it, and leaving it sends nothing.
		c.ok('varyonvg -c hbvg');
		const hbvg = accepted(openDialog(dialog('chvg_dialog'), {_rawname: 'hbvg'}, smitOn(c)));
		expect(hbvg.fields.map(f => f.value)).toEqual(['hbvg', 'no', 'yes', 'enhanced concurrent']);
		expect(command(c, 'node1', 'chvg_dialog', 'hbvg')).toBe("chvg 'hbvg'");
		expect(command(c, 'node1', 'chvg_dialog', 'datavg', {'A QUORUM of disks required to keep the volume group on-line ?': 'no'})).toBe(
			"chvg -Q 'n' 'datavg'",
		);
		expect(command(c, 'node1', 'chlv_dialog', 'datalv', {PERMISSIONS: 'read-only'})).toBe("chlv -p 'r' 'datalv'");
		const bigger = command(c, 'node1', 'chlv_dialog', 'datalv', {'MAXIMUM NUMBER of LOGICAL PARTITIONS': '1024'});
		expect(bigger).toBe("chlv -x '1024' 'datalv'");
		c.ok(bigger);
		expect(c.ok('lslv datalv')).toMatch(/MAX LPs: +1024 /);
		expect(command(c, 'node1', 'lslv_dialog', 'datalv', {'List OPTION': 'logical partition map'})).toBe("lslv '-m' 'datalv'");
		c.ok("mklv -y 'scratchlv' 'datavg' '1'");
		const rmlv = command(c, 'node1', 'rmlv', undefined, {'LOGICAL VOLUME name': 'scratchlv'});
		expect(rmlv).toBe("rmlv -f 'scratchlv'");
		c.ok(rmlv);
		expect(c.state.nodes.node1!.lvm.volumeGroups.datavg!.lvs).not.toContain('scratchlv');
	});
});

describe('Software Installation and Maintenance', () => {
	it('§8.6 PTF rolling install through SMIT: apply without committing, reject, apply again and commit', () => {
		const c = testCluster('two-node');
		const device = '/usr/sys/inst.images/hacmp_ptf';
		const smInst = '/usr/lib/instl/sm_inst installp_cmd';
		expect(menuCatalog().selectors.get('install_latest')!.body.disp_values).toBe(device);
		const install = menuCatalog().dialogs.get('install_latest_dialog')!;
		const software = install.fields.find(f => f.name === 'SOFTWARE to install')!;
		expect(pickList(c, software, {_rawname: device})).toEqual([
			'cluster.es.client.lib',
			'cluster.es.cspoc.rte',
			'cluster.es.server.rte',
			'cluster.es.server.utils',
		]);
		const chosen = command(c, 'node2', 'install_latest_dialog', device, {'SOFTWARE to install': 'cluster.es.server.rte,cluster.es.client.lib'});
		expect(chosen).toBe(`${smInst} -a -Q -d '${device}' -f 'cluster.es.server.rte,cluster.es.client.lib' '-c' '-N' '-g' '-X' '-G'`);
		// The defaults, as smit.script shows them on AIX 5.x: a public TSM client install script has
		// `/usr/lib/instl/sm_inst installp_cmd -a -Q -d '/mnt/client/V51/V5162/32bit' -f '_all_latest'  '-c' '-N' '-g' '-X'  '-G'`.
		expect(command(c, 'node2', 'install_latest_dialog', device)).toBe(`${smInst} -a -Q -d '${device}' -f '_all_latest' '-c' '-N' '-g' '-X' '-G'`);
		const apply = command(c, 'node2', 'update_all_dialog', device, {
			'COMMIT software updates?': 'no',
			'SAVE replaced files?': 'yes',
			'ACCEPT new license agreements?': 'yes',
		});
		expect(apply).toBe(`${smInst} -a -Q -d '${device}' -f '_update_all' '-g' '-X' '-G' '-Y'`);
		expect(c.ok(apply, 'node2')).toContain('installp:  APPLYING software for:');
		expect(c.ok('lslpp -l cluster.es.server.rte', 'node2')).toContain('5.2.0.1  APPLIED');
		expect(command(c, 'node2', 'list_history', undefined, {'SOFTWARE name': 'cluster.es.server.rte'})).toBe("lslpp -h 'cluster.es.server.rte'");
		const rejectable = menuCatalog()
			.dialogs.get('reject')!
			.fields.find(f => f.name === 'SOFTWARE name')!;
		c.session.node = 'node2';
		expect(pickList(c, rejectable)).toEqual(['cluster.es.client.lib', 'cluster.es.cspoc.rte', 'cluster.es.server.rte', 'cluster.es.server.utils']);
		c.session.node = 'node1';
		expect(pickList(c, rejectable)).toEqual([]);
		const reject = command(c, 'node2', 'reject', undefined, {'SOFTWARE name': 'cluster.es.server.rte'});
		expect(reject).toBe(`${smInst} -r -f'cluster.es.server.rte'`);
		c.ok(reject, 'node2');
		expect(c.state.nodes.node2!.filesets['cluster.es.server.rte']).toBe('5.2.0.0');
		c.ok(apply, 'node2');
		// Word for word what a public patching script runs: `/usr/lib/instl/sm_inst installp_cmd -c -f'all' '-g' '-X'`.
		const commit = command(c, 'node2', 'commit');
		expect(commit).toBe(`${smInst} -c -f'all' '-g' '-X'`);
		c.ok(commit, 'node2');
		expect(c.ok('lslpp -l cluster.es.server.rte', 'node2')).toContain('5.2.0.1  COMMITTED');
		expect(c.ok('lslpp -h cluster.es.server.rte', 'node2')).toMatch(/APPLY .*\n.*REJECT .*\n.*APPLY .*\n.*COMMIT /);
	});

	it('sm_inst installs the filesets chosen from the list; it refuses what installp does not simulate, and needs the software named', () => {
		const c = testCluster('two-node');
		const chosen = command(c, 'node2', 'install_latest_dialog', '/usr/sys/inst.images/hacmp_ptf', {
			'SOFTWARE to install': 'cluster.es.server.rte,cluster.es.client.lib',
		});
		c.ok(chosen, 'node2');
		expect(c.state.nodes.node2!.filesets).toMatchObject({
			'cluster.es.server.rte': '5.2.0.1',
			'cluster.es.client.lib': '5.2.0.1',
			'cluster.es.cspoc.rte': '5.2.0.0',
		});
		expect(c.state.nodes.node2!.applied).toBeUndefined();
		const preview = command(c, 'node2', 'update_all_dialog', '/usr/sys/inst.images/hacmp_ptf', {
			'PREVIEW only? (install operation will NOT occur)': 'yes',
		});
		expect(preview).toContain("'-p'");
		c.refused(preview, /-p/, 'node2');
		c.refused('/usr/lib/instl/sm_inst installp_cmd -a -d /usr/sys/inst.images/hacmp_ptf', /sm_inst: Specify the software to process with -f/);
	});

	it('refuses an HACMP update while cluster services run on the node', () => {
		const c = testCluster('two-node');
		c.ok('/usr/es/sbin/cluster/etc/rc.cluster -boot -N -i -b');
		c.refused(command(c, 'node1', 'update_all_dialog', '/usr/sys/inst.images/hacmp_ptf'), /Cluster services are active on node node1/);
	});
});

describe('Processes & Subsystems', () => {
	it('start, query and stop a subsystem through the SRC dialogs', () => {
		const c = testCluster('two-node');
		expect(command(c, 'node1', 'startssys', undefined, {'Subsystem name': 'clinfoES'})).toBe("startsrc -s 'clinfoES'");
		c.ok("startsrc -s 'clinfoES'");
		const query = command(c, 'node1', 'qssys', undefined, {'Subsystem name': 'clinfoES'});
		expect(query).toBe("lssrc -s 'clinfoES'");
		expect(c.ok(query)).toMatch(/clinfoES +cluster +\d+ +active/);
		const stop = command(c, 'node1', 'stopssys', undefined, {'Subsystem name': 'clinfoES', 'STOP type': 'forced'});
		expect(stop).toBe("stopsrc -s 'clinfoES' '-f'");
		c.ok(stop);
		expect(c.state.nodes.node1!.subsystems.clinfoES!.pid).toBe(0);
		c.refused(command(c, 'node1', 'stopssys', undefined, {'Subsystem name': 'clstrmgrES'}), /clstrmgrES/);
	});
});

describe('TCP/IP hosts table', () => {
	it('adds, changes and removes a host on this node only', () => {
		const c = testCluster('two-node');
		const add = command(c, 'node1', 'mkhostent', undefined, {'INTERNET ADDRESS (dotted decimal)': '10.10.10.21', 'HOST NAME': 'app2_svc app2'});
		expect(add).toBe("hostent -a '10.10.10.21' -h 'app2_svc app2'");
		c.ok(add);
		expect(c.file('node1', '/etc/hosts')).toContain('10.10.10.21\tapp2_svc app2\n');
		expect(c.file('node2', '/etc/hosts')).not.toContain('app2_svc');
		expect(choices(c, 'node1', 'chhostent')).toContain('10.10.10.21');
		const change = command(c, 'node1', 'chhostent_dialog', '10.10.10.21', {'NEW INTERNET ADDRESS (dotted decimal)': '10.10.10.22'});
		expect(change).toBe("hostent -c '10.10.10.21' -i '10.10.10.22'");
		c.ok(change);
		expect(c.ok('hostent -S')).toContain('10.10.10.22 app2_svc app2\n');
		expect(c.ok('hostent -s app2')).toBe('10.10.10.22 app2_svc app2\n');
		expect(c.run('hostent -s nobody').code).toBe(1);
		const rename = command(c, 'node1', 'chhostent_dialog', '10.10.10.22', {'HOST NAME': 'app2_svc'});
		expect(rename).toBe("hostent -c '10.10.10.22' -h 'app2_svc'");
		c.ok(rename);
		expect(c.file('node1', '/etc/hosts')).toContain('10.10.10.22\tapp2_svc\n');
		const remove = command(c, 'node1', 'rmhostent_dialog', '10.10.10.22');
		expect(remove).toBe("hostent -d '10.10.10.22'");
		c.ok(remove);
		expect(c.file('node1', '/etc/hosts')).not.toContain('app2_svc');
		c.refused("hostent -d '10.10.10.22'", 'hostent: 0827-203 Address 10.10.10.22 is not in /etc/hosts.');
		c.refused("hostent -a '10.10.10.999' -h x", 'hostent: 10.10.10.999 is not a valid Internet address.');
		c.refused("hostent -a '10.10.10.40' -h 'ok #comment'", 'hostent: #comment is not a valid host name.');
	});
});
