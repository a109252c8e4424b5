/** HACMP 4.3 as the study guide (seed 000, SG24-5131) describes it: what a 4.3 node shows and what its procedures need. */
import {describe, expect, it} from 'vitest';
import {setRelease} from '../src/cluster/release/apply.js';
import {testCluster} from './helpers/cluster.js';
import {checkCatalog} from '../src/menu/check.js';
import {commandLine, openFastPath, runDialog, setField} from '../src/menu/dialog.js';
import {createRegistry} from '../src/domains/index.js';
import {accepted, menuCatalog, smitOn} from './helpers/smit.js';
import {addresses, eventsSince, length} from './helpers/failure.js';

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

describe('AIX 4.3.3 under HACMP 4.3', () => {
	it("lsvg prints AIX 4.3.3's report: a concurrent capable VG is Capable, and no AIX 5 lines (LTG size, hot spare)", () => {
		const cluster = on43();
		cluster.ok('varyonvg hbvg');
		const report = cluster.ok('lsvg hbvg');
		expect(report).toMatch(/^Concurrent: +Capable +Auto-Concurrent: Disabled$/m);
		expect(report).toMatch(/^MAX PPs per PV: +1016 +MAX PVs: +32\n$/m);
		expect(report).not.toMatch(/LTG size|HOT SPARE|Enhanced/);
	});

	it('uname, oslevel and odmget say AIX 4.3.3 and HACMP 4.3', () => {
		const cluster = on43();
		expect(cluster.ok('uname -rv')).toBe('3 4\n');
		expect(cluster.ok('oslevel')).toBe('4.3.3.0\n');
		expect(cluster.ok('oslevel -r')).toBe('4330-07\n');
		expect(cluster.ok('odmget HACMPcluster')).toContain('\tcluster_version = 4\n');
		cluster.refused('ODMDIR=/etc/es/objrepos odmget HACMPcluster', 'odmget: 0518-506 Cannot open class HACMPcluster.');
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		expect(cluster.ok('ODMDIR=/usr/sbin/cluster/etc/objrepos/active odmget HACMPcluster')).toContain('\tname = "prodcluster"\n');
	});

	it("the HACMP ODM classes have no fields of HACMP 5's features on 4.3 (settling time, IP aliasing, automatic verification)", () => {
		const fields = (cluster: ReturnType<typeof on43>, klass: string) => [...cluster.ok(`odmget ${klass}`).matchAll(/^\t(\w+) = /gm)].map(m => m[1]!);
		const classic = on43();
		expect(fields(classic, 'HACMPcluster')).not.toContain('settling_time');
		expect(fields(classic, 'HACMPcluster')).not.toContain('clverhour');
		expect(fields(classic, 'HACMPnetwork')).not.toContain('alias');
		expect(classic.ok('odmshow HACMPnetwork')).not.toContain('alias');
		classic.refused("odmget -q 'alias = 1' HACMPnetwork", 'alias');
		const es = testCluster();
		expect(fields(es, 'HACMPcluster')).toContain('settling_time');
		expect(fields(es, 'HACMPnetwork')).toContain('alias');
	});

	it('crfs -v jfs2 is refused: AIX 4.3.3 has no jfs2 virtual file system (JFS2 came with AIX 5.1); jfs is made', () => {
		const cluster = on43();
		cluster.ok('varyonvg datavg');
		const refused = cluster.run('crfs -v jfs2 -g datavg -m /app -a size=65536');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe('crfs: 0506-908 jfs2 is not a valid virtual file system type in /etc/vfs.\n');
		expect(cluster.run('lsfs /app').code).not.toBe(0);
		cluster.ok('crfs -v jfs -g datavg -m /app -a size=65536');
		expect(cluster.ok('lsfs /app')).toMatch(/ \/app +jfs /);
	});
});

