import type {ClusterState} from '../cluster/state.js';
import {PROFILES, type Release} from '../cluster/release/index.js';
import type {CommandHelp} from './define.js';

/** What a running command sees: its arguments, its streams and a draft of the cluster. */
export interface CommandContext {
	/** argv[0] is the command as typed (a path or a bare name). */
	readonly argv: readonly string[];
	/** The command's own name (basename), for messages. */
	readonly name: string;
	readonly env: Readonly<Record<string, string>>;
	readonly stdin: string;
	/** The node the shell runs on: "local" for per-node commands. */
	readonly node: string;
	/** A draft of the cluster: change it freely, the runner commits or drops it. */
	state: ClusterState;
	/** Write to stdout; `print` adds the newline. */
	write(text: string): void;
	print(line?: string): void;
	/** Write a line to stderr. */
	error(line: string): void;
	/**
	 * Make a change now that stands even if the command then fails: what
	 * really happened before the failure, such as a log written or a
	 * corrective action completed. (It may run twice: on the draft, and again
	 * on the state the failed command leaves.)
	 */
	keepOnFailure(change: (state: ClusterState) => void): void;
	/**
	 * The user's answer to a question, when the line runs on SMIT's terminal (COMMAND STATUS hands it to the
	 * command): the answers typed so far, in turn; at a question not answered yet the line stops, undone, and runs
	 * again once the user has answered. Undefined when no terminal is attached (exec, scripts, pipes). `echo: false`:
	 * the terminal does not show what is typed (a password).
	 */
	ask(question: string, options?: {echo?: boolean}): string | undefined;
	/**
	 * Take the terminal as a full-screen program (clstat): the terminal shows what the command printed and keeps it
	 * up to date by running `program.line` again every `program.seconds` (and on `r`) until `q`. False when no
	 * terminal is attached or the output goes to a pipe or a file: the command has printed once, and that is all.
	 */
	fullScreen(program: FullScreen): boolean;
	/**
	 * Hand the terminal to a SMIT session whose commands run on `node` (Open a SMIT Session on a Node); leaving it
	 * returns to where this command ran. False when no terminal is attached.
	 */
	openSmit(node: string): boolean;
	/** Run another command inside this command's transaction, sharing its streams. */
	exec(argv: readonly string[], options?: {node?: string; env?: Record<string, string>; stdin?: string}): number;
	/** The command this shell would run for a word (what `man` documents). */
	lookup(word: string): Command | undefined;
}

/** A full-screen program's refresh: the line that redraws it and how often (see CommandContext.fullScreen). */
export interface FullScreen {
	line: string;
	seconds: number;
}

export interface Command {
	name: string;
	/** Directory it lives in on a real system; the full path also runs it. */
	dir: string;
	/** The HACMP releases that have it; absent: every release. */
	releases?: readonly Release[];
	/** Text printed after a UsageError, starting `Usage:`. */
	usage?: string;
	/** The declaration's help (defineCommand): summary, flags, operands. */
	help: CommandHelp;
	run(ctx: CommandContext): number | void;
	/** The command as each release has it, when some of its flags belong to some releases only. */
	byRelease?: Readonly<Partial<Record<Release, Command>>>;
}

/** Where HACMP's commands are declared (5.x's directory). */
const ES_DIR = '/usr/es/sbin/cluster';

export class Registry {
	private readonly byName = new Map<string, Command>();
	private readonly byPath = new Map<string, Command>();

	constructor(commands: Iterable<Command> = []) {
		for (const command of commands) this.add(command);
	}

	add(command: Command): void {
		const path = `${command.dir}/${command.name}`;
		if (this.byPath.has(path)) throw new Error(`command registered twice: ${path}`);
		this.byPath.set(path, command);
		if (!this.byName.has(command.name)) this.byName.set(command.name, command);
	}

	/** Every registered command, once per path it is found at, in registration order. */
	commands(): Command[] {
		return [...this.byPath.values()];
	}

	/**
	 * Find a command by full path, or by bare name as if every directory were on PATH. With a release, only what
	 * that release has: HACMP's commands are declared in /usr/es/sbin/cluster and found in the release's directory.
	 */
	lookup(word: string, release?: Release): Command | undefined {
		if (!release) return word.includes('/') ? this.byPath.get(word) : this.byName.get(word);
		let command: Command | undefined;
		if (!word.includes('/')) command = this.byName.get(word);
		else {
			const {clusterDir: dir, movedCommands} = PROFILES[release];
			if (dir !== ES_DIR && word.startsWith(`${ES_DIR}/`)) return undefined;
			command = this.byPath.get(movedCommands?.[word] ?? (word.startsWith(`${dir}/`) ? ES_DIR + word.slice(dir.length) : word));
		}
		if (!command || (command.releases && !command.releases.includes(release))) return undefined;
		return command.byRelease?.[release] ?? command;
	}
}
