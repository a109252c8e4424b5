/**
 * What `ls` shows besides the node's files and its volume groups' devices:
 * the disks it sees (/dev/hdiskN and /dev/rhdiskN, the SCSI disk driver's
 * major number, the disk's number as minor) and the installation images, each
 * update in its directory as a backup-format file
 * (`cluster.es.server.rte.5.2.0.1.bff`), the way an administrator finds the
 * PTF before running smitty update_all.
 */
import {listFiles, type FileEntry} from '../cluster/file-list.js';
import {imageDirectories, imagesOn} from '../cluster/software.js';

/** A fileset update's size in bytes: fixed per fileset, large for the server. */
const bffSize = (fileset: string) => (fileset.startsWith('cluster.es.server') ? 18_432_000 : 2_048_000);

/** The SCSI disk driver's major number. */
const SCDISK_MAJOR = 17;

listFiles((state, node) =>
	Object.values(state.disks).flatMap(disk => {
		const name = disk.paths[node];
		if (name === undefined) return [];
		const minor = Number(name.replace(/^\D+/, ''));
		const device = (type: 'b' | 'c'): FileEntry => ({type, mode: 'rw-------', owner: 'root', group: 'system', size: [SCDISK_MAJOR, minor]});
		return [[`/dev/${name}`, device('b')] as const, [`/dev/r${name}`, device('c')] as const];
	}),
);

listFiles(() =>
	imageDirectories().flatMap(directory =>
		Object.entries(imagesOn(directory)).map(([fileset, level]): [string, FileEntry] => [
			`${directory}/${fileset}.${level}.bff`,
			{type: '-', mode: 'rw-r--r--', owner: 'root', group: 'system', size: bffSize(fileset)},
		]),
	),
);
