/**
 * man: the manual page of any command the simulated nodes know, written from
 * its declaration (src/command/manual.ts), so a learner can ask what a
 * command and each of its flags does from the F9 shell, `hasmit shell` or
 * `hasmit exec`.
 */
import {defineCommand} from '../command/define.js';
import {manPage, translatedCommand, type ManualCatalogue} from '../command/manual.js';
import type {Command} from '../command/registry.js';
import {languageOf, type Language} from '../command/language.js';
import {noManualEntry} from './learning-messages.js';
import MANUAL_ZH from './manual-zh.json' with {type: 'json'};

/**
 * The declared help in Simplified Chinese, keyed by each English line (a gettext-like catalogue): the declarations
 * stay English, the one text the commands' Usage and errors use, and a line two commands share is translated once.
 */
export const MANUAL_CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, ManualCatalogue>> = {zh: MANUAL_ZH};

/** The command as a reader of `language` sees its help. */
export const commandIn = (command: Command, language: Language): Command =>
	language === 'en' ? command : translatedCommand(command, MANUAL_CATALOGUES[language]);

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
			// The page is in the session's locale (LANG, LC_MESSAGES, LC_ALL), as AIX's man takes it.
			const language = languageOf(ctx.env);
			if (command) ctx.write(manPage(commandIn(command, language), language));
			else {
				ctx.error(noManualEntry(title));
				code = 1;
			}
		}
		return code;
	},
});
