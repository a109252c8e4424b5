/**
 * lslpp -h: each fileset's installation history. The base level was
 * committed when the node was installed; installp records every apply,
 * commit and reject since in the software vital product data's history
 * (kept here as lines `fileset:level:ACTION:time` in its file).
 */
import type {CommandContext} from '../command/registry.js';
import type {ClusterState} from '../cluster/state.js';
import {appendFile} from '../cluster/files.js';

const HISTORY = '/usr/lib/objrepos/history';
/** When the base filesets were installed (the nodes' installation, before any scenario starts). */
const INSTALLED = Date.UTC(2004, 6, 14, 10, 12, 33);
/** The filesets with a root part, whose history /etc/objrepos keeps as well. */
const ROOT_PARTS = new Set(['bos.rte', 'cluster.es.server.rte']);

export function recordHistory(state: ClusterState, node: string, rows: ReadonlyArray<{fileset: string; level: string}>, action: string): void {
	for (const {fileset, level} of rows) appendFile(state.nodes[node]!, HISTORY, `${fileset}:${level}:${action.toUpperCase()}:${state.clock}\n`);
}

const two = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
	const d = new Date(ms);
	return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCFullYear() % 100)}     ${d.toISOString().slice(11, 19)}`;
}

export function printHistory(ctx: CommandContext, filesets: readonly string[]): void {
	const node = ctx.state.nodes[ctx.node]!;
	const recorded = (node.files[HISTORY] ?? '')
		.split('\n')
		.filter(Boolean)
		.map(line => line.split(':') as [string, string, string, string]);
	const entry = (level: string, action: string, at: number) =>
		`                 ${level.padEnd(10)}${action.padEnd(13)}${'COMPLETE'.padEnd(13)}${stamp(at)}    `;
	const block = (path: string, chosen: readonly string[]) => {
		ctx.print(`Path: ${path}`);
		for (const fileset of chosen) {
			const updates = recorded.filter(([f]) => f === fileset);
			// Installed at its level unless updated since: then at the update's base level (V.R.M.0).
			const base = updates.length > 0 ? `${updates[0]![1].split('.').slice(0, 3).join('.')}.0` : node.filesets[fileset]!;
			ctx.print(`  ${fileset}`);
			ctx.print(entry(base, 'COMMIT', INSTALLED));
			for (const [, level, action, at] of updates) ctx.print(entry(level, action, Number(at)));
		}
	};
	ctx.print(`  ${'Fileset'.padEnd(16)}${'Level'.padEnd(10)}${'Action'.padEnd(13)}${'Status'.padEnd(13)}${'Date'.padEnd(13)}${'Time'.padEnd(12)}`);
	ctx.print(`  ${'-'.repeat(76)}`);
	block('/usr/lib/objrepos', filesets);
	const root = filesets.filter(f => ROOT_PARTS.has(f));
	if (root.length > 0) {
		ctx.print('');
		block('/etc/objrepos', root);
	}
}
