/** The everyday AIX commands an administrator types on a cluster node, and HACMP's node utilities. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

/** Start cluster services on a node, as the Start Cluster Services dialog does. */
const START = '/usr/es/sbin/cluster/etc/rc.cluster -boot -N -i -b';

describe('which AIX a node runs', () => {
	it('uname -a prints the system, node, release, version and machine ID; each flag prints its part', () => {
		const c = testCluster('two-node');
		expect(c.ok('uname -a')).toMatch(/^AIX node1 2 5 00[0-9A-F]{6}4C00\n$/);
		expect(c.ok('uname -a', 'node2')).toMatch(/^AIX node2 2 5 /);
		expect(c.ok('uname')).toBe('AIX\n');
		expect(c.ok('uname -rv')).toBe('2 5\n');
		expect(c.ok('uname -n', 'node2')).toBe('node2\n');
		expect(c.ok('uname -m')).not.toBe(c.ok('uname -m', 'node2'));
	});

	it('oslevel prints the base level and -r the maintenance level bos.rte is at', () => {
		const c = testCluster('two-node');
		expect(c.ok('oslevel')).toBe('5.2.0.0\n');
		expect(c.ok('oslevel -r')).toBe('5200-03\n');
		c.arrange(s => {
			s.nodes.node2!.filesets['bos.rte'] = '5.2.0.40';
		});
		expect(c.ok('oslevel -r', 'node2')).toBe('5200-04\n');
	});
});

describe('df', () => {
	it('lists the mounted file systems in 512-byte blocks, then /proc; -k in 1024-byte blocks', () => {
		const c = testCluster('two-node');
		const lines = c.ok('df').split('\n');
		expect(lines[0]).toBe('Filesystem    512-blocks      Free %Used    Iused %Iused Mounted on');
		expect(lines[1]).toBe('/dev/hd4          524288    304087   42%     1634     5% /');
		expect(lines.slice(5, 8)).toEqual([
			'/dev/hd1          131072    127140    3%       47     1% /home',
			'/proc                  -         -     -        -      -  /proc',
			'/dev/hd10opt      524288    461373   12%      302     1% /opt',
		]);
		expect(c.ok('df -k /var')).toBe(
			'Filesystem    1024-blocks      Free %Used    Iused %Iused Mounted on\n/dev/hd9var        524288    524288    0%      489     1% /var\n',
		);
	});

	it('shows a shared file system only where it is mounted, sized from its logical volume', () => {
		const c = testCluster('two-node');
		expect(c.ok('df')).not.toContain('/data');
		c.ok(START);
		expect(c.ok('df -k /data')).toMatch(/^\/dev\/datalv +4194304 +4026532 +4% +17 +1% \/data$/m);
		expect(c.ok('df', 'node2')).not.toContain('/data');
	});

	it('a path that does not exist is refused with exit 1', () => {
		const c = testCluster('two-node');
		c.refused('df /nothing', 'df: /nothing: A file or directory in the path name does not exist.');
		expect(c.ok('df /etc/hosts')).toMatch(/ \/\n$/);
	});
});

describe('more and pg', () => {
	it('write their files whole into the shell, more heading each of several', () => {
		const c = testCluster('two-node');
		const hosts = c.ok('cat /etc/hosts');
		expect(c.ok('pg /etc/hosts')).toBe(hosts);
		expect(c.ok('more /etc/hosts')).toBe(hosts);
		expect(c.ok('more /etc/hosts /etc/hosts')).toBe(`::::::::::::::\n/etc/hosts\n::::::::::::::\n${hosts}`.repeat(2));
		expect(c.ok('echo hello | pg -22')).toBe('hello\n');
		c.refused('more /nothing', 'more: 0652-050 Cannot open /nothing.');
	});
});

