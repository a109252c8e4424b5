/** Declared commands: one declaration gives the usage, the parsing, the typed options and the help. */
import {describe, expect, it} from 'vitest';
import {defineCommand} from '../src/command/define.js';
import {Registry} from '../src/command/registry.js';
import {runLine, type Session} from '../src/command/shell.js';
import {createRegistry} from '../src/domains/index.js';
import {findScenario} from '../src/cluster/scenarios/index.js';
import {TEST_CLOCK} from './helpers/cluster.js';
import {RELEASES} from '../src/cluster/release/index.js';

const probe = defineCommand({
	name: 'probe',
	dirs: ['/usr/bin', '/usr/sbin'],
	summary: 'Prints what it was given.',
	flags: {
		a: {help: 'a flag without a value'},
		g: {arg: 'Group', help: 'a flag with a value'},
		z: {help: 'a real flag the simulation does not act on', notSimulated: true},
		cspoc: {arg: 'Options', help: 'a single-dash word'},
		m: {arg: 'Mode', values: ['fast', 'slow', 'off'], help: 'a flag that takes only some values'},
	},
	operands: {count: [0, 1], list: [{name: '[Name]', help: 'an operand'}]},
	run(ctx, {opts, args}) {
		ctx.print(JSON.stringify({a: opts.a, g: opts.g, cspoc: opts.cspoc, args}));
	},
});

const createSession = (): Session => ({state: findScenario('two-node')!.build(TEST_CLOCK), node: 'node1', registry: createRegistry()});

function session(): Session {
	return {state: findScenario('two-node')!.build(TEST_CLOCK), node: 'node1', registry: new Registry(probe)};
}

describe('defineCommand', () => {
	it('parses flags, words and operands into typed options', () => {
		expect(runLine(session(), 'probe -a -g rg1 -cspoc "-n node1" name').stdout).toBe('{"a":true,"g":"rg1","cspoc":"-n node1","args":["name"]}\n');
		expect(runLine(session(), 'probe').stdout).toBe('{"a":false,"args":[]}\n');
	});

	it('is found at every directory it names', () => {
		expect(runLine(session(), '/usr/sbin/probe -a').code).toBe(0);
		expect(runLine(session(), '/usr/bin/probe -a').code).toBe(0);
	});

	it('generates its Usage from the declaration', () => {
		const result = runLine(session(), 'probe -q');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('probe: Not a recognized flag: q\nUsage: probe [-a] [-g Group] [-z] [-cspoc Options] [-m Mode] [Name]\n');
		expect(runLine(session(), 'probe one two').stderr).toBe(
			'probe: unexpected argument two.\nUsage: probe [-a] [-g Group] [-z] [-cspoc Options] [-m Mode] [Name]\n',
		);
	});

	it('refuses a value a flag does not take, naming the ones it does', () => {
		expect(runLine(session(), 'probe -m slow').code).toBe(0);
		const result = runLine(session(), 'probe -m medium');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('probe: -m takes fast, slow or off.\nUsage: probe [-a] [-g Group] [-z] [-cspoc Options] [-m Mode] [Name]\n');
		expect(runLine(createSession(), 'cllsadapter -t boot').stderr).toMatch(/^cllsadapter: -t takes interface, service or persistent\.\n/);
	});

	it('refuses a command missing a required flag (or given it empty), naming every one missing, before it runs', () => {
		const needs = defineCommand({
			name: 'needs',
			dirs: ['/usr/bin'],
			summary: 'Needs two flags.',
			flags: {e: {arg: 'Event', required: true, help: 'required'}, n: {arg: 'Node', required: true, help: 'required too'}},
			operands: {count: 0},
			run(ctx, {opts}) {
				ctx.print(`${opts.e} on ${opts.n}`);
			},
		});
		const on = (): Session => ({...session(), registry: new Registry(needs)});
		expect(runLine(on(), 'needs -e node_up -n node1').stdout).toBe('node_up on node1\n');
		expect(runLine(on(), 'needs').stderr).toBe('needs: -e Event and -n Node are required.\nUsage: needs -e Event -n Node\n');
		const empty = runLine(on(), "needs -e '' -n node1");
		expect(empty.code).toBe(1);
		expect(empty.stderr).toMatch(/^needs: -e Event is required\.\n/);
		expect(runLine(createSession(), 'cl_smit').stderr).toMatch(/^cl_smit: -n Node is required\.\n/);
	});

	it('says plainly that a known flag is not simulated', () => {
		const result = runLine(session(), 'probe -z');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('probe: -z (a real flag the simulation does not act on) is not simulated by hasmit.\n');
	});

	it('carries its help for man and the learning aids', () => {
		expect(probe[0]!.help).toEqual({
			summary: 'Prints what it was given.',
			flags: expect.objectContaining({g: {arg: 'Group', help: 'a flag with a value'}}),
			operands: [{name: '[Name]', help: 'an operand'}],
			readOnly: false,
		});
	});

	it('a flag of some releases only: Usage, help and getopt follow the release the cluster runs', () => {
		const migrate = defineCommand({
			name: 'migrate',
			dirs: ['/usr/sbin'],
			summary: 'Moves a group.',
			synopsis: '[-v] [-r cascading | rotating] [-S OHN|OFAN -B NFB] Group\n       migrate -M Request   (old form)',
			flags: {
				v: {help: 'verbose'},
				r: {arg: 'type', help: 'the node relationship', releases: ['4.3']},
				S: {arg: 'startup', help: 'the startup policy', releases: ['5.2']},
				B: {arg: 'fallback', help: 'the fallback policy', releases: ['5.2']},
				M: {arg: 'Request', help: 'the old migration', releases: ['4.3']},
			},
			run() {},
		});
		const registry = new Registry(migrate);
		const on = (release: '4.3' | '5.2') => registry.lookup('migrate', release)!;
		expect(on('5.2').usage).toBe('Usage: migrate [-v] [-S OHN|OFAN -B NFB] Group');
		expect(on('4.3').usage).toBe('Usage: migrate [-v] [-r cascading | rotating] Group\n       migrate -M Request   (old form)');
		expect(Object.keys(on('5.2').help.flags)).toEqual(['v', 'S', 'B']);
		expect(Object.keys(on('4.3').help.flags)).toEqual(['v', 'r', 'M']);
		// Without a release (what lab checks and the manual catalogue read): every flag.
		expect(Object.keys(registry.lookup('migrate')!.help.flags)).toEqual(['v', 'r', 'S', 'B', 'M']);
		const state = findScenario('two-node')!.build(TEST_CLOCK);
		const result = runLine({state, node: 'node1', registry}, 'migrate -r cascading g1');
		expect([result.code, result.stderr]).toEqual([1, 'migrate: Not a recognized flag: r\nUsage: migrate [-v] [-S OHN|OFAN -B NFB] Group\n']);
	});
});

