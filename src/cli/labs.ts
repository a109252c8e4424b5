/**
 * `hasmit labs ...` (and `hasmit lab`): guided labs from the command line. Each lab works on its own state file
 * (<state folder>/labs/NAME.json), never on the learner's cluster; the state before each changing line run
 * through `hasmit labs exec` is kept as NAME.undo.N.json, which `hasmit labs undo` takes back one at a time.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import envPaths from 'env-paths';
import type {ClusterState} from '../cluster/state.js';
import {createRegistry} from '../domains/index.js';
import {checkLab} from '../lab/check.js';
import {currentStep, describeSolutionStep, loadLabs, report, setUp, type NamedLab} from '../lab/engine.js';
import {labJsonSchema} from '../lab/schema.js';
import {hostLab, type LabReader} from '../lab/host.js';
import {watchLab} from '../lab/watch.js';
import {missingLabTranslations} from '../lab/translation.js';
import {fieldLabelIn, translationReport} from '../menu/translation.js';
import {loadCatalog} from '../menu/catalog.js';
import {languageOf, type Language} from '../command/language.js';
import {MENUS_DIR} from '../paths.js';
import {StateFile, stateFiles} from '../store/state-file.js';
import {loadCheckedMenus} from './menus.js';
import {RELEASES} from '../cluster/release/index.js';
import {openSession, UsageProblem} from './session.js';
import {parseSmitArgs} from './smit-args.js';

export const LABS_USAGE = `Usage: hasmit labs list
       hasmit labs start NAME | reset | status [NAME] | hint | solution | undo
       hasmit labs exec [--node NODE] COMMAND LINE   (or: hasmit exec --lab ...)
       hasmit labs check [--labs DIR]
       hasmit lab [NAME [--check]]`;

const LABS_DIR = join(MENUS_DIR, 'labs');

interface Progress {
	current?: string;
	/** Hints shown, per lab: for which step and how many. */
	hints: Record<string, {step: number; shown: number}>;
}

/** The labs' own folder, beside the learner's state file. */
function workDir(state: string | undefined): string {
	const explicit = state ?? process.env.HASMIT_STATE;
	return join(explicit ? dirname(resolve(explicit)) : envPaths('hasmit', {suffix: ''}).config, 'labs');
}

function allLabs(): NamedLab[] {
	const {labs, problems} = loadLabs(LABS_DIR, languageOf(process.env));
	if (problems.length > 0) throw new UsageProblem(`hasmit: the lab files have problems (hasmit labs check):\n${problems.join('\n')}`);
	return labs;
}

function findLab(name: string | undefined): NamedLab {
	const labs = allLabs();
	const lab = labs.find(l => l.name === name);
	if (!lab) {
		throw new UsageProblem(
			name
				? `hasmit: there is no lab named ${name}. Labs: ${labs.map(l => l.name).join(', ')}.`
				: 'hasmit: no lab is running: hasmit labs start NAME',
		);
	}
	return lab;
}

class Workspace {
	constructor(readonly dir: string) {}
	statePath = (lab: string) => join(this.dir, `${lab}.json`);
	/** The undo checkpoints of a lab, oldest first: NAME.undo.N.json, one before each changing line. */
	checkpoints(lab: string): string[] {
		if (!existsSync(this.dir)) return [];
		const number = (file: string) => Number(file.slice(lab.length + 6, -5));
		return readdirSync(this.dir)
			.filter(f => f.startsWith(`${lab}.undo.`) && /^\d+\.json$/.test(f.slice(lab.length + 6)))
			.sort((a, b) => number(a) - number(b))
			.map(f => join(this.dir, f));
	}
	nextCheckpoint = (lab: string) => join(this.dir, `${lab}.undo.${this.checkpoints(lab).length + 1}.json`);
	dropCheckpoint = (path: string) => {
		for (const file of stateFiles(path)) rmSync(file, {force: true});
	};
	progress(): Progress {
		const path = join(this.dir, 'progress.json');
		return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Progress) : {hints: {}};
	}
	saveProgress(progress: Progress): void {
		mkdirSync(this.dir, {recursive: true});
		writeFileSync(join(this.dir, 'progress.json'), `${JSON.stringify(progress)}\n`);
	}
	async state(lab: string): Promise<ClusterState | undefined> {
		if (!existsSync(this.statePath(lab))) return undefined;
		return (await StateFile.open({path: this.statePath(lab)})).file.current();
	}
	async write(path: string, state: ClusterState): Promise<void> {
		mkdirSync(this.dir, {recursive: true});
		(await StateFile.open({path})).file.replace(state);
	}
}

