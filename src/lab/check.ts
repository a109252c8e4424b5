/**
 * `hasmit labs check`: a lab is valid when its commands and screens exist, its checks can run, and it is honest:
 * every check fails on the set-up cluster and passes once the solution has run (a check that cannot fail is refused).
 */
import type {Registry} from '../command/registry.js';
import type {Session} from '../command/shell.js';
import {resolveFastPath, type Catalog} from '../menu/catalog.js';
import {commandNames} from '../menu/check.js';
import {checkLine, LabError, runCheck, runSolutionStep, setUp, type NamedLab} from './engine.js';
import type {Check} from './schema.js';

function checkShape(check: Check): string | undefined {
	const kinds = [check.run, check.file, check.rg.group].filter(Boolean).length;
	if (kinds !== 1) return 'needs exactly one of run, file or rg';
	for (const pattern of [check.line, check.noLine]) {
		try {
			new RegExp(pattern);
		} catch {
			return `"${pattern}" is not a regular expression`;
		}
	}
	return undefined;
}

/** The problems of one lab, each `name: where: problem`; none means the lab is valid and honest. */
export function checkLab(lab: NamedLab, registry: Registry, catalog: Catalog, now: number): string[] {
	const problems: string[] = [];
	const report = (where: string, problem: string) => problems.push(`${lab.name}: ${where}: ${problem}`);
	const knownCommands = (where: string, line: string) => {
		for (const name of commandNames(line)) if (!registry.lookup(name)) report(where, `command "${name}" is not known to the command layer`);
	};
	lab.setup.forEach((s, i) => knownCommands(`setup.${i}`, s.run));
	lab.steps.forEach((step, s) => step.checks.length === 0 && report(`steps.${s}`, 'has no check: it is done before the learner does anything'));
	const checks = lab.steps.flatMap((step, s) => step.checks.map((check, c) => ({check, where: `steps.${s}.checks.${c}`})));
	for (const {check, where} of checks) {
		const shape = checkShape(check);
		if (shape) report(where, shape);
		else knownCommands(where, checkLine(check));
	}
	lab.solution.forEach((step, i) => {
		if (Boolean(step.run) === Boolean(step.smit)) report(`solution.${i}`, 'needs exactly one of run or smit');
		else if (step.run) knownCommands(`solution.${i}`, step.run);
		else if (!resolveFastPath(catalog, step.smit)) report(`solution.${i}`, `the screen "${step.smit}" does not exist`);
	});
	if (problems.length > 0) return problems;

	let session: Session;
	try {
		session = {state: setUp(lab, registry, now), node: '', registry};
	} catch (error) {
		if (!(error instanceof LabError)) throw error;
		report('setup', error.message);
		return problems;
	}
	const nodes = Object.keys(session.state.nodes);
	for (const {check, where} of checks)
		if (check.node && !nodes.includes(check.node)) report(where, `${check.node} is not a node of the lab's cluster`);
	lab.solution.forEach((s, i) => s.node && !nodes.includes(s.node) && report(`solution.${i}`, `${s.node} is not a node of the lab's cluster`));
	if (problems.length > 0) return problems;
	for (const {check, where} of checks) {
		if (runCheck(check, session.state, registry).passed)
			report(where, `"${check.title}" passes before the learner has done anything: it cannot fail`);
	}
	for (const [i, step] of lab.solution.entries()) {
		const failed = runSolutionStep(step, session, catalog);
		if (failed) return [...problems, `${lab.name}: solution.${i}: ${failed}`];
	}
	for (const {check, where} of checks) {
		const result = runCheck(check, session.state, registry);
		if (!result.passed) report(where, `"${check.title}" still fails after the solution: ${result.why}`);
	}
	return problems;
}
