/**
 * ksh's file name generation over a node's simulated files: `*`, `?` and `[...]` (`[!...]` negated) in a word match
 * the names of each directory level (never a `/`, nor a leading `.` unless the pattern has one there); the matches
 * replace the word, sorted; a pattern that matches nothing stays as typed. The current directory is `/`.
 */
import type {DeepReadonly} from '../cluster/readonly.js';
import type {ClusterState} from '../cluster/state.js';
import {filesOn} from '../cluster/file-list.js';

/** A pattern split at its unescaped special characters: one regular expression per level. */
function levelRegExp(level: string): RegExp | undefined {
	let source = '';
	let special = false;
	for (let i = 0; i < level.length; i++) {
		const c = level[i]!;
		if (c === '\\' && i + 1 < level.length) source += regexLiteral(level[++i]!);
		else if (c === '*') {
			source += '.*';
			special = true;
		} else if (c === '?') {
			source += '.';
			special = true;
		} else if (c === '[' && level.indexOf(']', i + 2) > 0) {
			const end = level.indexOf(']', i + 2);
			const set = level.slice(i + 1, end);
			const negated = set.startsWith('!');
			source += `[${negated ? '^' : ''}${withoutEscapes(negated ? set.slice(1) : set).replace(/[\]\\^]/g, '\\$&')}]`;
			special = true;
			i = end;
		} else source += regexLiteral(c);
	}
	return special ? new RegExp(`^${source}$`, 's') : undefined;
}

const regexLiteral = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const withoutEscapes = (level: string) => level.replace(/\\(.)/g, '$1');

/** The paths `pattern` names on the node, sorted; the word itself when it names none. */
export function expandPattern(state: DeepReadonly<ClusterState>, node: string, word: string, pattern: string): string[] {
	const files = filesOn(state as ClusterState, node);
	const children = new Map<string, string[]>();
	for (const path of files.keys()) {
		if (path === '/') continue;
		const at = path.lastIndexOf('/');
		const dir = at === 0 ? '/' : path.slice(0, at);
		const names = children.get(dir);
		if (names) names.push(path.slice(at + 1));
		else children.set(dir, [path.slice(at + 1)]);
	}
	const absolute = pattern.startsWith('/');
	// Each candidate: the path as it will be printed, and the directory it is on the node.
	let found = [{shown: absolute ? '' : undefined, at: ''}] as {shown: string | undefined; at: string}[];
	for (const level of pattern.split('/').slice(absolute ? 1 : 0)) {
		const match = levelRegExp(level);
		found = found.flatMap(({shown, at}) => {
			const join = (name: string) => ({shown: shown === undefined ? name : `${shown}/${name}`, at: `${at}/${name}`});
			if (!match) return [join(withoutEscapes(level))];
			const names = children.get(at || '/') ?? [];
			return names.filter(name => match.test(name) && (!name.startsWith('.') || level.startsWith('.'))).map(join);
		});
	}
	const paths = found.filter(({at}) => files.has(at)).map(({shown}) => shown!);
	return paths.length === 0 ? [word] : paths.sort();
}
