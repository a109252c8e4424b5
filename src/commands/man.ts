/**
 * man: the manual page of any command the simulated nodes know, written from
 * its declaration (src/command/manual.ts), so a learner can ask what a
 * command and each of its flags does from the F9 shell, `hasmit shell` or
 * `hasmit exec`.
 */
import {defineCommand} from '../command/define.js';
import {manPage} from '../command/manual.js';
import {noManualEntry} from './learning-messages.js';

export const manCommands = defineCommand({
	name: 'man',
	dirs: ['/usr/bin'],
	summary: 'Displays the manual page of a command: its purpose, syntax, flags and parameters.',
	synopsis: '[-M Path] [Section] Title ...',
	readOnly: true,
	flags: {
		M: {arg: 'Path', help: 'search the manual pages under Path instead of /usr/share/man', notSimulated: true},
		k: {arg: 'Keyword', help: 'list the pages whose purpose contains Keyword', notSimulated: true},
	},
	operands: {
		count: [1, Number.POSITIVE_INFINITY],
		list: [
			{name: '[Section]', help: 'the section of the manual (1 for commands): accepted and ignored, every page here is a command'},
			{name: 'Title ...', help: 'the commands whose pages to display'},
		],
	},
	run(ctx, {args}) {
		let code = 0;
		for (const title of args.filter((arg, i) => !(i === 0 && args.length > 1 && /^[1-8]$/.test(arg)))) {
			const command = ctx.lookup(title);
			if (command) ctx.write(manPage(command));
			else {
				ctx.error(noManualEntry(title));
				code = 1;
			}
		}
		return code;
	},
});
