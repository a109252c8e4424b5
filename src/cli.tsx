#!/usr/bin/env node
/**
 * hasmit's entry point: smitty's own flags and fast paths for the TUI, and
 * the sub-commands that work without one (exec, shell, menus check,
 * scenario, reset). Every failure is a message and an exit code, never a
 * stack trace.
 */
import {execCommand, EXEC_USAGE} from './cli/exec.js';
import {FIND_USAGE, findCommand} from './cli/find.js';
import {labCommand, labsCommand, LABS_USAGE} from './cli/labs.js';
import {menusCheck, menusSchema} from './cli/menus.js';
import {resetCommand, scenarioCommand, SCENARIO_USAGE} from './cli/scenario.js';
import {UsageProblem} from './cli/session.js';
import {parseSmitArgs, SMIT_USAGE} from './cli/smit-args.js';
import {WHATIF_USAGE} from './cli/whatif-usage.js';
import {packageVersion} from './paths.js';
import {LockError} from './store/lock.js';
import {StateFileError} from './store/state-file.js';

const HELP = `hasmit ${packageVersion()}: a terminal SMIT for HACMP cluster administration, on a simulated cluster.

${SMIT_USAGE}

  hasmit                      open the System Management menu
  hasmit clstart              open a fast path (a menu, selector, dialog or alias)
  hasmit shell                a shell prompt on the simulated cluster
${EXEC_USAGE.replace(/^Usage: /, '  ').replace(/\n {7}/g, '\n  ')}
  hasmit menus check          validate the menu files
${FIND_USAGE.replace(/^Usage: /, '  ').padEnd(30)}the screens whose title, help or command has every word
  hasmit status               the picture of the cluster: nodes, networks, volume groups, groups
${WHATIF_USAGE.replace(/^Usage: /, '  ')}
                              what a command or fault would do, on a copy: events and group placement
${LABS_USAGE.replace(/^Usage: /, '  ').replace(/\n {7}/g, '\n  ')}
${SCENARIO_USAGE.replace(/^Usage: /, '  ').replace(/\n {7}/g, '\n  ')}

Options for every form: --state FILE (or $HASMIT_STATE) picks the cluster state file;
--node NODE picks the node the session runs on (default: the first node).
Nothing here touches a real system.`;

/** `--state FILE` and `--node NODE` may come before the sub-command too; they are passed on after it. */
function hoistGlobalOptions(argv: string[]): string[] {
	const globals: string[] = [];
	let i = 0;
	while ((argv[i] === '--state' || argv[i] === '--node') && argv[i + 1] !== undefined) globals.push(argv[i++]!, argv[i++]!);
	const [first, ...rest] = argv.slice(i);
	if (first === undefined) return globals;
	return ['exec', 'scenario', 'reset', 'shell', 'status', 'labs', 'lab', 'whatif'].includes(first)
		? [first, ...globals, ...rest]
		: [...globals, first, ...rest];
}

async function main(argv: string[]): Promise<number> {
	const [first, ...rest] = hoistGlobalOptions(argv);
	switch (first) {
		case '--help':
		case '-h':
			process.stdout.write(`${HELP}\n`);
			return 0;
		case '--version':
			process.stdout.write(`hasmit ${packageVersion()}\n`);
			return 0;
		case 'exec':
			// `hasmit exec --lab LINE`: the line runs on the current lab's cluster, its checks ticked (hasmit labs exec).
			if (rest.includes('--lab')) return labsCommand(['exec', ...rest.filter(a => a !== '--lab')]);
			return execCommand(rest);
		case 'find':
			return findCommand(rest);
		case 'status': {
			const {statusCommand} = await import('./cli/status.js');
			return statusCommand(rest);
		}
		case 'menus':
			if (rest[0] === 'schema' && rest.length === 1) return menusSchema();
			if (rest[0] !== 'check') throw new UsageProblem('Usage: hasmit menus check [--menus DIR]\n       hasmit menus schema');
			return menusCheck(rest.slice(1));
		case 'labs':
			return labsCommand(rest);
		case 'lab':
			return labCommand(rest);
		case 'scenario':
			return scenarioCommand(rest);
		case 'reset':
			return resetCommand(rest);
		case 'whatif': {
			const {whatifCommand} = await import('./cli/whatif.js');
			return whatifCommand(rest);
		}
		case 'shell': {
			const {shellCommand} = await import('./cli/shell.js');
			return shellCommand(rest);
		}
		default: {
			const options = parseSmitArgs(argv);
			const {runTui} = await import('./cli/tui.js');
			return runTui(options);
		}
	}
}

// A reader that stops early (`hasmit exec ... | head`) ends hasmit as SIGPIPE ends a command: quietly, status 141.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(141);
		throw error;
	});
}

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof UsageProblem || error instanceof LockError || error instanceof StateFileError) process.stderr.write(`${error.message}\n`);
		else process.stderr.write(`hasmit: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = error instanceof UsageProblem ? 2 : 1;
	},
);