describe('IP address takeover on 4.3: by replacement only', () => {
	it('two-node on 4.3: a replacement network, the service label on the boot subnet, standby adapters, RS232 for disk heartbeat', () => {
		const cluster = on43();
		const config = cluster.state.configs[cluster.state.nodes.node1!.dcd]!;
		expect(config.networks.net_ether_01!.ipat).toBe('replacement');
		expect(config.ipLabels.app_svc!.address).toBe('192.168.10.100');
		expect(cluster.ok('grep app_svc /etc/hosts')).toBe('192.168.10.100\tapp_svc\n');
		expect(cluster.ok('/usr/sbin/cluster/utilities/cllsif')).toBe(
			[
				'Adapter               Type       Network        Net Type   Attribute  Node       IP Address' +
					'       Hardware Address Interface Name   Global Name      Netmask',
				'',
				'node1_boot1           boot       net_ether_01   ether      public     node1      192.168.10.11' +
					'                     en0                               255.255.255.0',
				'node1_boot2           standby    net_ether_01   ether      public     node1      192.168.11.11' +
					'                     en1                               255.255.255.0',
				'app_svc               service    net_ether_01   ether      public     node1      192.168.10.100' +
					'                                                      255.255.255.0',
				'node1_tty1_01         service    net_rs232_01   rs232      serial     node1      /dev/tty1                         tty1',
				'node2_boot1           boot       net_ether_01   ether      public     node2      192.168.10.12' +
					'                     en0                               255.255.255.0',
				'node2_boot2           standby    net_ether_01   ether      public     node2      192.168.11.12' +
					'                     en1                               255.255.255.0',
				'app_svc               service    net_ether_01   ether      public     node2      192.168.10.100' +
					'                                                      255.255.255.0',
				'node2_tty1_01         service    net_rs232_01   rs232      serial     node2      /dev/tty1                         tty1',
				'',
			].join('\n'),
		);
	});

	it('big on 4.3: every service label moves onto the boot subnet at an address no other label has', () => {
		const config = Object.values(on43('big').state.configs)[0]!;
		const labels = Object.values(config.ipLabels);
		expect(new Set(labels.map(l => l.address)).size).toBe(labels.length);
		expect(labels.filter(l => l.role === 'service').every(l => l.address.startsWith('192.168.100.'))).toBe(true);
	});

	it('disk heartbeat links become RS232 links on the serial ports (tty1, tty2 on a node with two); odmget shows the standby function', () => {
		const cluster = on43('concurrent');
		const devices = Object.values(cluster.state.configs[cluster.state.nodes.node2!.dcd]!.devices).filter(d => d.node === 'node2');
		expect(devices.map(d => [d.network, d.device])).toEqual([
			['net_rs232_01', '/dev/tty1'],
			['net_rs232_02', '/dev/tty2'],
		]);
		expect(cluster.ok('/usr/sbin/cluster/diag/clverify')).not.toContain('WARNING');
		expect(on43().ok('odmget -q ip_label=node1_boot2 HACMPadapter')).toContain('\tfunction = "standby"\n');
	});

	it('acquiring the service label replaces the boot address on en0: netstat -in and ifconfig show it', () => {
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		const netstat = cluster.ok('netstat -in');
		expect(netstat).toMatch(/^en0 +1500 +192\.168\.10 +192\.168\.10\.100 /m);
		expect(netstat).not.toContain('192.168.10.11 ');
		expect(netstat).toMatch(/^en1 +1500 +192\.168\.11 +192\.168\.11\.11 /m);
		expect(cluster.ok('ifconfig -a')).toMatch(/^en0: .*\n\s+inet 192\.168\.10\.100 netmask 0xffffff00 broadcast 192\.168\.10\.255\n\s+tcp/m);
		// AIX 4.3.3's flags: no AIX 5 checksum offload or interface chains.
		expect(cluster.ok('ifconfig -a')).toMatch(/^en0: flags=e080863<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT>$/m);
		expect(cluster.file('node1', '/tmp/hacmp.out')).toContain('cl_swap_IP_address cascading acquire en0 192.168.10.100 255.255.255.0');
		cluster.ok('/usr/sbin/cluster/etc/clstop -y -N -g');
		expect(cluster.ok('netstat -in')).toMatch(/^en0 +1500 +192\.168\.10 +192\.168\.10\.11 /m);
	});

	it('the standby adapter takes the service address when en0 fails (swap_adapter)', () => {
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N', 'node2');
		expect(addresses(cluster, 'node1')).toEqual(['en0 192.168.10.100', 'en1 192.168.11.11']);
		const mark = length(cluster, 'node2');
		cluster.ok('hasmit_fault adapter unplug node1 en0');
		cluster.ok('sleep 20');
		expect(eventsSince(cluster, 'node2', mark)).toEqual([
			'swap_adapter node1 net_ether_01 192.168.10.11 192.168.11.11',
			'swap_adapter_complete node1 net_ether_01 192.168.10.11 192.168.11.11',
		]);
		expect(addresses(cluster, 'node1')).toEqual(['en0 192.168.10.11', 'en1 192.168.10.100']);
	});

	it('no fast disk takeover on 4.3: a standby node does not vary a concurrent capable VG on passive (AIX 4.3.3 has no -P)', () => {
		const cluster = on43();
		cluster.arrange(draft => {
			for (const config of Object.values(draft.configs)) config.resourceGroups.rg_app!.resources.volumeGroups.push('hbvg');
		});
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N', 'node2');
		expect(cluster.state.nodes.node2!.lvm.varyon.hbvg).toBeUndefined();
		expect(cluster.file('node2', '/tmp/hacmp.out')).not.toContain('varyonvg -c -P');
		expect(cluster.state.nodes.node1!.lvm.varyon.hbvg).toBeDefined();
	});

	it("a takeover node puts the failed node's service address on its standby adapter and keeps its boot one (acquire_takeover_addr)", () => {
		const cluster = on43();
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N');
		cluster.ok('/usr/sbin/cluster/etc/rc.cluster -N', 'node2');
		expect(addresses(cluster, 'node2')).toEqual(['en0 192.168.10.12', 'en1 192.168.11.12']);
		cluster.ok('/usr/sbin/cluster/etc/clstop -y -N -gr');
		expect(addresses(cluster, 'node2')).toEqual(['en0 192.168.10.12', 'en1 192.168.10.100']);
		expect(cluster.file('node2', '/tmp/hacmp.out')).toContain('cl_swap_IP_address cascading acquire en1 192.168.10.100 255.255.255.0');
	});

	it('cllsnw lists no Alias column on 4.3 (IP aliasing came with HACMP 5.1)', () => {
		expect(on43().ok('/usr/sbin/cluster/utilities/cllsnw').split('\n').slice(0, 3)).toEqual([
			'Network          Attribute  Monitor Method   Node Adapter(s)',
			'',
			'net_ether_01     public     Default          node1 192.168.10.11 192.168.11.11 node2 192.168.10.12 192.168.11.12',
		]);
	});

	it('4.3 has no network definitions of their own: clmodnetwork is not found, and an adapter defines an IP replacement network', () => {
		const cluster = on43();
		const missing = cluster.run('/usr/sbin/cluster/utilities/clmodnetwork -c -n net_ether_01 -l yes');
		expect(missing.code).toBe(127);
		expect(missing.stderr).toBe('ksh: /usr/sbin/cluster/utilities/clmodnetwork:  not found.\n');
		cluster.ok("echo '10.1.1.1\tnode1_priv' >> /etc/hosts");
		cluster.ok('/usr/sbin/cluster/utilities/claddinterface -i node1_priv -w net_ether_02 -t ether -A public -f service -n node1');
		expect(cluster.state.configs[cluster.state.nodes.node1!.dcd]!.networks.net_ether_02!.ipat).toBe('replacement');
	});
});

