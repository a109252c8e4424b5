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
 * VxVM's commands take options on either side of their keyword (`vxdg -f adddisk -g dg disk`): move those after
 * it in front, for getopt. `valued` are the letters whose option takes a value.
 */
export function optionsAroundKeyword(valued: string): (argv: readonly string[]) => readonly string[] {
	return argv => {
		const options: string[] = [];
		let keyword: string | undefined;
		let i = 0;
		for (; i < argv.length; i++) {
			const word = argv[i]!;
			if (word.startsWith('-') && word.length > 1) {
				options.push(word);
				if (word.length === 2 && valued.includes(word[1]!) && i + 1 < argv.length) options.push(argv[++i]!);
			} else if (keyword === undefined) keyword = word;
			else break;
		}
		return [...options, ...(keyword === undefined ? [] : [keyword]), ...argv.slice(i)];
	};
}
