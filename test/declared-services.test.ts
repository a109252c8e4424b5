/** The services, SRC, status, topology, group-location, process, software and simulation commands, declared with defineCommand. */
import {describe, expect, it} from 'vitest';
import {createRegistry} from '../src/domains/index.js';
import {testCluster} from './helpers/cluster.js';

/** Each command with the Usage it printed before it was declared (unchanged); undefined where it printed none. */
const USAGE: Record<string, string | undefined> = {
	'rc.cluster': 'Usage: rc.cluster [-boot] [-b] [-i | -I] [-N | -R | -B] [-r] [-x]',
	'cl_rc.cluster': 'Usage: cl_rc.cluster [-cspoc "[-f] [-g ResourceGroup | -n NodeList]"] [-boot] [-b] [-i | -I] [-N | -R | -B] [-r] [-x]',
	clstop: 'Usage: clstop {-f | -g | -gr} [-s] [-y] [-N | -R | -B]',
	cl_clstop: 'Usage: cl_clstop [-cspoc "[-f] [-n NodeList | -g ResourceGroup]"] {-f | -g | -gr} [-s] [-y] [-N | -R | -B]',
	lssrc: 'Usage: lssrc [-h host] -a\n       lssrc [-h host] -g group\n       lssrc [-h host] [-l] -s subsystem\n       lssrc [-h host] [-l] -p pid',
	startsrc: 'Usage: startsrc [-h host] -s subsystem | -g group',
	stopsrc: 'Usage: stopsrc [-h host] -s subsystem | -g group',
	clshowsrv: 'Usage: clshowsrv { -a | -v | subsystem ... }',
	clstat: 'Usage: clstat [-c cluster ID | -n cluster name] [-i] [-r seconds] [-a] [-o] [-s]',
	cldump: undefined,
	cltopinfo: 'Usage: cltopinfo [-c] [-n] [-w] [-i]',
	cllsif: 'Usage: cllsif [-c] [-p] [-S] [-s] [-n nodename]',
	cllsgrp: undefined,
	clnodename: undefined,
	get_local_nodename: undefined,
	clsmitdefaults: 'Usage: clsmitdefaults clstart | clstop',
	clRGinfo: 'Usage: clRGinfo [-h] [-v] [-a] [-s|-c] [-t] [-p] [-m] [groupname1] [groupname2] ...',
	clfindres: 'Usage: clfindres [-s] [resgroup1] [resgroup2] ...',
	ps: 'Usage: ps [-ef]',
	kill: 'Usage: kill [ -Signal ] ProcessID ...\n       kill -l',
	hasmit_load:
		'Usage: hasmit_load                          (show every node)\n       hasmit_load -n node [-c free_cpu_%] [-m free_memory_MB] [-d disk_busy_%]',
	lslpp: 'Usage: lslpp {-d|-f|-h|-i|-l|-L|-p} [-a] [-c] [-J] [-q] [-I] [-O{[r][s][u]}] [FilesetName ... | FixID ... | all]',
	halevel: 'Usage: halevel [-h] [-s]',
	installp: [
		'Usage: installp [-a [-c]] [-g] [-X] [-Y] -d Device {FilesetName ... | all}     (apply updates)',
		'       installp -c [-g] {FilesetName ... | all}                                  (commit)',
		'       installp -r [-g] {FilesetName ... | all}                                  (reject)',
		'       installp -l -d Device                                                     (list media)',
		'       installp -s                                                               (list applied updates)',
	].join('\n'),
};

const registry = createRegistry();

describe('the services family, declared', () => {
	it.each(Object.keys(USAGE))('%s is declared, with a summary and help for every flag and operand', name => {
		const paths = registry.commands().filter(c => c.name === name);
		expect(paths.length).toBeGreaterThan(0);
		for (const {help} of paths) {
			expect(help?.summary).toMatch(/\S/);
			for (const [flag, {help: text}] of Object.entries(help!.flags)) expect(text, `${name} -${flag}`).toMatch(/\S/);
			for (const operand of help!.operands) expect(operand.help, `${name} ${operand.name}`).toMatch(/\S/);
		}
	});

	it.each(Object.entries(USAGE).filter(([, usage]) => usage !== undefined))('%s: -? prints the same Usage as before', (name, usage) => {
		const result = testCluster().run(`${name} -?`);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`${name}: Not a recognized flag: ?\n${usage}\n`);
	});

	it.each(Object.entries(USAGE).filter(([, usage]) => usage === undefined))('%s, which takes no flag, refuses one with a Usage line', name => {
		const result = testCluster().run(`${name} -x`);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`${name}: Not a recognized flag: x\nUsage: ${name}\n`);
	});

	it.each(['clnodename extra', 'cllsgrp extra', 'get_local_nodename extra', 'cldump extra', 'lssrc -a extra', 'ps -ef extra', 'halevel extra'])(
		'%s: an operand where none is taken is named',
		line => {
			const result = testCluster().run(line);
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/^\S+: unexpected argument extra\.\nUsage: /);
		},
	);
});

describe('lssrc', () => {
	it('takes exactly one of -a, -g, -s and -p', () => {
		const cluster = testCluster();
		expect(cluster.run('lssrc -a -g cluster').stderr).toBe(`${USAGE.lssrc}\n`);
		expect(cluster.run('lssrc -l').stderr).toBe(`${USAGE.lssrc}\n`);
		// 5.2's cluster manager runs only while cluster services do.
		expect(cluster.ok('lssrc -s clstrmgrES')).toMatch(/^ clstrmgrES\s+cluster\s+inoperative$/m);
	});
});

describe('flags the simulation knows but does not act on', () => {
	it.each([
		['cltopinfo -m', 'cltopinfo: -m (shows the heartbeat statistics of the network interfaces) is not simulated by hasmit.'],
		['lslpp -d bos.rte', 'lslpp: -d (lists the filesets that depend on the given software) is not simulated by hasmit.'],
		['lslpp -f bos.rte', 'lslpp: -f (lists the files the fileset installed) is not simulated by hasmit.'],
		['lslpp -i bos.rte', 'lslpp: -i (shows the product information of the fileset) is not simulated by hasmit.'],
		['lslpp -p bos.rte', 'lslpp: -p (lists the requisites of the fileset) is not simulated by hasmit.'],
		['lslpp -lJ', 'lslpp: -J (output in the form SMIT lists use) is not simulated by hasmit.'],
		['lslpp -lI', 'lslpp: -I (limits the listing to software products, without their updates) is not simulated by hasmit.'],
		['lslpp -l -Ou', 'lslpp: -O (limits the listing to the root (r), share (s) or usr (u) part) is not simulated by hasmit.'],
	])('%s says so plainly', (line, message) => {
		const result = testCluster().run(line);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(`${message}\n`);
	});
});

describe('kill', () => {
	it('takes the signal as -Signal or -s Signal, and lists the names with -l', () => {
		const cluster = testCluster();
		expect(cluster.run('kill -9 1').stderr).toBe('kill: 1 is /etc/init: in this simulation, stop daemons with stopsrc or clstop.\n');
		expect(cluster.run('kill -s KILL 1').stderr).toBe('kill: 1 is /etc/init: in this simulation, stop daemons with stopsrc or clstop.\n');
		expect(cluster.run('kill -TERM 4').stderr).toBe('kill: 4: 0403-003 The specified process does not exist.\n');
		expect(cluster.ok('kill -l')).toMatch(/^HUP INT QUIT /);
	});
});
