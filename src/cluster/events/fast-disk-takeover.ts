/**
 * Fast disk takeover, the volume groups' reaction to node events: a node
 * joining varies on passive the enhanced concurrent VGs of the groups it can
 * take over, so a takeover only has to make them active; a node leaving
 * (not forced) varies its passive VGs off.
 */
import {attempt, varyOnVolumeGroup} from '../lvm-ops.js';
import {onNodeEvent} from './node-hooks.js';
import {profileOf} from '../release/index.js';
import {peek} from '../view.js';

onNodeEvent('node_up', ({state, log, config, node, script}) => {
	// AIX 4.3.3 has no passive varyon: HACMP 4.3 takes a VG over by varying it on, reserving its disks.
	if (!profileOf(state).fastDiskTakeover) return;
	const lvm = state.nodes[node]!.lvm;
	// Read without drafting (view.ts's peek): most VGs are not concurrent capable and stay as they are.
	const volumeGroups = peek(lvm, 'volumeGroups');
	const vgda = peek(state, 'vgda');
	for (const group of Object.values(config.resourceGroups)) {
		if (!group.nodes.includes(node) || group.startup === 'OAAN') continue;
		for (const vgName of group.resources.volumeGroups) {
			const imported = peek(volumeGroups, vgName);
			if (!imported || lvm.varyon[vgName] || !peek(vgda, imported.vgid)?.concurrent) continue;
			log.trace(node, script, [`varyonvg -c -P ${vgName}`]);
			attempt(() => varyOnVolumeGroup(state, node, vgName, {mode: 'concurrent-passive'}));
		}
	}
});

onNodeEvent('node_down', ({state, log, node, mode, script}) => {
	if (mode === 'forced') return;
	const lvm = state.nodes[node]!.lvm;
	for (const [vgName, vgMode] of Object.entries(lvm.varyon)) {
		if (vgMode !== 'concurrent-passive') continue;
		log.trace(node, script, [`varyoffvg ${vgName}`]);
		delete lvm.varyon[vgName];
	}
});