const out = (text: string) => process.stdout.write(text);

/** What the lab commands say around a lab's own texts, in the locale's language (the commands keep their names). */
const WORDS = {
	en: {
		notStarted: 'not started',
		stepsDone: (done: number, all: number) => `${done}/${all} steps done`,
		step: (n: number) => `Step ${n}: `,
		workWith: (state: string) =>
			`Work with: hasmit labs exec COMMAND LINE (checked after each line; hasmit labs undo takes the last one back),\n` +
			`or SMIT and the shell on the lab's cluster: hasmit --state ${state}\n` +
			`hasmit labs status shows the checks, hasmit labs hint the next hint.\n`,
		complete: 'Lab complete.',
		noHints: 'The lab is complete: no hints left.',
		hint: (n: number, all: number) => `Hint ${n}/${all}: `,
	},
	zh: {
		notStarted: '尚未开始',
		stepsDone: (done: number, all: number) => `已完成 ${done}/${all} 步`,
		step: (n: number) => `第 ${n} 步：`,
		workWith: (state: string) =>
			`操作方法：hasmit labs exec 命令行（每行之后检查；hasmit labs undo 撤销最后一行），\n` +
			`或在实验的集群上使用 SMIT 和 shell：hasmit --state ${state}\n` +
			`hasmit labs status 显示检查项，hasmit labs hint 显示下一条提示。\n`,
		complete: '实验完成。',
		noHints: '实验已完成：没有更多提示。',
		hint: (n: number, all: number) => `提示 ${n}/${all}：`,
	},
} satisfies Record<Language, unknown>;
const say = () => WORDS[languageOf(process.env)];

/** How the learner reads a lab: the locale's language, and the solution's fields by the labels the screens show. */
function labReader(): LabReader {
	const language = languageOf(process.env);
	return language === 'en' ? {language} : {language, label: fieldLabelIn(loadCatalog(MENUS_DIR, {language}).catalog)};
}

async function list(ws: Workspace): Promise<number> {
	const registry = createRegistry();
	const bySource = new Map<string, NamedLab[]>();
	for (const lab of allLabs()) bySource.set(lab.source, [...(bySource.get(lab.source) ?? []), lab]);
	for (const [source, labs] of [...bySource].sort(([a], [b]) => a.localeCompare(b))) {
		out(`${source}\n`);
		for (const lab of labs) {
			const state = await ws.state(lab.name);
			const done = state ? report(lab, state, registry).filter(s => s.done).length : undefined;
			const progress = done === undefined ? say().notStarted : say().stepsDone(done, lab.steps.length);
			out(`  ${lab.name.padEnd(24)}${lab.title} (${progress})\n`);
		}
	}
	return 0;
}

async function start(ws: Workspace, lab: NamedLab): Promise<number> {
	await ws.write(ws.statePath(lab.name), setUp(lab, createRegistry(), Date.now()));
	for (const path of ws.checkpoints(lab.name)) ws.dropCheckpoint(path);
	const progress = ws.progress();
	progress.current = lab.name;
	delete progress.hints[lab.name];
	ws.saveProgress(progress);
	out(`${lab.title} (${lab.source})\n\n${lab.goal}\n\n${say().step(1)}${lab.steps[0]!.text}\n\n`);
	out(say().workWith(ws.statePath(lab.name)));
	return 0;
}

