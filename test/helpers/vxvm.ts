import {testCluster} from './cluster.js';

/** The cvm scenario with CVM started on teal (master) and giga. */
export function runningCvm() {
	const cluster = testCluster('cvm', 'teal');
	for (const node of ['teal', 'giga']) cluster.ok('vxclustadm startnode', node);
	return cluster;
}

/** The answers, one a line, as a script feeds vxdiskadm on standard input. */
export const fedVxdiskadm = (answers: readonly string[]) => `echo '${answers.join('\\n')}' | vxdiskadm`;