describe('4.3 topology listings', () => {
	it("cltopinfo shows 4.3's layout: each node's service adapters with their boot and standby adapters", () => {
		const out = on43('mutual-takeover').ok('/usr/sbin/cluster/utilities/cltopinfo');
		expect(out).toContain(
			[
				'Cluster Description of Cluster mutualclus',
				'Cluster ID: 2',
				'There were 2 networks defined : net_ether_01, net_rs232_01',
				'There are 2 nodes in this cluster.',
				'',
				'NODE nodea:',
				'        This node has 3 service interface(s):',
				'',
				'        Service Interface db_svc:',
				'                IP address:     172.16.1.21',
				'                Hardware Address:',
				'                Network:        net_ether_01',
				'                Attribute:      public',
				'',
				'        Service Interface db_svc has 1 boot interfaces.',
				'                Boot (Alternate Service) Interface 1: nodea_boot',
				'                IP address:     172.16.1.11',
				'                Network:        net_ether_01',
				'                Attribute:      public',
				'',
				'        Service Interface db_svc has 1 standby interfaces.',
				'                Standby Interface 1: nodea_stby',
				'                IP address:     172.16.2.11',
			].join('\n'),
		);
		expect(out).toContain('Connections to network net_ether_01\n        Node nodea is connected to network net_ether_01 by these interfaces:\n');
		expect(out).not.toMatch(/persistent|Alias/i);
	});
});