describe('ls', () => {
	it('shows the disks a node sees as block and raw devices, by its own names', () => {
		const c = testCluster('two-node');
		expect(c.ok('ls -l /dev/hdisk2 /dev/rhdisk2')).toMatch(
			/^brw------- +1 root +system +17, +2 .* \/dev\/hdisk2\ncrw------- +1 root +system +17, +2 .* \/dev\/rhdisk2\n$/,
		);
		c.refused('ls /dev/hdisk9', 'ls: 0653-341 The file /dev/hdisk9 does not exist.');
	});

	it('shows the PTF images an administrator installs from, one backup-format file per fileset update', () => {
		const c = testCluster('two-node');
		expect(c.ok('ls /usr/sys/inst.images/hacmp_ptf', 'node2')).toBe(
			[
				'cluster.es.client.lib.5.2.0.1.bff',
				'cluster.es.cspoc.rte.5.2.0.1.bff',
				'cluster.es.server.rte.5.2.0.1.bff',
				'cluster.es.server.utils.5.2.0.1.bff',
				'',
			].join('\n'),
		);
		expect(c.ok('ls -l /usr/sys/inst.images/hacmp_ptf/cluster.es.server.rte.5.2.0.1.bff')).toMatch(/^-rw-r--r-- +1 root +system +18432000 /);
	});
});

describe('lslpp -h', () => {
	it('shows the base level committed at installation, then every installp apply, commit and reject', () => {
		const c = testCluster('two-node');
		const before = c.ok('lslpp -h cluster.es.server.rte');
		expect(before).toContain('  Fileset         Level     Action       Status       Date         Time');
		expect(before).toContain(
			'Path: /usr/lib/objrepos\n  cluster.es.server.rte\n                 5.2.0.0   COMMIT       COMPLETE     07/14/04     10:12:33',
		);
		c.ok('installp -a -d /usr/sys/inst.images/hacmp_ptf cluster.es.server.rte', 'node2');
		c.ok('installp -r cluster.es.server.rte', 'node2');
		const after = c.ok('lslpp -h cluster.es.server.rte', 'node2');
		expect(after).toMatch(/ 5\.2\.0\.1 +APPLY +COMPLETE +11\/21\/26 +12:00:00 *\n +5\.2\.0\.1 +REJECT +COMPLETE /);
		expect(c.ok('lslpp -h cluster.es.server.rte')).toBe(before);
	});
});

describe('odmget and odmshow', () => {
	it('print the HACMP classes from the DCD as AIX prints ODM stanzas', () => {
		const c = testCluster('two-node');
		expect(c.ok('odmget HACMPcluster')).toMatch(/^\nHACMPcluster:\n\tid = 1\n\tname = "prodcluster"\n\tnodename = "node1"\n/);
		expect(c.ok('odmget -q "name = \'node2\' and object = COMMUNICATION_PATH" HACMPnode')).toBe(
			'\nHACMPnode:\n\tname = "node2"\n\tobject = "COMMUNICATION_PATH"\n\tvalue = "node2_boot1"\n\tnode_id = 2\n\tnode_handle = 2\n\tversion = 7\n',
		);
		expect(c.ok('odmget -q "name=VOLUME_GROUP" HACMPresource')).toContain('\tgroup = "rg_app"\n\tname = "VOLUME_GROUP"\n\tvalue = "datavg"\n');
		expect(c.ok('odmget -q "function like pers*" HACMPadapter').match(/HACMPadapter:/g)).toHaveLength(2);
		expect(c.ok('odmget HACMPgroup')).toContain('\tnodes = "node1 node2"\n');
	});

	it('CuAt and CuDvDr hold a volume group as this node imported it: serial ID, disks, major number', () => {
		const c = testCluster('two-node');
		c.arrange(s => {
			s.nodes.node2!.lvm.volumeGroups.datavg!.major = 61;
		});
		expect(c.ok('odmget -q "value1 = \'datavg\'" CuDvDr', 'node2')).toBe(
			'\nCuDvDr:\n\tresource = "ddins"\n\tvalue1 = "datavg"\n\tvalue2 = "61"\n\tvalue3 = ""\n',
		);
		expect(c.ok('odmget -q "name = datavg and attribute = \'pv\'" CuAt')).toMatch(
			/^\nCuAt:\n\tname = "datavg"\n\tattribute = "pv"\n\tvalue = "[0-9a-f]{32}"\n/,
		);
	});

	it('ODMDIR chooses the directory: the ACD while cluster services run, so a change not yet synchronized shows', () => {
		const c = testCluster('two-node');
		const ACTIVE = 'ODMDIR=/usr/es/sbin/cluster/etc/objrepos/active';
		c.refused(`${ACTIVE} odmget HACMPcluster`, 'odmget: 0518-506 Cannot open class HACMPcluster.');
		c.ok(START);
		c.ok('clsettlingtime -t 120');
		expect(c.ok('odmget HACMPcluster')).toContain('\tsettling_time = 120\n');
		expect(c.ok(`${ACTIVE} odmget HACMPcluster`)).toContain('\tsettling_time = 0\n');
		expect(c.ok('ODMDIR=/etc/es/objrepos odmget HACMPcluster')).toContain('\tsettling_time = 120\n');
		c.refused(`${ACTIVE} odmget CuAt`, 'odmget: 0518-506 Cannot open class CuAt.');
		c.refused('ODMDIR=/tmp odmshow HACMPnode', 'odmshow: 0518-506 Cannot open class HACMPnode.');
	});

	it('odmshow prints the class with its offsets and population', () => {
		const c = testCluster('two-node');
		expect(c.ok('odmshow HACMPnode')).toBe(
			[
				'class HACMPnode {',
				'        char name[32];                               /* offset: 0xc ( 12) */',
				'        char object[32];                             /* offset: 0x2c ( 44) */',
				'        char value[64];                              /* offset: 0x4c ( 76) */',
				'        long node_id;                                /* offset: 0x8c (140) */',
				'        long node_handle;                            /* offset: 0x90 (144) */',
				'        long version;                                /* offset: 0x94 (148) */',
				'        };',
				'/*',
				'        descriptors:    6',
				'        structure size: 0x98 (152) bytes',
				'        data offset:    0x200',
				'        population:     8 objects (8 active, 0 deleted)',
				'*/',
				'',
			].join('\n'),
		);
	});

	it('an unknown class, field or criteria is refused', () => {
		const c = testCluster('two-node');
		c.refused('odmget HACMPfoo', 'odmget: 0518-506 Cannot open class HACMPfoo.');
		c.refused('odmget -q "colour = red" HACMPnode', 'odmget: 0518-512 colour is not a field of class HACMPnode.');
		c.refused('odmget -q "name" HACMPnode', 'odmget: 0518-511 The search criteria "name" is not valid.');
		c.refused('odmshow CuDv', 'odmshow: 0518-506 Cannot open class CuDv.');
	});
});

