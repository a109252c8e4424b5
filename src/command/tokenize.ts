/**
 * The shell's lexer: POSIX quoting (single quotes, double quotes, backslash),
 * comments, and the few operators the simulated shell understands.
 * It expands nothing itself: `$` and backquotes are plain characters, so
 * whatever a SMIT dialog quoted arrives in the command exactly as typed. A word
 * with an unquoted `*`, `?` or `[` carries its pattern (glob.ts expands it).
 */

export type Operator = '|' | '||' | '&&' | ';' | '&' | '>' | '>>' | '<';

/** `pattern`: the word as a file name pattern, its quoted characters escaped with `\`; only when it has an unquoted `*`, `?` or `[`. */
export type Token = {kind: 'word'; value: string; pattern?: string} | {kind: 'op'; op: Operator};

const GLOB = /[*?[]/;
/** A quoted character is literal in a pattern. */
const literal = (c: string) => (GLOB.test(c) || c === '\\' ? `\\${c}` : c);

export class ShellSyntaxError extends Error {}

/** ksh's syntax error: `0403-057 Syntax error at line 1 : PROBLEM`. */
export const syntaxError = (problem: string) => new ShellSyntaxError(`0403-057 Syntax error at line 1 : ${problem}`);

const OPERATORS: Operator[] = ['||', '&&', '>>', '|', ';', '&', '>', '<'];
const BLANK = /[ \t\r\n]/;

/** Split a command line into words and operators. */
export function tokenize(line: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	let word: string | undefined;
	let pattern = '';
	let globbed = false;
	const endWord = () => {
		if (word !== undefined) tokens.push(globbed ? {kind: 'word', value: word, pattern} : {kind: 'word', value: word});
		word = undefined;
		pattern = '';
		globbed = false;
	};

	while (i < line.length) {
		const c = line[i]!;
		if (BLANK.test(c)) {
			endWord();
			i++;
			continue;
		}
		if (c === '#' && word === undefined) break; // comment to end of line
		const op = OPERATORS.find(o => line.startsWith(o, i));
		if (op) {
			endWord();
			tokens.push({kind: 'op', op});
			i += op.length;
			continue;
		}
		word ??= '';
		if (c === '\\') {
			if (i + 1 < line.length) {
				if (line[i + 1] !== '\n') {
					word += line[i + 1];
					pattern += literal(line[i + 1]!);
				}
				i += 2;
			} else i++;
			continue;
		}
		if (c === "'") {
			const end = line.indexOf("'", i + 1);
			if (end < 0) throw syntaxError("`'' is not matched.");
			word += line.slice(i + 1, end);
			pattern += [...line.slice(i + 1, end)].map(literal).join('');
			i = end + 1;
			continue;
		}
		if (c === '"') {
			i++;
			for (;;) {
				if (i >= line.length) throw syntaxError('`"\' is not matched.');
				const d = line[i]!;
				if (d === '"') break;
				if (d === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
					if (line[i + 1] !== '\n') {
						word += line[i + 1];
						pattern += literal(line[i + 1]!);
					}
					i += 2;
					continue;
				}
				word += d;
				pattern += literal(d);
				i++;
			}
			i++;
			continue;
		}
		word += c;
		pattern += c;
		if (GLOB.test(c)) globbed = true;
		i++;
	}
	endWord();
	return tokens;
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quote a value the way SMIT appends it: always in single quotes. */
/** The words of a value that holds a command line's worth of options (`-cspoc "-n a,b"`); undefined when its quotes do not match. */
export function wordsOf(value: string): string[] | undefined {
	try {
		return tokenize(value).map(t => (t.kind === 'word' ? t.value : t.op));
	} catch (error) {
		if (error instanceof ShellSyntaxError) return undefined;
		throw error;
	}
}

export function quoteAlways(value: string): string {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Quote a value only when the shell would otherwise change it. */
export function quote(value: string): string {
	return SAFE.test(value) ? value : quoteAlways(value);
}

/** Join words into a line that tokenizes back to the same words. */
export function joinWords(words: readonly string[]): string {
	return words.map(quote).join(' ');
}
