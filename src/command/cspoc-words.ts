/**
 * SMIT's C-SPOC dialogs write `-cspoc-n 'a,b'`, `-cspoc-g rg` and `-cspoc-f`;
 * fix_args gives the command one `-cspoc "-n a,b"` option instead. One rule,
 * for fix_args running the command and for the F6 explanation reading it.
 */
export interface CspocWords {
	/** The options gathered for `-cspoc` (`-n a,b`, `-f`). */
	readonly cspoc: readonly string[];
	/** Every other word, in order. */
	readonly args: readonly string[];
	/** A `-cspoc-n` or `-cspoc-g` with no value after it. */
	readonly missing?: string;
}

export function cspocWords(words: readonly string[]): CspocWords {
	const cspoc: string[] = [];
	const args: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const match = /^-cspoc-([ngf])$/.exec(word);
		if (!match) args.push(word);
		else if (match[1] === 'f') cspoc.push('-f');
		else {
			const value = words[++i];
			if (value === undefined) return {cspoc, args, missing: word};
			cspoc.push(`-${match[1]} ${value}`);
		}
	}
	return {cspoc, args};
}

/** The argv fix_args runs: the command, its `-cspoc` option when there is one, its other words. */
export const cspocArgv = (command: string, {cspoc, args}: CspocWords): string[] =>
	cspoc.length > 0 ? [command, '-cspoc', cspoc.join(' '), ...args] : [command, ...args];
