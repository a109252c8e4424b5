/**
 * The AIX commands an administrator types without thinking: uname and
 * oslevel (which AIX this node runs), df (the file systems mounted now, from
 * the node's mount table and the sizes in the VGDA), and the pagers more and
 * pg, which in this shell write their files as they do into a pipe.
 */
import {CommandError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {logicalVolumeOn} from '../cluster/lvm.js';
import {filesOn} from '../cluster/file-list.js';
import {currentView} from '../cluster/view.js';
import {AIX_LEVEL, aixLevel, machineId, osLevel} from './aix-level.js';
import {noSuchPath} from './aix-messages.js';
import {inputs} from './text-utils.js';

const uname = defineCommand({
	name: 'uname',
	dirs: ['/usr/bin'],
	summary: 'Shows the name of the operating system, the node name, the release, the version and the machine ID.',
	synopsis: '[-a | -x | -SName | -TName] [-F] [-l] [-L] [-m] [-M] [-n] [-p] [-r] [-s] [-u] [-v]',
	readOnly: true,
	flags: {
		a: {help: 'everything -m, -n, -r, -s and -v show, on one line'},
		m: {help: 'the machine ID'},
		M: {help: 'the system model'},
		n: {help: 'the node name'},
		p: {help: 'the processor architecture'},
		r: {help: 'the release of the operating system'},
		s: {help: 'the name of the operating system (the default)'},
		v: {help: 'the version of the operating system'},
		x: {help: 'the -a line with the LAN network number and the 32-bit machine ID', notSimulated: true},
		F: {help: 'a system identification string', notSimulated: true},
		l: {help: 'the LAN network number', notSimulated: true},
		L: {help: 'the LPAR number and name', notSimulated: true},
		u: {help: 'the system ID', notSimulated: true},
		S: {arg: 'Name', help: 'sets the node name', notSimulated: true},
		T: {arg: 'Name', help: 'sets the node name (until restart)', notSimulated: true},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const {version, release} = aixLevel(ctx.state, ctx.node);
		// AIX prints the parts asked for in this order, whatever the order of the flags.
		const parts: Array<[boolean, string]> = [
			[opts.a || opts.s, 'AIX'],
			[opts.a || opts.n, ctx.node],
			[opts.a || opts.r, release],
			[opts.a || opts.v, version],
			[opts.a || opts.m, machineId(ctx.state, ctx.node)],
			[opts.p, 'powerpc'],
			[opts.M, AIX_LEVEL.model],
		];
		const shown = parts.filter(([asked]) => asked).map(([, value]) => value);
		ctx.print(shown.length > 0 ? shown.join(' ') : 'AIX');
	},
});

const oslevel = defineCommand({
	name: 'oslevel',
	dirs: ['/usr/bin'],
	summary: 'Shows the level of the operating system: its base level, or with -r its recommended maintenance level.',
	synopsis: '[-l Level | -g Level | -q] [-r]',
	readOnly: true,
	flags: {
		r: {help: 'the highest recommended maintenance level reached (5200-03)'},
		q: {help: 'lists the levels known to oslevel', notSimulated: true},
		l: {arg: 'Level', help: 'lists the filesets below a level', notSimulated: true},
		g: {arg: 'Level', help: 'lists the filesets above a level', notSimulated: true},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const level = osLevel(ctx.state, ctx.node);
		ctx.print(opts.r ? level.maintenance : level.base);
	},
});

/** What more and pg write when their output is not a terminal: the files, more heading each when there are several. */
function page(ctx: CommandContext, files: readonly string[], headed: boolean): void {
	const texts = inputs(ctx, files);
	for (const {name, text} of texts) {
		if (headed && texts.length > 1) ctx.print(`::::::::::::::\n${name}\n::::::::::::::`);
		ctx.write(text);
	}
}

const PAGED = {count: [0, Infinity], list: [{name: 'File...', help: 'files on this node to show; standard input when none is named'}]} as const;

const more = defineCommand({
	name: 'more',
	dirs: ['/usr/bin'],
	summary: 'Shows files a screen at a time (in this shell, as into a pipe: the whole text).',
	synopsis: '[-c] [-d] [-e] [-H] [-i] [-l] [-N] [-s] [-u] [-v] [-z] [-n Number] [-p Subcommand] [-t Tagstring] [-W Option] [-x Tabs] [File...]',
	readOnly: true,
	flags: {
		c: {help: 'redraws the screen from the top instead of scrolling'},
		d: {help: 'prompts with the keys to press'},
		e: {help: 'ends after the last line of the last file'},
		H: {help: 'does not highlight search matches'},
		i: {help: 'searches without regard to case'},
		l: {help: 'does not stop at form feeds'},
		N: {help: 'does not number lines'},
		s: {help: 'shows several empty lines as one', notSimulated: true},
		u: {help: 'does not show underlining'},
		v: {help: 'does not show non-printing characters visibly'},
		z: {help: 'shows backspaces as they are'},
		n: {arg: 'Number', help: 'lines per screen'},
		p: {arg: 'Subcommand', help: 'runs a subcommand first (+/pattern)', notSimulated: true},
		t: {arg: 'Tagstring', help: 'shows the file holding a tag', notSimulated: true},
		W: {arg: 'Option', help: 'notail or repaint', notSimulated: true},
		x: {arg: 'Tabs', help: 'tab stops every Tabs columns'},
	},
	operands: PAGED,
	run(ctx, {args}) {
		page(ctx, args, true);
	},
});

const pg = defineCommand({
	name: 'pg',
	dirs: ['/usr/bin'],
	summary: 'Shows files a page at a time (in this shell, as into a pipe: the whole text).',
	synopsis: '[-Number] [-c] [-e] [-f] [-n] [-p String] [-s] [+LineNumber | +/Pattern/] [File...]',
	readOnly: true,
	flags: {
		c: {help: 'clears the screen before each page'},
		e: {help: 'does not pause at the end of each file'},
		f: {help: 'does not split long lines'},
		n: {help: 'takes a command without waiting for Enter'},
		p: {arg: 'String', help: 'the prompt (":" by default; %d is the page number)'},
		s: {help: 'highlights messages and prompts'},
	},
	operands: PAGED,
	// The old -Number (lines per page) and +LineNumber forms set only what a terminal would show.
	rewrite: argv => argv.filter(arg => !/^[-+]\d+$/.test(arg)),
	run(ctx, {args}) {
		page(ctx, args, false);
	},
});

/** Used blocks and i-nodes of the base operating system's file systems, as on a freshly installed AIX 5.2 node. */
const ROOTVG_USAGE: Record<string, {used: number; inodes: number}> = {
	'/': {used: 0.42, inodes: 1634},
	'/usr': {used: 0.71, inodes: 27519},
	'/var': {used: 0, inodes: 489},
	'/tmp': {used: 0.06, inodes: 86},
	'/home': {used: 0.03, inodes: 47},
	'/opt': {used: 0.12, inodes: 302},
};
/** A file system HACMP holds: its journal and directories only, until the application writes to it. */
const FRESH = {used: 0.04, inodes: 17};

/** The size columns: header (its width too) and 512-byte blocks per unit. */
const UNITS = {b: {header: '512-blocks', blocks: 1}, k: {header: '1024-blocks', blocks: 2}, m: {header: 'MB blocks', blocks: 2048}} as const;

const df = defineCommand({
	name: 'df',
	dirs: ['/usr/bin'],
	summary: 'Reports the space used and free on the mounted file systems.',
	synopsis: '[ [-P] | [-I | -M | -i | -t | -v] ] [-k] [-m] [-g] [-s] [FileSystem ... | File ...]',
	readOnly: true,
	flags: {
		k: {help: 'sizes in 1024-byte blocks'},
		m: {help: 'sizes in megabytes'},
		g: {help: 'sizes in gigabytes', notSimulated: true},
		I: {help: 'used and free blocks instead of i-nodes', notSimulated: true},
		M: {help: 'the mount point in the second column', notSimulated: true},
		P: {help: 'the POSIX portable format', notSimulated: true},
		i: {help: 'i-nodes used and free', notSimulated: true},
		s: {help: 'does not sync before reporting (no effect in the simulation)'},
		t: {help: 'totals as well', notSimulated: true},
		v: {help: 'every column', notSimulated: true},
	},
	operands: {
		count: [0, Infinity],
		list: [{name: 'FileSystem ... | File ...', help: 'the file systems to report, or those holding the files; all when none is named'}],
	},
	run(ctx, {opts, args}) {
		// Read outside the transaction's proxy: a big node mounts hundreds of file systems.
		const state = currentView(ctx.state);
		const node = state.nodes[ctx.node]!;
		const unit = UNITS[opts.m ? 'm' : opts.k ? 'k' : 'b'];
		const mounts = Object.entries(node.lvm.mounts);
		// A file reports the file system holding it: the mount point that is the longest prefix of its path.
		const holding = (path: string) =>
			filesOn(state, ctx.node).has(path.length > 1 ? path.replace(/\/+$/, '') : path) || Object.hasOwn(node.lvm.mounts, path)
				? mounts
						.filter(([at, m]) => m.dev === path || at === path || path.startsWith(at === '/' ? '/' : `${at}/`))
						.sort(([a], [b]) => b.length - a.length)[0]
				: undefined;
		const chosen: Array<[string, (typeof mounts)[number][1] | undefined]> =
			args.length === 0 ? mounts : args.map(path => holding(path) ?? [path, undefined]);
		const missing = chosen.filter(([, m]) => m === undefined).map(([path]) => path);
		const column = (value: string, width: number) => value.padStart(width);
		ctx.print(`Filesystem    ${unit.header}      Free %Used    Iused %Iused Mounted on`);
		const proc = () =>
			ctx.print(
				`${'/proc'.padEnd(13)} ${column('-', unit.header.length)} ${column('-', 9)} ${column('-', 5)} ${column('-', 8)} ${column('-', 6)}  /proc`,
			);
		// /proc is mounted at boot right after /home: df lists it there when it lists everything.
		const procAfter = args.length === 0 ? (mounts.some(([at]) => at === '/home') ? '/home' : mounts.at(-1)?.[0]) : undefined;
		for (const [at, mount] of chosen) {
			if (!mount) continue;
			const lv = mount.dev.replace(/^\/dev\//, '');
			const size = logicalVolumeOn(state, ctx.node, lv)?.vg.filesystems[at]?.sizeBlocks ?? 0;
			const usage = ROOTVG_USAGE[at] ?? FRESH;
			// /var's free space is the model's: HACMP's logs and clverify need it.
			const free = at === '/var' ? Math.min(size, node.varFreeMb * 2048) : Math.round(size * (1 - usage.used));
			const inodes = Math.max(1, Math.floor(size / 16));
			const blocks = (n: number) => (opts.m ? (n / unit.blocks).toFixed(2) : String(Math.round(n / unit.blocks)));
			const used = `${size ? Math.round((100 * (size - free)) / size) : 0}%`;
			ctx.print(
				`${mount.dev.padEnd(13)} ${column(blocks(size), unit.header.length)} ${column(blocks(free), 9)} ${column(used, 5)} ` +
					`${column(String(usage.inodes), 8)} ${column(`${Math.ceil((100 * usage.inodes) / inodes)}%`, 6)} ${at}`,
			);
			if (at === procAfter) proc();
		}
		for (const path of missing) ctx.error(noSuchPath(ctx.name, path));
		if (missing.length > 0) throw new CommandError('', 1);
	},
});

export const aixSystemCommands = [...uname, ...oslevel, ...more, ...pg, ...df];