describe("4.3's C-SPOC LVM tree (Cluster System Management)", () => {
	const catalog = menuCatalog('4.3');
	const texts = (menu: string) => catalog.menus.get(menu)!.items.map(i => i.text);

	it('has the Cluster Logical Volume Manager and the Cluster Concurrent Logical Volume Manager, with no 5.x item', () => {
		expect(checkCatalog(catalog, createRegistry(), '4.3')).toEqual([]);
		expect(texts('cl_admin')).toEqual([
			'Cluster Concurrent Logical Volume Manager',
			'Cluster Logical Volume Manager',
			'Cluster Resource Group Management',
			'Cluster Users & Groups',
			'Cluster LVM TaskGuide for Creating a Shared Volume Group',
		]);
		// Cluster-wide passwords (cl_chpasswd) came with HACMP 5.
		expect(texts('cl_usergroup')).toEqual(['Users in an HACMP cluster', 'Groups in an HACMP cluster']);
		expect(catalog.menus.get('cl_lvm')!.title).toBe('Cluster Logical Volume Manager');
		expect(texts('cl_lvm')).toEqual(['Shared Volume Groups', 'Shared Logical Volumes', 'Shared File Systems', 'Synchronize Shared LVM Mirrors']);
		expect(texts('cl_vg')).toEqual([
			'List All Shared Volume Groups',
			'Set Characteristics of a Shared Volume Group',
			'Import a Shared Volume Group',
			'Mirror a Shared Volume Group',
			'Unmirror a Shared Volume Group',
		]);
		expect(texts('cl_fs')).toEqual([
			'List All Shared File Systems',
			'Add a Journaled File System',
			'Add a Journaled File System on a Previously Defined Logical Volume',
			'Change / Show Characteristics of a Shared File System',
			'Remove a Shared File System',
		]);
		expect(texts('cl_conlvm')).toEqual(['Concurrent Volume Groups', 'Concurrent Logical Volumes', 'Synchronize Concurrent LVM Mirrors']);
		expect(texts('cl_taskguide_43')[0]).toBe('hasmit does not simulate this part of HACMP.');
		for (const fiveOnly of ['cl_jfs2', 'cl_crfs_jfs2_dialog', 'cl_mkvg_dialog', 'cl_updatevg_dialog'])
			expect(catalog.menus.has(fiveOnly) || catalog.dialogs.has(fiveOnly)).toBe(false);
	});

	it('Add a Shared Logical Volume runs C-SPOC under /usr/sbin/cluster and every node learns the LV', () => {
		const cluster = on43();
		cluster.ok('varyonvg datavg');
		const model = accepted(openFastPath(catalog, 'cl_mklv_select', smitOn(cluster), ['datavg']));
		expect(model.fields.find(f => f.option.name === 'Logical volume TYPE')!.option.disp_values).toBe('jfs,jfslog,raw');
		const filled = accepted(setField(accepted(setField(model, 'Number of LOGICAL PARTITIONS', '4')), 'Logical volume NAME', 'applv'));
		expect(commandLine(filled)).toBe("/usr/sbin/cluster/cspoc/fix_args nop cl_mklv -cspoc-n 'node1,node2' -y 'applv' -t 'jfs' 'datavg' '4'");
		accepted(runDialog(filled, smitOn(cluster)));
		expect(cluster.ok('lsvg -l datavg')).toMatch(/^applv +jfs +4 /m);
		expect(cluster.ok('lslv applv', 'node2')).toContain('LOGICAL VOLUME:     applv');
	});

	it("Cluster Users & Groups adds a user on every node through 4.3's C-SPOC (seed 000 8.8)", () => {
		const cluster = on43();
		const model = accepted(setField(accepted(openFastPath(catalog, 'cl_mkuser', smitOn(cluster))), 'User NAME', 'dbadmin'));
		expect(commandLine(model)).toMatch(/^\/usr\/sbin\/cluster\/cspoc\/fix_args nop cl_mkuser .*'dbadmin'$/);
		accepted(runDialog(model, smitOn(cluster)));
		expect(cluster.ok('lsuser -a id dbadmin', 'node2')).toMatch(/^dbadmin id=\d+$/m);
	});

	it('Add a Journaled File System (Shared File Systems) makes a JFS on every node; the concurrent list shows only concurrent VGs', () => {
		const cluster = on43();
		cluster.ok('varyonvg datavg');
		const model = accepted(openFastPath(catalog, 'cl_crfs_jfs_select', smitOn(cluster), ['datavg']));
		const filled = accepted(setField(accepted(setField(model, 'SIZE of file system (in 512-byte blocks)', '65536')), 'MOUNT POINT', '/app'));
		expect(commandLine(filled)).toMatch(/^\/usr\/sbin\/cluster\/cspoc\/fix_args nop cl_crfs -v jfs /);
		accepted(runDialog(filled, smitOn(cluster)));
		expect(cluster.ok('lsfs /app', 'node2')).toMatch(/ \/app +jfs /);
		const concurrent = accepted(openFastPath(catalog, 'cl_lsconvgs_43', smitOn(cluster)));
		const {result} = accepted(runDialog(concurrent, smitOn(cluster)));
		expect(result!.stdout).toContain('hbvg');
		expect(result!.stdout).not.toContain('datavg');
	});
});

