/** `hasmit scenario list|load NAME [--yes]` and `hasmit reset [--yes]`. */
import {createInterface} from 'node:readline/promises';
import {buildScenario, DEFAULT_SCENARIO, findScenario, scenarios} from '../cluster/scenarios/index.js';
import {DEFAULT_RELEASE, isRelease, RELEASES, type Release} from '../cluster/release/index.js';
import {StateFile} from '../store/state-file.js';
import {UsageProblem} from './session.js';

export const SCENARIO_USAGE = `Usage: hasmit scenario list
       hasmit scenario load NAME [--release 4.3|5.2] [--yes] [--state FILE]
       hasmit reset [--yes] [--state FILE]`;

async function confirm(question: string): Promise<boolean> {
	if (!process.stdin.isTTY)
		throw new UsageProblem('hasmit: standard input is not a terminal, so hasmit cannot ask; add --yes to replace the cluster state.');
	const rl = createInterface({input: process.stdin, output: process.stdout});
	const answer = await rl.question(`${question} (y/n) `);
	rl.close();
	return /^y(es)?$/i.test(answer.trim());
}

function options(args: string[]) {
	let yes = false;
	let state: string | undefined;
	let release: Release = DEFAULT_RELEASE;
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--yes' || args[i] === '-y') yes = true;
		else if (args[i] === '--state') state = args[++i];
		else if (args[i] === '--release') {
			const value = args[++i];
			if (!isRelease(value)) throw new UsageProblem(`hasmit: HACMP ${value ?? '(none)'} is not simulated. Releases: ${RELEASES.join(', ')}.`);
			release = value;
		} else rest.push(args[i]!);
	}
	return {yes, state, release, rest};
}

async function load(name: string, yes: boolean, state: string | undefined, release: Release): Promise<number> {
	const scenario = findScenario(name);
	if (!scenario) {
		throw new UsageProblem(
			`hasmit: there is no scenario named ${name}. Scenarios: ${scenarios()
				.map(s => s.name)
				.join(', ')}.`,
		);
	}
	const {file, notices} = await StateFile.open({path: state});
	for (const notice of notices) process.stderr.write(`${notice}\n`);
	if (!yes && !(await confirm(`Replace the cluster in ${file.path} with the ${name} scenario? Every change made to it will be lost.`))) {
		process.stdout.write('hasmit: nothing was changed.\n');
		return 1;
	}
	file.replace(buildScenario(scenario, release, Date.now()));
	process.stdout.write(`hasmit: loaded the ${name} scenario (HACMP ${release}) into ${file.path}.\n`);
	return 0;
}

export async function scenarioCommand(args: string[]): Promise<number> {
	const {yes, state, release, rest} = options(args);
	const [verb, name] = rest;
	if (verb === 'list' && rest.length === 1) {
		for (const s of scenarios()) process.stdout.write(`${s.name.padEnd(18)}${s.description}${s.name === DEFAULT_SCENARIO ? ' (default)' : ''}\n`);
		return 0;
	}
	if (verb === 'load' && name && rest.length === 2) return load(name, yes, state, release);
	throw new UsageProblem(SCENARIO_USAGE);
}

export async function resetCommand(args: string[]): Promise<number> {
	const {yes, state, release, rest} = options(args);
	if (rest.length > 0) throw new UsageProblem(SCENARIO_USAGE);
	return load(DEFAULT_SCENARIO, yes, state, release);
}
