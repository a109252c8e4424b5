import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const CS = '/usr/es/sbin/cluster/cspoc';
const both = '-cspoc "-n node1,node2"';
const DATAVG = '00c8d7b000004c02';

describe('crfs and cl_crfs', () => {
	it("cl_crfs -g makes the LV, reuses the VG's log, and writes the stanza on every node", () => {
		const c = testCluster();
		expect(c.ok(`${CS}/cl_crfs ${both} -v jfs2 -g datavg -m /app -a size=262144`)).toBe(
			'node1: File system created successfully.\nnode1: 131042 kilobytes total disk space.\nnode1: New File System size is 262144\n',
		);
		const vg = c.state.vgda[DATAVG]!;
		expect(vg.filesystems['/app']).toMatchObject({lv: 'fslv00', log: 'dataloglv', vfs: 'jfs2', sizeBlocks: 262144});
		expect(vg.lvs.fslv00).toMatchObject({type: 'jfs2', lps: 2, label: '/app'});
		for (const node of ['node1', 'node2']) {
			expect(c.state.nodes[node]!.lvm.filesystems['/app']).toEqual({
				dev: '/dev/fslv00',
				vfs: 'jfs2',
				log: '/dev/dataloglv',
				mount: 'false',
				options: 'rw',
				account: 'false',
			});
		}
		expect(c.ok('cat /etc/filesystems', 'node2')).toContain(
			'/app:\n\tdev\t\t= /dev/fslv00\n\tvfs\t\t= jfs2\n\tlog\t\t= /dev/dataloglv\n\tmount\t\t= false',
		);
	});

	it('makes a log LV when the VG has none of the right type', () => {
		const c = testCluster();
		c.ok(`${CS}/cl_crfs ${both} -v jfs -g datavg -m /old -a size=64M`);
		const vg = c.state.vgda[DATAVG]!;
		expect(vg.lvs.loglv00!.type).toBe('jfslog');
		expect(vg.filesystems['/old']).toMatchObject({lv: 'lv00', log: 'loglv00', sizeBlocks: 131072});
	});

	it('refuses an inline log under C-SPOC, a mount point in use on any node, and an LV that holds a file system', () => {
		const c = testCluster();
		c.refused(
			`${CS}/cl_crfs ${both} -v jfs2 -g datavg -m /app -a size=8M -a logname=INLINE`,
			/HACMP does not support an inline log in a shared file system/,
		);
		c.ok('mkvg -y localvg hdisk6', 'node2');
		c.ok('crfs -v jfs2 -g localvg -m /local -a size=8M', 'node2');
		c.refused(`${CS}/cl_crfs ${both} -v jfs2 -g datavg -m /local -a size=8M`, /crfs: 0506-909 \/local file system already exists./);
		c.refused(`${CS}/cl_crfs ${both} -v jfs2 -d datalv -m /again`, /crfs: 0506-914 datalv already holds a file system./);
		c.refused(`${CS}/cl_crfs ${both} -v jfs2 -m /x`, /^Usage: cl_crfs/m);
	});

	it('a plain crfs writes the local stanza only (with -A), and the other node does not know the file system', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('crfs -v jfs2 -g datavg -m /local -a size=8M -A yes');
		expect(c.state.nodes.node1!.lvm.filesystems['/local']!.mount).toBe('true');
		expect(c.state.nodes.node2!.lvm.filesystems['/local']).toBeUndefined();
		expect(c.run('lsfs /local', 'node2').stderr).toBe("lsfs: No record matching '/local' was found in /etc/filesystems.\n");
	});
});

