/** Each node's cron on the simulated clock, and the study guide's scheduled backup driven by post-event scripts (§8.7.2). */
import {describe, expect, it} from 'vitest';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {runLine} from '../src/command/shell.js';
import {setRelease} from '../src/cluster/release/apply.js';

function write(cluster: TestCluster, node: string, path: string, lines: readonly string[]): void {
	cluster.arrange(state => void (state.nodes[node]!.files[path] = lines.map(line => `${line}\n`).join('')));
}

describe('crontab', () => {
	it('-e on the terminal: the current crontab shown, the new one typed a line at a time', () => {
		const cluster = testCluster();
		cluster.ok("echo '0 1 * * * echo old' | crontab");
		const asked = runLine(cluster.session, 'crontab -e', 'f9-shell', []);
		expect(asked.stdout).toBe('0 1 * * * echo old\n');
		expect(asked.question).toBe('Type the new crontab, a line at a time; an empty line ends it:');
		expect(runLine(cluster.session, 'crontab -e', 'f9-shell', ['0 2 * * * echo new']).question).toBe('line 2:');
		const bad = runLine(cluster.session, 'crontab -e', 'f9-shell', ['0 25 * * * echo bad', '']);
		expect(bad.stderr).toContain('crontab: 0481-080 A number is out of bounds.');
		expect(runLine(cluster.session, 'crontab -e', 'f9-shell', ['0 2 * * * echo new', '']).code).toBe(0);
		expect(cluster.ok('crontab -l')).toBe('0 2 * * * echo new\n');
	});

	it("installs, lists and removes root's crontab; jobs run on the simulated clock through the node's shell", () => {
		const cluster = testCluster();
		write(cluster, 'node1', '/tmp/jobs', ['# every day at 13:30', '30 13 * * * echo ran >> /tmp/job.out']);
		cluster.refused('crontab -l', 'crontab: 0481-103 Cannot open a file in the /var/spool/cron/crontabs directory.');
		cluster.ok('crontab /tmp/jobs');
		expect(cluster.ok('crontab -l')).toBe('# every day at 13:30\n30 13 * * * echo ran >> /tmp/job.out\n');
		expect(cluster.ok('cat /var/spool/cron/crontabs/root')).toContain('30 13 * * *');
		cluster.ok('sleep 5399');
		expect(cluster.file('node1', '/tmp/job.out')).toBe('');
		cluster.ok('sleep 1');
		expect(cluster.file('node1', '/tmp/job.out')).toBe('ran\n');
		expect(cluster.file('node1', '/var/adm/cron/log')).toMatch(
			/^root {4}: CMD \( echo ran >> \/tmp\/job.out \) : PID \( \d+ \) : Sat Nov 21 13:30:00 UTC 2026\nCron Job with pid: \d+ Successful\n$/,
		);
		cluster.ok('sleep 86400');
		expect(cluster.file('node1', '/tmp/job.out')).toBe('ran\nran\n');
		expect(cluster.file('node2', '/tmp/job.out')).toBe('');
		cluster.ok('crontab -r');
		cluster.ok('sleep 86400');
		expect(cluster.file('node1', '/tmp/job.out')).toBe('ran\nran\n');
	});

	it('a job due while the node is powered off is missed; it runs again on its schedule once the node is back on', () => {
		const cluster = testCluster();
		cluster.ok("echo '30 13 * * * echo ran >> /tmp/job.out' | crontab", 'node1');
		cluster.ok('hasmit_fault node off node1', 'node2');
		cluster.ok('sleep 5400', 'node2');
		expect(cluster.file('node1', '/tmp/job.out')).toBe('');
		expect(cluster.file('node1', '/var/adm/cron/log')).toBe('');
		cluster.ok('hasmit_fault node on node1', 'node2');
		cluster.ok('sleep 86400', 'node2');
		expect(cluster.file('node1', '/tmp/job.out')).toBe('ran\n');
		expect(cluster.file('node1', '/var/adm/cron/log')).toContain('Sun Nov 22 13:30:00 UTC 2026');
	});

	it('ranges, lists and days of the week', () => {
		const cluster = testCluster();
		// 2026-11-21 is a Saturday (6): Monday to Friday at 08:00 and 17:00 first runs on Monday the 23rd.
		cluster.ok("echo '0 8,17 * * 1-5 echo weekday >> /tmp/w' | crontab");
		cluster.ok('sleep 158399');
		expect(cluster.file('node1', '/tmp/w')).toBe('');
		cluster.ok('sleep 1');
		expect(cluster.file('node1', '/tmp/w')).toBe('weekday\n');
	});

	it("malformed lines are refused with cron's message and change nothing", () => {
		const cluster = testCluster();
		write(cluster, 'node1', '/tmp/bad', ['61 2 * * * /usr/local/bin/backup.sh']);
		cluster.refused('crontab /tmp/bad', '61 2 * * * /usr/local/bin/backup.sh\ncrontab: 0481-080 A number is out of bounds.');
		write(cluster, 'node1', '/tmp/bad', ['0 2 * * /usr/local/bin/backup.sh']);
		cluster.refused('crontab /tmp/bad', 'crontab: 0481-079 Reached a symbol that is not expected.');
		write(cluster, 'node1', '/tmp/bad', ['0 2 x * * /usr/local/bin/backup.sh']);
		cluster.refused('crontab /tmp/bad', 'crontab: 0481-079 Reached a symbol that is not expected.');
		cluster.refused('crontab /tmp/none', 'crontab: 0481-105 Cannot open file /tmp/none.');
		cluster.refused('crontab -e', 'crontab: -e needs a terminal to edit on');
	});
});

