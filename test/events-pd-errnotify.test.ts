/** HACMP Error Notification (issue 12): per-node errnotify methods that errdemon runs for each matching errpt entry. */
import {describe, expect, it} from 'vitest';
import {testCluster} from './helpers/cluster.js';

const CL = '/usr/es/sbin/cluster/utilities/clerrnotify';

describe('clerrnotify and errdemon', () => {
	it('a method for operator messages runs through the node shell with $1 .. $9 of the entry; odmget errnotify shows it', () => {
		const cluster = testCluster();
		cluster.ok(`${CL} -a -n opmsg_log -C O -m 'echo seq $1 label $9 resource $6 >> /tmp/en.log'`);
		expect(cluster.ok('odmget -q "en_name = \'opmsg_log\'" errnotify')).toBe(
			'\nerrnotify:\n\ten_pid = 0\n\ten_name = "opmsg_log"\n\ten_persistenceflg = 1\n\ten_label = ""\n\ten_crcid = 0\n' +
				'\ten_class = "O"\n\ten_type = ""\n\ten_alertflg = ""\n\ten_resource = ""\n\ten_rtype = ""\n\ten_rclass = ""\n' +
				'\ten_method = "echo seq $1 label $9 resource $6 >> /tmp/en.log"\n',
		);
		cluster.ok("errlogger 'disk check'");
		expect(cluster.file('node1', '/tmp/en.log')).toBe('seq 1 label OPMSG resource OPERATOR\n');
		// Per node: node2 has no method, so its entry runs nothing.
		cluster.ok("errlogger 'on node2'", 'node2');
		expect(cluster.file('node2', '/tmp/en.log')).toBe('');
	});

	it('criteria that do not match run nothing; change and remove act on the object by name', () => {
		const cluster = testCluster();
		cluster.ok(`${CL} -a -n hw_only -C H -m 'echo hw >> /tmp/en.log'`);
		cluster.ok("errlogger 'operator'");
		expect(cluster.file('node1', '/tmp/en.log')).toBe('');
		cluster.ok(`${CL} -c -n hw_only -C All -L OPMSG`);
		expect(cluster.ok(`${CL} -s hw_only`)).toBe(
			'#en_name:en_persistenceflg:en_pid:en_class:en_type:en_label:en_resource:en_method\nhw_only:1:0:All:All:OPMSG::echo hw >> /tmp/en.log\n',
		);
		cluster.ok("errlogger 'operator'");
		expect(cluster.file('node1', '/tmp/en.log')).toBe('hw\n');
		cluster.ok(`${CL} -r -n hw_only`);
		expect(cluster.ok(`${CL} -l`)).toBe('');
		cluster.ok("errlogger 'operator'");
		expect(cluster.file('node1', '/tmp/en.log')).toBe('hw\n');
	});

	it('a method that logs an error itself runs once, not again for its own entry', () => {
		const cluster = testCluster();
		cluster.ok(`${CL} -a -n echo_back -m 'errlogger again'`);
		cluster.ok("errlogger 'first'");
		expect(cluster.state.errlog!.node1!.map(e => e.detail![0])).toEqual(['first', 'again']);
	});

	it('bad input is refused with a message and changes nothing', () => {
		const cluster = testCluster();
		cluster.ok(`${CL} -a -n dup -m 'echo x'`);
		cluster.refused(`${CL} -a -n dup -m 'echo y'`, 'clerrnotify: A notify method named dup already exists on node1.\n');
		cluster.refused(`${CL} -c -n nosuch -m 'echo y'`, 'clerrnotify: There is no notify method named nosuch on node1.\n');
		cluster.refused(`${CL} -r -n nosuch`, 'clerrnotify: There is no notify method named nosuch on node1.\n');
		cluster.refused(`${CL} -a -n nomethod`, /a notify method \(-m\) is required/);
		cluster.refused(`${CL} -a -n a_name_far_too_long -m x`, /at most 15 characters/);
		cluster.refused(`${CL} -a -n c -C X -m x`, /./);
	});
});

describe('tools the simulation cannot act on', () => {
	it.each([
		['cl_ssa_fence hdisk2', 'cl_ssa_fence: SSA disks are not simulated: there are no SSA disk fence registers to clear. Nothing was changed.\n'],
		['trace -a -j 910', 'trace: The AIX system trace is not simulated: no trace was started. Nothing was changed.\n'],
		['trcstop', 'trcstop: The AIX system trace is not simulated: there is no trace to stop. Nothing was changed.\n'],
		['trcrpt', 'trcrpt: The AIX system trace is not simulated: there is no trace log to report. Nothing was changed.\n'],
	])('%s says so, exit 1', (line, message) => {
		const cluster = testCluster();
		const result = cluster.refused(line, message);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(message);
	});
});