describe('the registry', () => {
	it('has every command declared, with a summary and help for each flag and operand', () => {
		const missing: string[] = [];
		for (const command of createRegistry().commands()) {
			if (!command.help?.summary) missing.push(`${command.dir}/${command.name}`);
			for (const [flag, {help}] of Object.entries(command.help?.flags ?? {})) if (!help) missing.push(`${command.name} -${flag}`);
			for (const {name, help} of command.help?.operands ?? []) if (!help) missing.push(`${command.name} ${name}`);
		}
		expect(missing).toEqual([]);
	});

	it("each release's Usage names the release-only flags that release has, and none it lacks", () => {
		// A hand-written synopsis is trimmed per release by pattern: a flag it writes in a form the trimming misses shows wrong.
		const wrong: string[] = [];
		const checked: string[] = [];
		for (const command of createRegistry().commands()) {
			for (const release of RELEASES) {
				const variant = command.byRelease?.[release];
				if (!variant || (command.releases && !command.releases.includes(release))) continue;
				const named = new Set([...(variant.usage ?? '').matchAll(/(?:^|[\s[{|"])-(\w+)/g)].map(m => m[1]));
				for (const [key, flag] of Object.entries(command.help.flags)) {
					if (!flag.releases) continue;
					const has = flag.releases.includes(release);
					checked.push(`${release} ${command.name} -${key}`);
					if (has !== named.has(key)) wrong.push(`${release} ${command.name} -${key}: ${has ? 'missing from' : 'shown in'} ${variant.usage}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(checked).toEqual(expect.arrayContaining(['4.3 claddgrp -s', '5.2 claddgrp -s', '4.3 clchgrp -r', '5.2 clchgrp -r']));
	});
});