describe('ps -ef', () => {
	it("shows each node's cluster daemons with the PIDs the SRC gives them", () => {
		const c = testCluster('two-node');
		c.ok(START);
		const pid = /clstrmgrES +cluster +(\d+) +active/.exec(c.ok('lssrc -s clstrmgrES'))![1]!;
		expect(c.ok('ps -ef')).toMatch(new RegExp(`^ +root +${pid} +\\d+ .* /usr/es/sbin/cluster/clstrmgr$`, 'm'));
		// 5.2's cluster manager runs only while cluster services do: node2 was not started.
		expect(c.ok('ps -ef', 'node2')).not.toMatch(/clstrmgr/);
		const comd = /clcomdES +clcomdES +(\d+) +active/.exec(c.ok('lssrc -s clcomdES', 'node2'))![1]!;
		expect(c.ok('ps -ef', 'node2')).toMatch(new RegExp(`^ +root +${comd} +\\d+ .* /usr/es/sbin/cluster/clcomd -d$`, 'm'));
		expect(c.ok('ps -ef')).toMatch(/ \/usr\/sbin\/rsct\/bin\/hatsd /);
		expect(c.ok('ps -ef', 'node2')).not.toMatch(/hatsd/);
	});
});

describe("HACMP's node utilities", () => {
	it('clhandle prints node handles; clgetaddr an address up on the node; clgetactivenodes where services run', () => {
		const c = testCluster('two-node');
		expect(c.ok('clhandle')).toBe('1 node1\n');
		expect(c.ok('clhandle -a', 'node2')).toBe('1 node1\n2 node2\n');
		expect(c.ok('clhandle -n node2')).toBe('2 node2\n');
		expect(c.ok('clgetaddr node2')).toMatch(/^\d+\.\d+\.\d+\.\d+\n$/);
		expect(c.run('clgetactivenodes -n node1').code).toBe(1);
		c.ok(START, 'node2');
		expect(c.ok('clgetactivenodes -n node1')).toBe('node2\n');
		c.refused('clgetactivenodes -n nodeX', 'clgetactivenodes: node nodeX is not a member of the cluster.');
		expect(c.run('clgetactivenodes').stderr).toMatch(/^Usage: clgetactivenodes -n nodename/);
	});
});