describe("4.3's Cluster Recovery Aids and RAS Support", () => {
	const catalog = menuCatalog('4.3');
	const texts = (menu: string) => catalog.menus.get(menu)!.items.map(i => i.text);

	it('have their 4.3 items; what hasmit does not simulate opens a screen saying so', () => {
		expect(texts('cm_recovery_aids')).toEqual([
			'View Current State',
			'Recover From Script Failure',
			'Restore System Default Configuration from Active Configuration',
			'Release Locks Set By Dynamic Reconfiguration',
			'Clear SSA Disk Fence Registers',
		]);
		expect(texts('cm_ras_support')).toEqual([
			'View the Event Script Log (/tmp/hacmp.out)',
			'View the Cluster Log (/var/adm/cluster.log)',
			'Configure Tracing',
			'Error Notification',
		]);
		for (const screen of ['cm_ssa_fence_43', 'cm_trace_43', 'cm_errnotify_43'])
			expect(texts(screen)).toEqual(['hasmit does not simulate this part of HACMP.', 'Press F3 to go back.']);
	});

	it("Recover From Script Failure runs 4.3's clruncmd on the node chosen", () => {
		const cluster = on43();
		const model = accepted(openFastPath(catalog, 'cm_recover_script_failure_43_select', smitOn(cluster), ['node1']));
		expect(commandLine(model)).toBe("/usr/sbin/cluster/utilities/clruncmd 'node1'");
		const run = runDialog(model, smitOn(cluster));
		expect('result' in run && run.result!.stderr).toMatch(/^clruncmd: /);
	});
});

