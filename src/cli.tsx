#!/usr/bin/env node
/**
 * hasmit's entry point: smitty's own flags and fast paths for the TUI, and
 * the sub-commands that work without one (exec, shell, menus check,
 * scenario, reset). Every failure is a message and an exit code, never a
 * stack trace.
 */
import {UsageProblem} from './cli/usage.js';
import {parseSmitArgs, SMIT_USAGE} from './cli/smit-args.js';
import {WHATIF_USAGE} from './cli/whatif-usage.js';
import {LANGUAGES, LOCALE} from './command/language.js';
import {endOnBrokenPipe} from './cli/output.js';

// Each sub-command is loaded when it is asked for: the TUI's first frame, before anything else, needs none of them
// (nor the cluster model most of them load). So is the package folder, which only the TUI, labs, menus and the version
// look for (a walk up the folders).
async function help(): Promise<string> {
	const [{EXEC_USAGE}, {FIND_USAGE}, {LABS_USAGE}, {SCENARIO_USAGE}, {packageVersion}] = await Promise.all([
		import('./cli/exec.js'),
		import('./cli/find.js'),
		import('./cli/labs.js'),
		import('./cli/scenario.js'),
		import('./paths.js'),
	]);
	return `hasmit ${packageVersion()}: a terminal SMIT for HACMP cluster administration, on a simulated cluster.

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
--node NODE picks the node the session runs on (default: the first node);
--lang zh|en, first, picks the language of menus, help, labs and man (default: from LC_ALL, LC_MESSAGES, LANG).
Nothing here touches a real system.`;
}

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

/** `--lang zh|en` first on the line: the language of this run, set as its locale so every part reads one setting. */
function takeLanguage(argv: string[]): string[] {
	if (argv[0] !== '--lang') return argv;
	const language = LANGUAGES.find(l => l === argv[1]);
	if (!language) throw new UsageProblem(`hasmit: --lang takes ${LANGUAGES.join(' or ')}.`);
	process.env.LC_ALL = LOCALE[language];
	return argv.slice(2);
}

async function main(line: string[]): Promise<number> {
	const argv = takeLanguage(line);
	const [first, ...rest] = hoistGlobalOptions(argv);
	switch (first) {
		case '--help':
		case '-h':
			process.stdout.write(`${await help()}\n`);
			return 0;
		case '--version':
			process.stdout.write(`hasmit ${(await import('./paths.js')).packageVersion()}\n`);
			return 0;
		case 'exec':
			// `hasmit exec --lab LINE`: the line runs on the current lab's cluster, its checks ticked (hasmit labs exec).
			if (rest.includes('--lab')) return (await import('./cli/labs.js')).labsCommand(['exec', ...rest.filter(a => a !== '--lab')]);
			return (await import('./cli/exec.js')).execCommand(rest);
		case 'find':
			return (await import('./cli/find.js')).findCommand(rest);
		case 'status': {
			const {statusCommand} = await import('./cli/status.js');
			return statusCommand(rest);
		}
		case 'menus': {
			const {menusCache, menusCheck, menusSchema} = await import('./cli/menus.js');
			if (rest[0] === 'schema' && rest.length === 1) return menusSchema();
			if (rest[0] === 'cache' && rest.length === 1) return menusCache();
			if (rest[0] !== 'check') throw new UsageProblem('Usage: hasmit menus check [--menus DIR]\n       hasmit menus schema');
			return menusCheck(rest.slice(1));
		}
		case 'labs':
			return (await import('./cli/labs.js')).labsCommand(rest);
		case 'lab':
			return (await import('./cli/labs.js')).labCommand(rest);
		case 'scenario':
			return (await import('./cli/scenario.js')).scenarioCommand(rest);
		case 'reset':
			return (await import('./cli/scenario.js')).resetCommand(rest);
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

// A reader that stops early (`hasmit exec ... | head`) ends hasmit as SIGPIPE ends a command: quietly, status 141. Node
// makes each stream when it is first used, and making them costs a start ~2 ms: `hasmit exec` writes without them.
for (const name of ['stdout', 'stderr'] as const) {
	const made = Object.getOwnPropertyDescriptor(process, name)!;
	Object.defineProperty(process, name, {
		configurable: true,
		enumerable: made.enumerable,
		get() {
			const stream = made.get!.call(process) as NodeJS.WriteStream;
			stream.on('error', endOnBrokenPipe);
			Object.defineProperty(process, name, {configurable: true, enumerable: made.enumerable, writable: true, value: stream});
			return stream;
		},
	});
}

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	async (error: unknown) => {
		// The store's errors are the user's to fix too; their module is loaded by now if one was thrown.
		const [{LockError}, {StateFileError}] = await Promise.all([import('./store/lock.js'), import('./store/state-file.js')]);
		if (error instanceof UsageProblem || error instanceof LockError || error instanceof StateFileError) process.stderr.write(`${error.message}\n`);
		else process.stderr.write(`hasmit: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = error instanceof UsageProblem ? 2 : 1;
	},
);