/** The checks of every step, ticked or not; the explanation once all pass. Exit 0 when the lab is complete. */
async function status(ws: Workspace, lab: NamedLab): Promise<number> {
	const state = await ws.state(lab.name);
	if (!state) throw new UsageProblem(`hasmit: the lab ${lab.name} has not been started: hasmit labs start ${lab.name}`);
	const steps = report(lab, state, createRegistry());
	const at = currentStep(steps);
	out(`${lab.title} (${lab.source})\n`);
	steps.forEach((step, i) => {
		out(`${i === at ? '>' : ' '} ${say().step(i + 1)}${step.text}\n`);
		for (const check of step.checks) out(`    [${check.passed ? 'x' : ' '}] ${check.title}${check.passed ? '' : ` (${check.why})`}\n`);
	});
	if (at !== undefined) return 1;
	out(`\n${say().complete}\n\n${lab.explanation}\n`);
	return 0;
}

async function hint(ws: Workspace, lab: NamedLab): Promise<number> {
	const state = await ws.state(lab.name);
	if (!state) throw new UsageProblem(`hasmit: the lab ${lab.name} has not been started: hasmit labs start ${lab.name}`);
	const step = currentStep(report(lab, state, createRegistry()));
	if (step === undefined) {
		out(`${say().noHints}\n`);
		return 0;
	}
	const progress = ws.progress();
	const seen = progress.hints[lab.name];
	const shown = seen?.step === step ? Math.min(seen.shown + 1, lab.steps[step]!.hints.length) : 1;
	progress.hints[lab.name] = {step, shown};
	ws.saveProgress(progress);
	lab.steps[step]!.hints.slice(0, shown).forEach((h, i) => out(`${say().hint(i + 1, lab.steps[step]!.hints.length)}${h}\n`));
	return 0;
}

/** Run a line on the lab's cluster; the state before it is kept for undo when it changes something. */
async function exec(ws: Workspace, lab: NamedLab, args: string[]): Promise<number> {
	const node = args[0] === '--node' ? args[1] : undefined;
	const line = (node ? args.slice(2) : args).join(' ');
	if (!line) throw new UsageProblem(LABS_USAGE);
	if (!existsSync(ws.statePath(lab.name))) throw new UsageProblem(`hasmit: the lab ${lab.name} has not been started: hasmit labs start ${lab.name}`);
	const {cluster} = await openSession({state: ws.statePath(lab.name), node});
	const watch = watchLab(lab, cluster.observe, cluster.session.state, createRegistry());
	const result = cluster.run(line, 'exec');
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	if (watch.checkpoint) await ws.write(ws.nextCheckpoint(lab.name), watch.checkpoint);
	for (const title of watch.ticked) out(`[x] ${title}\n`);
	return result.code;
}

async function undo(ws: Workspace, lab: NamedLab): Promise<number> {
	const path = ws.checkpoints(lab.name).at(-1);
	if (!path) throw new UsageProblem('hasmit: there is nothing to undo: no command has changed the lab since it started.');
	await ws.write(ws.statePath(lab.name), (await StateFile.open({path})).file.current());
	ws.dropCheckpoint(path);
	out(`hasmit: the lab ${lab.name} is back where it was before the last command.\n`);
	return 0;
}

function check(args: string[]): number {
	const dir = args[0] === '--labs' && args[1] ? args[1] : LABS_DIR;
	const {labs, problems} = loadLabs(dir);
	// Each lab's SMIT steps run on the screens of its release.
	const catalogs = new Map(RELEASES.map(release => [release, loadCheckedMenus(undefined, {release})]));
	const menuProblems = [...catalogs.values()].flatMap(c => c.problems);
	if (menuProblems.length > 0) throw new UsageProblem(`hasmit: the menus have problems (hasmit menus check): ${menuProblems[0]}`);
	const registry = createRegistry();
	// Missing translations are listed per lab file, as menus check does (MISSING_TRANSLATION decides if they fail).
	const translations = translationReport(
		labs.flatMap(lab => missingLabTranslations(`${lab.name}.json`, lab)),
		'lab',
	);
	for (const warning of translations.warnings) process.stderr.write(`warning: ${warning}\n`);
	const all = [...problems, ...labs.flatMap(lab => checkLab(lab, registry, catalogs.get(lab.release)!.catalog, Date.now())), ...translations.errors];
	for (const problem of all) process.stderr.write(`${problem}\n`);
	if (all.length > 0) {
		process.stderr.write(`hasmit labs check: ${all.length} problem${all.length === 1 ? '' : 's'} in ${dir}\n`);
		return 1;
	}
	const checks = labs.reduce((n, l) => n + l.steps.reduce((m, s) => m + s.checks.length, 0), 0);
	out(
		`hasmit labs check: ${labs.length} labs are valid; each of their ${checks} checks fails on its set-up cluster and passes after its solution.\n`,
	);
	return 0;
}

