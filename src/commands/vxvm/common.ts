/** What every VxVM command starts from: the cluster's VxVM (absent where it is not installed: the command is not found). */
import {refuse} from '../../cluster/errors.js';
import {notInstalled} from '../../cluster/vxvm/messages.js';
import type {VxvmState} from '../../cluster/vxvm/types.js';
import type {CommandContext} from '../../command/registry.js';

export const VXVM_BIN = '/usr/sbin';

export function vxvmFor(ctx: CommandContext): VxvmState {
	const vx = ctx.state.vxvm;
	if (!vx?.nodes[ctx.node]) refuse(notInstalled(ctx.name), 127);
	return vx;
}

/** `name=value` operands (vxassist, vxvol, vxedit, vxdg set), in order. */
export function attributes(words: readonly string[]): Array<[string, string]> {
	return words.map(word => {
		const at = word.indexOf('=');
		return at < 0 ? [word, ''] : [word.slice(0, at), word.slice(at + 1)];
	});
}

export const printAll = (ctx: CommandContext, lines: readonly string[]) => {
	for (const line of lines) ctx.print(line);
};

/**
 * VxVM's commands take options anywhere (`vxdg -f adddisk -g dg disk`, SMIT's `vxdg set -g dg activation=sw`): move
 * them in front, for getopt, the other words keeping their order. `valued` are the letters whose option takes a value.
 */
export function optionsAnywhere(valued: string): (argv: readonly string[]) => readonly string[] {
	return argv => {
		const options: string[] = [];
		const words: string[] = [];
		for (let i = 0; i < argv.length; i++) {
			const word = argv[i]!;
			if (!word.startsWith('-') || word.length < 2) words.push(word);
			else {
				options.push(word);
				if (word.length === 2 && valued.includes(word[1]!) && i + 1 < argv.length) options.push(argv[++i]!);
			}
		}
		return [...options, ...words];
	};
}