describe("AIX 4.3.3's SMIT on a 4.3 node", () => {
	const aix43 = menuCatalog('4.3');
	const aix52 = menuCatalog('5.2');
	const texts = (catalog: typeof aix43, menu: string) => catalog.menus.get(menu)!.items.map(i => i.text);

	it('offers no JFS2 screens (JFS2 came with AIX 5.1); AIX 5.2 keeps them', () => {
		expect(texts(aix43, 'manfs')).toEqual(['Journaled File Systems', 'CDROM File Systems', 'Network File System (NFS)']);
		expect(texts(aix52, 'manfs')[0]).toBe('Enhanced Journaled File Systems');
		for (const jfs2 of ['crjfs2_dialog', 'chjfs2_dialog', 'lsjfs2']) expect(aix43.dialogs.has(jfs2)).toBe(false);
		expect(aix43.menus.has('jfs2')).toBe(false);
	});

	it("Install Software is 4.3.3's Install and Update from LATEST Available Software, with no license agreement fields", () => {
		expect(texts(aix43, 'install_update')[0]).toBe('Install and Update from LATEST Available Software');
		expect(texts(aix52, 'install_update')[0]).toBe('Install Software');
		const cluster = on43();
		const model = accepted(openFastPath(aix43, 'install_latest', smitOn(cluster), ['/usr/sys/inst.images/hacmp_ptf']));
		expect(model.dialog.name).toBe('Install and Update from LATEST Available Software');
		expect(model.fields.map(f => f.option.name)).not.toContain('ACCEPT new license agreements?');
		expect(commandLine(model)).toBe(
			"/usr/lib/instl/sm_inst installp_cmd -a -Q -d '/usr/sys/inst.images/hacmp_ptf' -f '_all_latest' '-c' '-N' '-g' '-X' '-G'",
		);
	});
});

describe("4.3's Configure Adapters", () => {
	it('Add an Adapter takes a standby adapter; persistent labels are refused on 4.3', () => {
		const cluster = on43();
		const catalog = menuCatalog('4.3');
		expect(catalog.menus.get('cm_topology_43')!.items.map(i => i.text)).toEqual([
			'Configure Cluster',
			'Configure Nodes',
			'Configure Adapters',
			'Configure Network Modules',
			'Show Cluster Topology',
			'Synchronize Cluster Topology',
		]);
		const cluster43 = accepted(openFastPath(catalog, 'cm_ch_cluster_43', smitOn(cluster)));
		expect(commandLine(cluster43)).toBe("/usr/sbin/cluster/utilities/claddclstr -n 'prodcluster'");
		cluster.ok("echo '192.168.12.11\tnode1_stby2' >> /etc/hosts");
		let model = accepted(openFastPath(catalog, 'cm_add_adapter_43', smitOn(cluster)));
		expect(model.fields.find(f => f.option.name === 'Adapter Function')!.option.disp_values).toBe('service,standby,boot');
		for (const [field, value] of [
			['Adapter IP Label', 'node1_stby2'],
			['Network Name', 'net_ether_01'],
			['Adapter Function', 'standby'],
			['Node Name', 'node1'],
		])
			model = accepted(setField(model, field!, value!));
		expect(commandLine(model)).toBe(
			"/usr/sbin/cluster/utilities/claddinterface -i 'node1_stby2' -t 'ether' -w 'net_ether_01' -A 'public' -f 'standby' -n 'node1'",
		);
		accepted(runDialog(model, smitOn(cluster)));
		expect(cluster.ok('/usr/sbin/cluster/utilities/cllsif -n node1')).toMatch(/^node1_stby2 +standby +net_ether_01 /m);
		const persistent = cluster.run('/usr/sbin/cluster/utilities/claddinterface -i node1_pers -w net_ether_01 -f persistent -n node1');
		expect(persistent.code).not.toBe(0);
		expect(persistent.stderr).toContain('persistent is not an interface function; use boot, service or standby.');
	});
});