/** The split-mirror backup of /data (§8.7.1) as a script cron can run on whichever node holds it. */
const SPLIT_BACKUP = [
	'#!/bin/ksh',
	'# Split-mirror backup of the file system $1 on logical volume $2 (section 8.7.1), on the node that has it mounted',
	'mount | grep -q " $1 " || exit 0',
	'/usr/local/ha/stop_app.sh',
	'umount $1',
	'splitlvcopy -y bkuplv $2 1',
	'mount $1',
	'/usr/local/ha/start_app.sh',
	"echo '/bkup:\\n\\tdev\\t\\t= /dev/bkuplv\\n\\tvfs\\t\\t= jfs2\\n\\tlog\\t\\t= /dev/dataloglv\\n" +
		"\\tmount\\t\\t= false\\n\\toptions\\t\\t= ro\\n' >> /etc/filesystems",
	'mount /bkup',
	'backup -0 -u -f /dev/rmt0 /bkup',
	'umount /bkup',
	'rmfs /bkup',
	'mklvcopy $2 2',
	'syncvg -l $2',
	'echo "backup of $1 done" >> /tmp/backup.log',
];

describe('scheduled backup through event scripts (§8.7.2)', () => {
	// The study guide's procedure runs on its release, HACMP 4.3, whose node_down_remote / node_up_remote run on the node taking
	// over / giving back (5.2 has rg_move events instead).
	it('node1 backs up its data; on takeover node2 gains the job; when node1 is back node2 gives it up', () => {
		const cluster = testCluster();
		cluster.arrange(state => setRelease(state, '4.3'));
		const job = '0 2 * * * /usr/local/bin/split_backup.sh /data datalv';
		for (const node of ['node1', 'node2']) {
			write(cluster, node, '/usr/local/bin/split_backup.sh', SPLIT_BACKUP);
			// Each node's own schedule: node1's backs up the data it normally holds (the scripts' contents may differ by node).
			const normal = ['0 3 * * * echo nightly housekeeping >> /tmp/housekeeping.log', ...(node === 'node1' ? [job] : [])];
			write(cluster, node, '/usr/local/etc/crontab.normal', normal);
			write(cluster, node, '/usr/local/etc/crontab.takeover', ['0 3 * * * echo nightly housekeeping >> /tmp/housekeeping.log', job]);
			write(cluster, node, '/usr/local/ha/takeover_backup.sh', [
				'#!/bin/ksh',
				'# post-event of node_down_remote: back up what was taken over',
				'crontab /usr/local/etc/crontab.takeover',
			]);
			write(cluster, node, '/usr/local/ha/normal_backup.sh', [
				'#!/bin/ksh',
				'# post-event of node_up_remote: the data went home',
				'crontab /usr/local/etc/crontab.normal',
			]);
		}
		// Backup scheduled on node1 only.
		write(cluster, 'node1', '/tmp/crontab.node1', [job]);
		cluster.ok('crontab /tmp/crontab.node1');
		cluster.ok('crontab /usr/local/etc/crontab.normal', 'node2');
		cluster.ok('claddcustom -t event -n takeover_backup -I "back up taken-over data" -v /usr/local/ha/takeover_backup.sh');
		cluster.ok('claddcustom -t event -n normal_backup -I "taken-over data went home" -v /usr/local/ha/normal_backup.sh');
		cluster.ok('clchevent -O node_down_remote -a takeover_backup');
		cluster.ok('clchevent -O node_up_remote -a normal_backup');
		cluster.ok('cldare -rt');
		cluster.ok("cl_rc.cluster -cspoc '-n node1,node2' -N");
		cluster.ok('sleep 50400');
		expect(cluster.file('node1', '/tmp/backup.log')).toBe('backup of /data done\n');
		expect(cluster.file('node1', '/etc/dumpdates')).toContain('/dev/rbkuplv 0 ');
		expect(cluster.ok('lsvg -l datavg')).toMatch(/datalv +jfs +64 +128 +2 +open\/syncd +\/data/);
		// node1 leaves with takeover (a crash drives the same node_down_remote on node2).
		cluster.ok('clstop -gr -s -y -N');
		expect(cluster.ok('crontab -l', 'node2')).toContain(job);
		cluster.ok('sleep 86400');
		expect(cluster.file('node2', '/tmp/backup.log')).toBe('backup of /data done\n');
		expect(cluster.file('node1', '/tmp/backup.log')).toBe('backup of /data done\n');
		expect(cluster.state.nodes.node2!.apps.app_srv).toBeDefined();
		// node1 rejoins: the group falls back and node2's crontab is as before.
		cluster.ok('rc.cluster -N');
		expect(cluster.state.resourceGroups.rg_app!.nodes).toEqual({node1: 'ONLINE', node2: 'OFFLINE'});
		expect(cluster.ok('crontab -l', 'node2')).toBe('0 3 * * * echo nightly housekeeping >> /tmp/housekeeping.log\n');
		cluster.ok('sleep 86400');
		expect(cluster.file('node2', '/tmp/backup.log')).toBe('backup of /data done\n');
		expect(cluster.file('node1', '/tmp/backup.log')).toBe('backup of /data done\nbackup of /data done\n');
	});
});
