/**
 * What `ls` sees on a node: the node's stored and drawn files, the
 * directories their paths imply, the device files of the VGs its ODM knows
 * (the VG's character device carries its major number, each LV a block and a
 * raw device) and entries other domains add (home directories).
 */
import {drawnPaths, fileExists, readFile} from './files.js';
import type {DeepReadonly} from './readonly.js';
import type {ClusterState} from './state.js';

export interface FileEntry {
	/** `-` file, `d` directory, `b` block device, `c` character device. */
	type: '-' | 'd' | 'b' | 'c';
	/** Permission bits as ls shows them, e.g. `rw-r--r--`. */
	mode: string;
	owner: string;
	group: string;
	/** Bytes, or the device's major and minor numbers. */
	size: number | readonly [number, number];
}

type State = DeepReadonly<ClusterState>;
const listers: Array<(state: State, node: string) => Iterable<[string, FileEntry]>> = [];

/** Let a domain add entries drawn from its model; the domain's module registers them when loaded. */
export function listFiles(lister: (state: State, node: string) => Iterable<[string, FileEntry]>): void {
	listers.push(lister);
}

const DIRECTORY: FileEntry = {type: 'd', mode: 'rwxr-xr-x', owner: 'root', group: 'system', size: 512};
/** A file, its size read (its text drawn) only when asked: a pattern needs names, `ls -l` sizes. */
const file = (size: () => number): FileEntry => ({
	type: '-',
	mode: 'rw-r--r--',
	owner: 'root',
	group: 'system',
	get size() {
		return size();
	},
});
const device = (type: 'b' | 'c', major: number, minor: number): FileEntry => ({
	type,
	mode: 'rw-rw----',
	owner: 'root',
	group: 'system',
	size: [major, minor],
});

function lvmDevices(state: State, node: string): [string, FileEntry][] {
	return Object.entries(state.nodes[node]!.lvm.volumeGroups).flatMap(([name, vg]): [string, FileEntry][] => [
		[`/dev/${name}`, device('c', vg.major, 0)],
		...vg.lvs.flatMap((lv, i): [string, FileEntry][] => {
			const minor = state.vgda[vg.vgid]?.lvs[lv]?.id ?? i + 1;
			return [
				[`/dev/${lv}`, device('b', vg.major, minor)],
				[`/dev/r${lv}`, device('c', vg.major, minor)],
			];
		}),
	]);
}

/** The node's disks, as `ls /dev/hdisk*` lists them: a block and a raw device each (major inferred: the SCSI disk driver's). */
function diskDevices(state: State, node: string): [string, FileEntry][] {
	return Object.values(state.disks).flatMap((disk): [string, FileEntry][] => {
		const name = disk.paths[node];
		if (!name) return [];
		const minor = Number(name.replace(/^\D+/, '')) || 0;
		const entry = (type: 'b' | 'c'): FileEntry => ({...device(type, DISK_MAJOR, minor), mode: 'rw-------'});
		return [
			[`/dev/${name}`, entry('b')],
			[`/dev/r${name}`, entry('c')],
		];
	});
}

const DISK_MAJOR = 17;

/** Every entry on a node by path, with the directories leading to each. */
export function filesOn(state: State, node: string): Map<string, FileEntry> {
	const n = state.nodes[node]!;
	const entries = new Map<string, FileEntry>([['/', DIRECTORY]]);
	const stored = [...Object.keys(n.files), ...drawnPaths(), '/etc/inittab', '/etc/filesystems'];
	const all: [string, FileEntry][] = [
		...stored.flatMap((path): [string, FileEntry][] =>
			fileExists(state as ClusterState, node, path) ? [[path, file(() => readFile(state as ClusterState, node, path)?.length ?? 0)]] : [],
		),
		...lvmDevices(state, node),
		...diskDevices(state, node),
		...listers.flatMap(lister => [...lister(state, node)]),
	];
	for (const [path, entry] of all) {
		for (let at = path.indexOf('/', 1); at > 0; at = path.indexOf('/', at + 1)) entries.set(path.slice(0, at), DIRECTORY);
		entries.set(path, entry);
	}
	return entries;
}
