/**
 * What `ls` shows besides the node's files and its devices: the installation images, each
 * update in its directory as a backup-format file
 * (`cluster.es.server.rte.5.2.0.1.bff`), the way an administrator finds the
 * PTF before running smitty update_all.
 */
import {listFiles, type FileEntry} from '../cluster/file-list.js';
import {imageDirectories, imagesOn} from '../cluster/software.js';

/** A fileset update's size in bytes: fixed per fileset, large for the server. */
const bffSize = (fileset: string) => (fileset.startsWith('cluster.es.server') ? 18_432_000 : 2_048_000);

listFiles(state =>
	imageDirectories().flatMap(directory =>
		Object.entries(imagesOn(state, directory)).map(([fileset, level]): [string, FileEntry] => [
			`${directory}/${fileset}.${level}.bff`,
			{type: '-', mode: 'rw-r--r--', owner: 'root', group: 'system', size: bffSize(fileset)},
		]),
	),
);
