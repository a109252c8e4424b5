/** smitty's command line, parsed by the project's getopt: flags before or after the fast path, values attached or apart. */
import {describe, expect, it} from 'vitest';
import {parseSmitArgs, SMIT_USAGE} from '../../src/cli/smit-args.js';

describe('parseSmitArgs', () => {
	it('reads every flag, with values apart or attached, and the fast path anywhere', () => {
		expect(parseSmitArgs([])).toEqual({noExec: false, noCommands: false, verbose: false, trace: false});
		expect(parseSmitArgs(['-x', '-l', '/tmp/a.log', 'clstart'])).toMatchObject({noExec: true, logFile: '/tmp/a.log', fastPath: 'clstart'});
		expect(parseSmitArgs(['-xvl/tmp/a.log', '-s/tmp/a.script', 'clstop'])).toMatchObject({
			noExec: true,
			verbose: true,
			logFile: '/tmp/a.log',
			scriptFile: '/tmp/a.script',
			fastPath: 'clstop',
		});
		expect(parseSmitArgs(['clstart', '-X', '--state', 's.json', '--node', 'node2'])).toMatchObject({
			fastPath: 'clstart',
			noCommands: true,
			state: 's.json',
			node: 'node2',
		});
		expect(parseSmitArgs(['-D', '-C', '-f', '-o', 'menus'])).toMatchObject({verbose: true, trace: true, menus: 'menus'});
		expect(parseSmitArgs(['-n', 'cl_mklv_select'])).toMatchObject({fastPath: 'cl_mklv_select', fastPathKind: 'selector'});
		expect(parseSmitArgs(['-dclstart'])).toMatchObject({fastPath: 'clstart', fastPathKind: 'dialog'});
		expect(parseSmitArgs(['--', '-odd'])).toMatchObject({fastPath: '-odd'});
	});
	it('refuses what smitty refuses, with the usage', () => {
		expect(() => parseSmitArgs(['-Q'])).toThrow(`hasmit: Not a recognized flag: Q\n${SMIT_USAGE}`);
		expect(() => parseSmitArgs(['--stat', 'x'])).toThrow(`hasmit: Not a recognized flag: stat\n${SMIT_USAGE}`);
		expect(() => parseSmitArgs(['-l'])).toThrow(`hasmit: Flag requires a parameter: l\n${SMIT_USAGE}`);
		expect(() => parseSmitArgs(['clstart', '--state'])).toThrow(`hasmit: Flag requires a parameter: state\n${SMIT_USAGE}`);
		expect(() => parseSmitArgs(['a', 'b'])).toThrow(`hasmit: only one fast path may be given.\n${SMIT_USAGE}`);
		expect(() => parseSmitArgs(['-m', 'a', 'b'])).toThrow('only one fast path');
		expect(() => parseSmitArgs(['-vh'])).toThrow(SMIT_USAGE);
	});
});
