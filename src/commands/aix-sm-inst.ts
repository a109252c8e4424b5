/**
 * sm_inst: what SMIT's software screens run (smit.script shows
 * `/usr/lib/instl/sm_inst installp_cmd -a -Q -d '/dev/cd0' -f '_all_latest' '-c' '-N' '-g' '-X' '-G'`).
 * It turns the screen's choices into one installp line: the software list
 * (`_all_latest`, `_update_all`, or names as SMIT's list writes them), and
 * the flags installp takes.
 */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {softwareListNeeded} from './aix-messages.js';

/** SMIT's software words for "everything on the device". */
const EVERYTHING = new Set(['_all_latest', '_update_all', '_all_filesets', 'all', 'ALL']);

/** `-f` as SMIT writes it: comma separated, each choice a list line whose first word is the fileset. */
function software(list: string): string[] {
	const names = list
		.split(',')
		.map(choice => choice.trim().split(/\s+/)[0]!)
		.filter(Boolean);
	return names.some(name => EVERYTHING.has(name)) ? ['all'] : names;
}

const smInst = defineCommand({
	name: 'sm_inst',
	dirs: ['/usr/lib/instl'],
	summary: "Runs installp with the choices of SMIT's software installation and maintenance screens.",
	synopsis: 'installp_cmd {-a | -c | -r} [-Q] [-d Device] -f Software [-c] [-N] [-g] [-X] [-G] [-S] [-Y]',
	flags: {
		a: {help: 'applies (installs or updates) the software'},
		c: {help: 'commits: alone, the applied updates chosen; with -a, what is applied, at once'},
		r: {help: 'rejects applied updates: back to the level before them'},
		Q: {help: "SMIT's quiet mode for the list of what will be done (no effect in the simulation)"},
		d: {arg: 'Device', help: 'the device or directory that holds the installation images'},
		f: {arg: 'Software', help: '_all_latest, _update_all, all, or filesets separated by commas'},
		N: {help: 'does not save the replaced files (with -c)'},
		g: {help: 'takes the requisites automatically'},
		X: {help: 'extends file systems when space is needed'},
		G: {help: 'includes the language filesets that go with the software (none here)'},
		S: {help: 'does not ask for further volumes (the images are in a directory here)'},
		Y: {help: 'agrees to the license agreements'},
		p: {help: 'preview only: checks, installs nothing', notSimulated: true},
		F: {help: 'overwrites the same or newer versions', notSimulated: true},
		v: {help: 'verifies the installed files and their sizes', notSimulated: true},
		V: {arg: 'Level', help: 'detailed output', notSimulated: true},
		E: {help: 'shows the new license agreements', notSimulated: true},
		b: {arg: 'Bundle', help: 'installs a software bundle', notSimulated: true},
	},
	operands: {count: 1, list: [{name: 'installp_cmd', help: 'the action SMIT asks for (installp_cmd: run installp)'}]},
	// The action comes first and the flags after it: read the flags, then the action.
	rewrite: argv => (argv[0] === 'installp_cmd' ? [...argv.slice(1), 'installp_cmd'] : argv),
	run(ctx, {opts, args}) {
		if (args[0] !== 'installp_cmd') throw new UsageError('');
		if (opts.f === undefined) throw new UsageError(softwareListNeeded());
		const action = opts.a ? ['-a', ...(opts.c ? ['-c'] : [])] : opts.r ? ['-r'] : opts.c ? ['-c'] : [];
		if (action.length === 0) throw new UsageError('');
		const flags = [
			...action,
			...(opts.d === undefined ? [] : ['-d', opts.d]),
			...(['N', 'g', 'X', 'Y'] as const).filter(flag => opts[flag]).map(flag => `-${flag}`),
		];
		return ctx.exec(['/usr/sbin/installp', ...flags, ...software(opts.f)]);
	},
});

export const smInstCommands = [...smInst];
