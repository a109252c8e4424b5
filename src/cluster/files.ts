/**
 * Files on a node. Logs and scripts are stored as text; /etc/inittab and
 * /etc/filesystems are drawn from the model (and writing /etc/filesystems
 * changes the model), so what `cat` shows is always what the node acts on.
 */
import type {ClusterState, NodeState} from './state.js';
import type {FilesystemsEntry} from './lvm.js';
import type {DeepReadonly} from './readonly.js';

export const HACMP_OUT = '/tmp/hacmp.out';
export const CLUSTER_LOG = '/var/adm/cluster.log';
export const CSPOC_LOG = '/tmp/cspoc.log';
export const CM_LOG = '/tmp/cm.log';
export const EMUHACMP_OUT = '/tmp/emuhacmp.out';
export const CLVERIFY_LOG = '/var/hacmp/clverify/clverify.log';
export const RHOSTS = '/usr/es/sbin/cluster/etc/rhosts';
export const CLHOSTS = '/usr/es/sbin/cluster/etc/clhosts';

export function appendFile(node: NodeState, path: string, text: string): void {
	node.files[path] = (node.files[path] ?? '') + text;
}

function renderFilesystems(node: NodeState): string {
	const stanzas = Object.entries(node.lvm.filesystems).map(([mountPoint, fs]) =>
		[
			`${mountPoint}:`,
			`\tdev\t\t= ${fs.dev}`,
			`\tvfs\t\t= ${fs.vfs}`,
			`\tlog\t\t= ${fs.log}`,
			`\tmount\t\t= ${fs.mount}`,
			...(fs.options ? [`\toptions\t\t= ${fs.options}`] : []),
			`\taccount\t\t= ${fs.account}`,
			'',
		].join('\n'),
	);
	return `* /etc/filesystems\n*\n${stanzas.join('\n')}`;
}

/** Stanzas of /etc/filesystems text: `name:` then indented `attribute = value` lines; `*` starts a comment. */
function parseFilesystems(text: string): Record<string, FilesystemsEntry> {
	// Stanza names and attributes are whatever the file says: maps without a prototype keep them all as keys.
	const entries: Record<string, FilesystemsEntry> = Object.create(null);
	let name: string | undefined;
	let attrs: Record<string, string> = Object.create(null);
	const flush = () => {
		// Only journaled file systems are modelled; other stanzas (nfs, procfs) are not kept.
		if (name && attrs.dev && (attrs.vfs === 'jfs' || attrs.vfs === 'jfs2')) {
			const mount = attrs.mount === 'true' || attrs.mount === 'automatic' ? attrs.mount : 'false';
			entries[name] = {
				dev: attrs.dev,
				vfs: attrs.vfs,
				log: attrs.log ?? '',
				mount,
				options: attrs.options ?? '',
				account: attrs.account === 'true' ? 'true' : 'false',
			};
		}
		attrs = Object.create(null);
	};
	for (const line of text.split('\n')) {
		if (line.startsWith('*') || line.trim() === '') continue;
		const header = /^(\S+):\s*$/.exec(line);
		const attr = /^\s+(\w+)\s*=\s*(.*?)\s*$/.exec(line);
		if (header) {
			flush();
			name = header[1];
		} else if (attr) attrs[attr[1]!] = attr[2]!;
	}
	flush();
	return entries;
}

/**
 * Write (or append to) a file on a node. /etc/inittab and /etc/filesystems
 * are part of the model, so what is written there becomes the node's entries
 * and stanzas, as an administrator editing them by hand expects.
 */
export function writeFile(node: NodeState, path: string, text: string, append: boolean): void {
	if (path === '/etc/inittab') {
		const lines = text.split('\n').filter(line => line !== '');
		node.inittab = append ? [...node.inittab, ...lines] : lines;
		return;
	}
	if (path === '/etc/filesystems') {
		const stanzas = parseFilesystems(text);
		node.lvm.filesystems = append ? {...node.lvm.filesystems, ...stanzas} : stanzas;
		return;
	}
	node.files[path] = (append ? (node.files[path] ?? '') : '') + text;
}

type Draw = (state: DeepReadonly<ClusterState>, node: string) => string | undefined;

/** Files a domain draws from its model (the account files), by path; `exists` answers without drawing the text. */
const drawn = new Map<string, {render: Draw; exists?: (state: DeepReadonly<ClusterState>, node: string) => boolean}>();

/**
 * Let `cat` and `grep` read a file drawn from the model (undefined: not there); the domain's module registers it when
 * loaded. `exists`, when cheaper than drawing, tells `ls` and file name patterns whether the file is there.
 */
export function drawFile(path: string, render: Draw, exists?: (state: DeepReadonly<ClusterState>, node: string) => boolean): void {
	drawn.set(path, {render, ...(exists && {exists})});
}

/** Whether a file is on a node, drawing it only when its domain cannot say more cheaply. */
export function fileExists(state: ClusterState, nodeName: string, path: string): boolean {
	const node = state.nodes[nodeName];
	if (!node) return false;
	const draw = drawn.get(path);
	if (draw?.exists?.(state, nodeName) || path in node.files) return true;
	if (path === '/etc/inittab' || path === '/etc/filesystems') return true;
	return draw !== undefined && !draw.exists && draw.render(state, nodeName) !== undefined;
}

/** Paths of the files domains draw from their model. */
export const drawnPaths = (): string[] => [...drawn.keys()];

/** The text of a file on a node, or undefined when there is no such file. */
export function readFile(state: ClusterState, nodeName: string, path: string): string | undefined {
	const node = state.nodes[nodeName];
	if (!node) return undefined;
	const text = drawn.get(path)?.render(state, nodeName);
	if (text !== undefined) return text;
	if (path === '/etc/inittab') return node.inittab.map(l => `${l}\n`).join('');
	if (path === '/etc/filesystems') return renderFilesystems(node);
	return node.files[path];
}
