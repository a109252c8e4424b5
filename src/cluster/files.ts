/**
 * Files on a node. Logs and scripts are stored as text; /etc/inittab and
 * /etc/filesystems are drawn from the model, so what `cat` shows is always
 * what the node would act on.
 */
import type {ClusterState, NodeState} from './state.js';

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
		[`${mountPoint}:`, `\tdev\t\t= ${fs.dev}`, `\tvfs\t\t= ${fs.vfs}`, `\tlog\t\t= ${fs.log}`, `\tmount\t\t= ${fs.mount}`, ...(fs.options ? [`\toptions\t\t= ${fs.options}`] : []), `\taccount\t\t= ${fs.account}`, ''].join('\n'),
	);
	return `* /etc/filesystems\n*\n${stanzas.join('\n')}`;
}

/** The text of a file on a node, or undefined when there is no such file. */
export function readFile(state: ClusterState, nodeName: string, path: string): string | undefined {
	const node = state.nodes[nodeName];
	if (!node) return undefined;
	if (path === '/etc/inittab') return node.inittab.map(l => `${l}\n`).join('');
	if (path === '/etc/filesystems') return renderFilesystems(node);
	return node.files[path];
}
