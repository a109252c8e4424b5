/** clsnapshot: create, apply, remove and list cluster snapshots (Snapshot Configuration in SMIT). */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import {applySnapshot, createSnapshot, listSnapshots, removeSnapshot, SNAPSHOT_DIR} from '../cluster/topology/snapshot.js';
import {UTILITIES} from './cluster-state.js';

const clsnapshot = defineCommand({
	name: 'clsnapshot',
	dirs: [UTILITIES],
	summary: `Creates, applies, removes or lists cluster snapshots (the configuration as ODM stanzas in ${SNAPSHOT_DIR}).`,
	synopsis: '-c -n Name [-d Description]\n-a -n Name\n-r -n Name\n-l',
	flags: {
		c: {help: "creates the snapshot Name of this node's configuration"},
		a: {help: 'applies the snapshot Name: its configuration replaces the DCD of every node it names (cluster services down)'},
		r: {help: 'removes the snapshot Name'},
		l: {help: 'lists the snapshots with their descriptions'},
		n: {arg: 'Name', help: 'the snapshot name: letters, digits, underscores, dots and dashes'},
		d: {arg: 'Description', help: 'a line describing the snapshot'},
	},
	operands: {count: 0},
	run(ctx, {opts}) {
		const actions = [opts.c, opts.a, opts.r, opts.l].filter(Boolean).length;
		if (actions !== 1) throw new UsageError(`${ctx.name}: give one of -c, -a, -r or -l.`);
		if (opts.l) {
			for (const {name, description} of listSnapshots(ctx.state, ctx.node)) ctx.print(`${name.padEnd(24)}${description}`);
			return;
		}
		if (!opts.n) throw new UsageError(`${ctx.name}: the snapshot name (-n) is required.`);
		if (opts.c) {
			createSnapshot(ctx.state, ctx.node, opts.n, opts.d ?? '');
			ctx.print(`clsnapshot: Succeeded creating Cluster Snapshot: ${opts.n}.`);
		} else if (opts.r) {
			removeSnapshot(ctx.state, ctx.node, opts.n);
			ctx.print(`clsnapshot: Succeeded removing Cluster Snapshot: ${opts.n}.`);
		} else {
			const nodes = applySnapshot(ctx.state, ctx.node, opts.n);
			ctx.print(`clsnapshot: Succeeded applying Cluster Snapshot: ${opts.n} (the configuration of ${nodes.join(', ')}).`);
		}
	},
});

export const snapshotCommands = [...clsnapshot];