/** `--state FILE` before the sub-command's words (hoisted there from the front of the command line). */
function stateOption(args: readonly string[]): [string | undefined, string[]] {
	const rest = [...args];
	const at = rest.indexOf('--state');
	if (at < 0 || at >= 2) return [undefined, rest];
	const [, state] = rest.splice(at, 2);
	return [state, rest];
}

export async function labsCommand(args: string[]): Promise<number> {
	const [state, rest] = stateOption(args);
	const ws = new Workspace(workDir(state));
	const [verb, name, ...more] = rest;
	const current = () => findLab(name ?? ws.progress().current);
	switch (verb) {
		case 'list':
			return list(ws);
		case 'start':
			return start(ws, findLab(name));
		case 'reset':
			return start(ws, current());
		case 'status':
			return status(ws, current());
		case 'hint':
			return hint(ws, findLab(ws.progress().current));
		case 'solution':
			for (const step of findLab(ws.progress().current).solution) out(`${describeSolutionStep(step, labReader().label)}\n`);
			return 0;
		case 'exec':
			return exec(ws, findLab(ws.progress().current), [name ?? '', ...more].filter(Boolean));
		case 'undo':
			return undo(ws, findLab(ws.progress().current));
		case 'check':
			return check(rest.slice(1));
		case 'schema':
			out(`${JSON.stringify(labJsonSchema(), null, '\t')}\n`);
			return 0;
		default:
			throw new UsageProblem(LABS_USAGE);
	}
}

/**
 * `hasmit lab` lists, `hasmit lab NAME --check` prints the checks, `hasmit lab NAME` opens SMIT on the lab's cluster
 * with the lab panel (started first if it was not), or without a terminal starts it and prints the goal.
 */
export async function labCommand(args: string[]): Promise<number> {
	const [state, rest] = stateOption(args);
	const global = state === undefined ? [] : ['--state', state];
	if (rest.length === 0) return labsCommand([...global, 'list']);
	if (rest[1] === '--check' && rest.length === 2) return labsCommand([...global, 'status', rest[0]!]);
	if (rest.length !== 1) throw new UsageProblem(LABS_USAGE);
	if (!process.stdin.isTTY || !process.stdout.isTTY) return labsCommand([...global, 'start', rest[0]!]);
	const ws = new Workspace(workDir(state));
	const lab = findLab(rest[0]);
	const started = await ws.state(lab.name);
	if (!started) await ws.write(ws.statePath(lab.name), setUp(lab, createRegistry(), Date.now()));
	ws.saveProgress({...ws.progress(), current: lab.name});
	const registry = createRegistry();
	const reader = labReader();
	const onFile = (state: ClusterState) => ({observe: () => () => {}, state: () => state, restore: () => {}});
	const {runTui} = await import('./tui.js');
	return runTui(
		{...parseSmitArgs([]), state: ws.statePath(lab.name)},
		{
			initial: hostLab(lab, onFile(started ?? (await ws.state(lab.name))!), registry, Date.now, reader).view(),
			open: cluster =>
				hostLab(
					lab,
					{
						observe: cluster.observe,
						state: () => cluster.session.state,
						restore: state => {
							cluster.file.replace(state);
							cluster.session.state = cluster.file.current();
						},
					},
					registry,
					Date.now,
					reader,
				),
		},
	);
}
