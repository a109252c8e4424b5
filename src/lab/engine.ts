/**
 * Guided labs, as pure functions over a lab and a cluster state: set up the lab's own cluster, run its checks
 * (command lines on a copy of the state, so checking never changes anything), report each step, run the solution
 * (command lines, and SMIT dialogs through src/menu/dialog.ts exactly as the screens drive them).
 */
import {basename, join} from 'node:path';
import {withoutPrototypes} from '../cluster/records.js';
import {buildScenario, findScenario} from '../cluster/scenarios/index.js';
import type {ClusterState} from '../cluster/state.js';
import type {Registry} from '../command/registry.js';
import {runLine, type LineOrigin, type Session, type ShellResult} from '../command/shell.js';
import {readRegularFile} from '../host/regular-file.js';
import {dataFiles, type Catalog} from '../menu/catalog.js';
import {describeProblem, openFastPath, refused, runDialog, setField} from '../menu/dialog.js';
import type {Issue} from '../menu/schema-kit.js';
import {labSchema, type Check, type Lab, type SolutionStep} from './schema.js';
import {labIn} from './translation.js';
import type {Language} from '../command/language.js';

export interface NamedLab extends Lab {
	/** The file name without .json: what `hasmit labs start` takes. */
	name: string;
}

/** Every lab file of a folder (lab.schema.json aside), parsed, in `language`; problems read `file: path: problem`. */
export function loadLabs(dir: string, language: Language = 'en'): {labs: NamedLab[]; problems: string[]} {
	const labs: NamedLab[] = [];
	const problems: string[] = [];
	const files = dataFiles(dir);
	if (!files) return {labs, problems: [`${dir}: -: the lab folder cannot be read`]};
	for (const file of files) {
		let data: unknown;
		try {
			data = JSON.parse(readRegularFile(join(dir, file)).text);
		} catch (error) {
			problems.push(`${file}: -: cannot be read (${(error as Error).message})`);
			continue;
		}
		const issues: Issue[] = [];
		const lab = labSchema.parse(data, [], issues);
		for (const issue of issues) problems.push(`${file}: ${issue.path.join('.') || '-'}: ${issue.problem}`);
		if (lab) labs.push(labIn({...lab, name: basename(file, '.json')}, language));
	}
	return {labs, problems};
}

/** A lab's cluster: its scenario on its release with the set-up lines run; a set-up line that fails is a fault of the lab. */
export function setUp(lab: Lab, registry: Registry, now: number): ClusterState {
	const scenario = findScenario(lab.scenario);
	if (!scenario) throw new LabError(`there is no scenario named ${lab.scenario}`);
	const session: Session = {state: withoutPrototypes(buildScenario(scenario, lab.release, now)), node: '', registry};
	for (const {run, node} of lab.setup) {
		const result = runOn(session, run, node);
		if (result.code !== 0) throw new LabError(`the set-up line "${run}" failed (${result.code}): ${result.output.trim()}`);
	}
	return session.state;
}

export class LabError extends Error {}

/** Run a line on a node ("" the first), as `origin`; the session keeps the node it had. */
function runOn(session: Session, line: string, node: string, origin: LineOrigin = 'script'): ShellResult {
	const home = session.node;
	session.node = node || Object.keys(session.state.nodes)[0]!;
	try {
		return runLine(session, line, origin);
	} finally {
		session.node = home;
	}
}

/** The command line a check runs: its own, `cat FILE`, or `clRGinfo -s`. */
export function checkLine(check: Check): string {
	if (check.file) return `cat ${check.file}`;
	if (check.rg.group) return 'clRGinfo -s';
	return check.run;
}

/** The line pattern a check's output must hold (an rg check: the group's line for that node and state). */
function wantedLine(check: Check): string {
	if (!check.rg.group) return check.line;
	const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return `^${literal(check.rg.group)}:${literal(check.rg.state)}:${literal(check.rg.node)}:`;
}

export interface CheckResult {
	title: string;
	passed: boolean;
	/** Why it failed, in the learner's terms. */
	why: string;
}

/** Run a check against a state; the state is never changed (the line runs on a copy of the session). */
export function runCheck(check: Check, state: ClusterState, registry: Registry): CheckResult {
	const result = runOn({state, node: '', registry}, checkLine(check), check.node);
	const lines = result.stdout.split('\n');
	const wanted = wantedLine(check);
	const why =
		result.code !== check.exit
			? `exit code ${result.code}, wanted ${check.exit}`
			: wanted && !lines.some(l => new RegExp(wanted).test(l))
				? `no line matches ${wanted}`
				: check.noLine && lines.some(l => new RegExp(check.noLine).test(l))
					? `a line matches ${check.noLine}`
					: '';
	return {title: check.title, passed: why === '', why};
}

export interface StepReport {
	text: string;
	checks: CheckResult[];
	done: boolean;
}

/** Each step with its checks run against the state. */
export function report(lab: Lab, state: ClusterState, registry: Registry): StepReport[] {
	return lab.steps.map(step => {
		const checks = step.checks.map(c => runCheck(c, state, registry));
		return {text: step.text, checks, done: checks.every(c => c.passed)};
	});
}

/** The step to work on: the first not done (undefined when the lab is complete). */
export const currentStep = (steps: readonly StepReport[]) => {
	const at = steps.findIndex(s => !s.done);
	return at < 0 ? undefined : at;
};

/** How a solution step reads for the learner: the line, or the SMIT path and the values to type. */
export function describeSolutionStep(step: SolutionStep, label: (field: string) => string = field => field): string {
	const on = step.node ? ` (on ${step.node})` : '';
	if (step.run) return `${step.run}${on}`;
	const picks = step.picks.map(p => ` → ${p}`).join('');
	const values = step.values.map(v => `\n      ${label(v.field)}: ${v.value}`).join('');
	return `smitty ${step.smit}${picks}${on}${values}`;
}

/** Run one solution step in the session; SMIT steps go through the dialog rules as the screens do. Returns what failed. */
export function runSolutionStep(step: SolutionStep, session: Session, catalog: Catalog): string | undefined {
	if (step.run) {
		const result = runOn(session, step.run, step.node);
		return result.code === 0 ? undefined : `"${step.run}" failed (${result.code}): ${result.output.trim()}`;
	}
	const smit = {run: (line: string, kind: 'dialog' | 'discover' | 'classify' | 'list') => runOn(session, line, step.node, `smit-${kind}`)};
	let model = openFastPath(catalog, step.smit, smit, step.picks);
	for (const {field, value} of step.values) if (!refused(model)) model = setField(model, field, value);
	if (refused(model)) return `smitty ${step.smit}: ${describeProblem(model.problem)}`;
	const ran = runDialog(model, smit);
	if (refused(ran)) return `smitty ${step.smit}: ${describeProblem(ran.problem)}`;
	return ran.result && ran.result.code !== 0 ? `smitty ${step.smit}: "${ran.command}" failed: ${ran.result.output.trim()}` : undefined;
}
