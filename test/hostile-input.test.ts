/** Inputs that once made commands fail with an internal error, or the CLI fail to read them. */
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';
import {BUNDLE, sandbox} from './helpers/cli.js';

describe('C-SPOC option values', () => {
	it('a stray quote inside -cspoc is a usage error, not a crash', () => {
		const c = testCluster('two-node');
		for (const value of [`"-n node1'"`, `'-g rg_app"'`, `"-n 'node1"`]) {
			const result = c.refused(`cl_lsvg -cspoc ${value}`, /cl_lsvg: the -cspoc argument ".*" is not valid\.\nUsage: cl_lsvg/);
			expect(result.code).toBe(1);
			expect(result.stderr).not.toContain('internal error');
		}
	});
});

describe('C-SPOC file systems', () => {
	it('cl_rmfs where the VG is varied on a node without the /etc/filesystems stanza is refused there, changing nothing', () => {
		const c = testCluster('two-node');
		c.ok('varyonvg datavg', 'node2');
		c.ok("echo '' > /etc/filesystems", 'node2');
		const result = c.refused('/usr/es/sbin/cluster/cspoc/cl_rmfs /data', 'node2: rmfs: 0506-334 /data is not a known file system.');
		expect(result.stderr).not.toContain('internal error');
	});
});

describe('hasmit exec -', () => {
	it('reads a pipe whose writer is slow (no EAGAIN)', () => {
		const {env} = sandbox();
		const result = spawnSync('/bin/sh', ['-c', `(sleep 1; echo hostname; sleep 1; echo 'echo done') | "${process.execPath}" "${BUNDLE}" exec -`], {
			env,
			encoding: 'utf8',
		});
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('node1\ndone\n');
		expect(result.status).toBe(0);
	});
});

describe('control characters', () => {
	it('never reach a name, path or value of the model: the command is refused, the value shown escaped, nothing changed', () => {
		const c = testCluster('two-node');
		c.ok('varyonvg datavg');
		const refusals: Array<[string, string]> = [
			["claddserv -s srv -b '/usr/local/start\nnow' -e /usr/local/stop", '/usr/local/start\\nnow'],
			["clchserv -s app_srv -e '/usr/local/stop\tnow'", '/usr/local/stop\\tnow'],
			[
				"claddappmon name=mon RESOURCE_TO_MONITOR=app_srv MONITOR_TYPE=process PROCESSES='appd\nx' PROCESS_OWNER=root INSTANCE_COUNT=1 " +
					'STABILIZATION_INTERVAL=60 RESTART_COUNT=0 FAILURE_ACTION=notify',
				'appd\\nx',
			],
			["claddres -g rg_app MISC_DATA='one\ntwo'", 'one\\ntwo'],
			["crfs -v jfs2 -g datavg -m '/new\nfs' -a size=8M", '/new\\nfs'],
			["chfs -m '/data\x1b[2J' /data", '/data\\x1b[2J'],
			["mklv -y newlv -L 'label\nx' datavg 1", 'label\\nx'],
			["hasmit_disk raid 'array\n1' hdisk6", 'array\\n1'],
		];
		for (const [line, shown] of refusals) {
			const command = line.split(' ')[0]!;
			const result = c.refused(
				line,
				`${command}: "${shown}" holds a control character; names, paths and values cannot.\n${command}: nothing was changed.\n`,
			);
			// What the command printed on its way is not shown: the change it announced is not made.
			expect(result.stdout).toBe('');
		}
	});

	it('file contents may hold them', () => {
		const c = testCluster('two-node');
		c.ok("echo 'tab\there' > /tmp/notes");
		expect(c.ok('cat /tmp/notes')).toBe('tab\there\n');
	});
});

describe('time', () => {
	it('sleep and the settling time take at most 2147483647 seconds: the clock stays a date ps and date can print', () => {
		const c = testCluster('concurrent');
		c.refused('sleep 99999999999999999999', /^Usage: sleep Seconds/);
		c.refused('clsettlingtime -t 99999999999999999999', 'The settling time must be a number of seconds, from 0 to 2147483647.');
		c.ok('sleep 2147483647');
		expect(c.ok('date')).toBe('Thu Dec  9 15:14:07 UTC 2094\n');
		expect(c.run('ps -ef').stderr).toBe('');
	});
});

describe('refusals that quote what was typed', () => {
	it('show its control characters escaped: an escape sequence typed as a name does not reach the terminal', () => {
		const c = testCluster('two-node');
		const result = c.refused(
			"claddgrp -g 'x\x1b[2J' -n 'node1 node2' -S OHN -O FNPN -B FBHPN",
			'ERROR: Resource group name "x\\x1b[2J" is not valid',
		);
		expect(result.stderr).not.toContain('\x1b');
	});
});

describe('control characters a state already held', () => {
	it('are named by the next change to their configuration copy, and changing that value repairs it', () => {
		const c = testCluster('two-node');
		// As a state file written before they were refused might hold.
		c.arrange(state => void (state.configs[state.nodes.node1!.dcd]!.resourceGroups.rg_app!.resources.miscData = 'old\nvalue'));
		c.refused('claddserv -s new_srv -b /usr/local/ha/start.sh -e /usr/local/ha/stop.sh', 'claddserv: "old\\nvalue" holds a control character');
		c.ok('claddres -g rg_app MISC_DATA=clean');
		c.ok('claddserv -s new_srv -b /usr/local/ha/start.sh -e /usr/local/ha/stop.sh');
	});

	it('elsewhere in the state do not stop a change: only what the change made is looked at', () => {
		const c = testCluster('two-node');
		c.arrange(state => void state.nodes.node2!.inittab.push('old:2:once:/usr/bin/\x01'));
		c.ok('claddserv -s new_srv -b /usr/local/ha/start.sh -e /usr/local/ha/stop.sh');
	});
});
