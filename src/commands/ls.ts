/**
 * ls over a node's simulated files: enough of AIX's ls for the study
 * guide's checks, such as the major number `ls -l /dev/datavg` shows.
 */
import {CommandError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {MONTHS} from '../cluster/clock.js';
import {type FileEntry, filesOn} from '../cluster/file-list.js';

/** The size column: bytes, or `major, minor` for a device. */
const sizeColumn = (size: FileEntry['size']) =>
	typeof size === 'number' ? String(size).padStart(8) : `${String(size[0]).padStart(4)},${String(size[1]).padStart(3)}`;

function longLine(entry: FileEntry, name: string, ms: number): string {
	const d = new Date(ms);
	const when = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 16)}`;
	const links = String(entry.type === 'd' ? 2 : 1).padStart(4);
	return `${entry.type}${entry.mode}${links} ${entry.owner.padEnd(8)} ${entry.group.padEnd(8)} ${sizeColumn(entry.size)} ${when} ${name}`;
}

const ls = defineCommand({
	name: 'ls',
	dirs: ['/usr/bin'],
	summary: 'Lists files and the contents of directories.',
	synopsis: '[-a] [-d] [-l] [File...]',
	readOnly: true,
	flags: {
		a: {help: 'lists every entry, those whose names begin with a dot (.) too'},
		d: {help: 'lists a directory itself, not its contents'},
		l: {help: 'long listing: mode, links, owner, group, size (major and minor for a device), date and name'},
	},
	operands: {count: [0, Infinity], list: [{name: 'File...', help: 'files and directories to list; the current directory (/) when none'}]},
	run(ctx, {opts, args}) {
		const entries = filesOn(ctx.state, ctx.node);
		const line = (entry: FileEntry, name: string) => (opts.l ? longLine(entry, name, ctx.state.clock) : name);
		const named = args.length === 0 ? ['/'] : args;
		const found = named.filter(path => {
			if (entries.has(path.length > 1 ? path.replace(/\/+$/, '') : path)) return true;
			ctx.error(`ls: 0653-341 The file ${path} does not exist.`);
			return false;
		});
		const entryOf = (path: string) => entries.get(path.length > 1 ? path.replace(/\/+$/, '') : path)!;
		const listed = (path: string) => entryOf(path).type === 'd' && !opts.d;
		for (const path of found.filter(p => !listed(p)).sort()) ctx.print(line(entryOf(path), path));
		const dirs = found.filter(listed).sort();
		dirs.forEach((dir, i) => {
			const base = dir.length > 1 ? `${dir.replace(/\/+$/, '')}/` : '/';
			const children = [...entries]
				.filter(([path]) => path.startsWith(base) && path !== base && !path.slice(base.length).includes('/'))
				.map(([path, entry]): [string, FileEntry] => [path.slice(base.length), entry])
				.filter(([name]) => opts.a || !name.startsWith('.'));
			const shown = [
				...(opts.a
					? ([
							['.', entryOf(dir)],
							['..', entryOf(dir)],
						] as [string, FileEntry][])
					: []),
				...children.sort(([a], [b]) => (a < b ? -1 : 1)),
			];
			if (found.length > 1) ctx.print(`${i > 0 || found.length > dirs.length ? '\n' : ''}${dir}:`);
			if (opts.l) ctx.print(`total ${shown.reduce((sum, [, e]) => sum + (typeof e.size === 'number' ? Math.ceil(e.size / 4096) * 4 : 0), 0)}`);
			for (const [name, entry] of shown) ctx.print(line(entry, name));
		});
		if (found.length < named.length) throw new CommandError('', 2);
	},
});

export const fileCommands = [ls].flat();