describe('chfs and rmfs', () => {
	it('chfs grows the file system and its LV, rounding to partitions; it cannot shrink', () => {
		const c = testCluster();
		expect(c.ok(`${CS}/cl_chfs ${both} -a size=+100M /data`)).toBe('node1: Filesystem size changed to 8650752\n');
		expect(c.state.vgda[DATAVG]!.lvs.datalv!.lps).toBe(66);
		c.refused(`${CS}/cl_chfs ${both} -a size=1000 /data`, /chfs: 0506-944 The file system size cannot be reduced/);
	});

	it("chfs on a node's /var gives it the free space clverify's /var sizing check asks for", () => {
		const c = testCluster();
		c.arrange(state => void (state.nodes.node2!.varFreeMb = 30));
		expect(c.ok('clverify')).toContain('WARNING: /var on node node2 has 30 MB free');
		expect(c.ok('chfs -a size=+64M /var', 'node2')).toBe('Filesystem size changed to 1179648\n');
		expect(c.state.nodes.node2!.varFreeMb).toBe(94);
		expect(c.state.nodes.node1!.varFreeMb).toBe(512);
		expect(c.ok('clverify')).not.toContain('WARNING: /var');
	});

	it('chfs moves an unmounted file system on every node, and refuses a mounted one', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		c.refused(`${CS}/cl_chfs ${both} -m /newdata /data`, /0506-931 \/data is mounted on node1/);
		c.ok('umount /data');
		c.ok(`${CS}/cl_chfs ${both} -m /newdata -p ro /data`);
		for (const node of ['node1', 'node2']) {
			expect(c.state.nodes[node]!.lvm.filesystems['/data']).toBeUndefined();
			expect(c.state.nodes[node]!.lvm.filesystems['/newdata']).toMatchObject({dev: '/dev/datalv', options: 'ro'});
		}
		expect(c.state.vgda[DATAVG]!.lvs.datalv!.label).toBe('/newdata');
	});

	it('rmfs refuses a mounted file system and otherwise removes it with its LV everywhere', () => {
		const c = testCluster();
		c.ok('varyonvg datavg', 'node2');
		c.ok('mount /data', 'node2');
		c.refused(`${CS}/cl_rmfs ${both} /data`, /rmfs: 0506-921 \/data is currently mounted./);
		c.ok('umount /data', 'node2');
		expect(c.ok(`${CS}/cl_rmfs ${both} /data`)).toBe('node2: rmlv: Logical volume datalv is removed.\n');
		expect(c.state.vgda[DATAVG]!.lvs.datalv).toBeUndefined();
		for (const node of ['node1', 'node2']) expect(c.state.nodes[node]!.lvm.filesystems['/data']).toBeUndefined();
	});
});

describe('mount, umount, lsfs', () => {
	it('mounts from /etc/filesystems, refuses a mount point in use and a VG that is not varied on', () => {
		const c = testCluster();
		c.refused('mount /data', /0506-324 Cannot mount \/dev\/datalv on \/data: There is a request to a device or address that does not exist./);
		c.ok('varyonvg datavg');
		c.ok('mount /data');
		c.refused('mount /data', /0506-324 Cannot mount \/dev\/datalv on \/data: The requested resource is busy./);
		expect(c.ok('mount')).toMatch(/\/dev\/datalv +\/data +jfs2 +Nov 21 12:00 rw,log=\/dev\/dataloglv/);
		c.refused('umount /nothing', /umount: 0506-347 Cannot find anything to unmount./);
	});

	it("umount is refused while the application of the file system's resource group runs", () => {
		const c = testCluster();
		c.ok('rc.cluster -N');
		expect(c.state.nodes.node1!.lvm.mounts['/data']).toBeDefined();
		c.refused(
			'umount /data',
			/umount: 0506-349 Cannot unmount \/dev\/datalv: The requested resource is busy.\n\t\(application server app_srv is running on node1/,
		);
	});

	it('lsfs -c prints the colon form SMIT reads', () => {
		const c = testCluster();
		expect(c.ok('lsfs -c /data')).toBe(
			'#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n/data:/dev/datalv:jfs2::--:8388608:rw:no:no\n',
		);
		expect(c.ok(`${CS}/cl_lsfs`)).toBe(
			'node1: Name            Nodename   Mount Pt               VFS   Size     Options    Auto Accounting\nnode1: /dev/datalv     --         /data   ' +
				'               jfs2  8388608  rw         no   no\n' +
				'node2: Name            Nodename   Mount Pt               VFS   Size     Options    Auto Accounting\nnode2: /dev/datalv     --         /data  ' +
				'                jfs2  8388608  rw         no   no\n',
		);
	});

	it('a stanza appended to /etc/filesystems by hand is one the node can mount', () => {
		const c = testCluster();
		c.ok('varyonvg datavg');
		c.ok('mklv -y extra -t jfs2 datavg 2');
		c.ok(
			"echo '/extra:\\n\\tdev\\t\\t= /dev/extra\\n\\tvfs\\t\\t= jfs2\\n\\tlog\\t\\t= /dev/dataloglv\\n\\tmount\\t\\t= false\\n\\toptions\\t\\t= " +
				"ro\\n\\taccount\\t\\t= false\\n' >> /etc/filesystems",
		);
		expect(c.state.nodes.node1!.lvm.filesystems['/extra']).toEqual({
			dev: '/dev/extra',
			vfs: 'jfs2',
			log: '/dev/dataloglv',
			mount: 'false',
			options: 'ro',
			account: 'false',
		});
		c.ok('mount /extra');
		expect(c.state.nodes.node1!.lvm.mounts['/extra']!.options).toBe('ro,log=/dev/dataloglv');
	});
});
