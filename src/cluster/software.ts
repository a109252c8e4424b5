/**
 * Installed software on a node, for the PTF rolling install the study guide
 * describes: stop cluster services with takeover, apply the PTF, verify,
 * restart, then the next node. An update is APPLIED (and can be rejected)
 * until it is committed. The HACMP filesets refuse an update while the
 * node's cluster manager runs.
 */
import {refuse} from './errors.js';
import type {ClusterState} from './state.js';
import type {DeepReadonly} from './readonly.js';
import {PROFILES, profileOf} from './release/index.js';
import {baseLevelMissing, deviceNotAccessible, noFilesetsOnMedia, nothingApplied, rejectWhileActive, updateWhileActive} from './software-messages.js';

export const FILESET_DESCRIPTIONS: Record<string, string> = Object.fromEntries(
	Object.values(PROFILES).flatMap(p => Object.entries(p.filesets).map(([name, f]) => [name, f.description])),
);

/** The PTF directory on every node (NFS-mounted or copied): the next fix level of each HACMP fileset of the cluster's release. */
const PTF_DIR = '/usr/sys/inst.images/hacmp_ptf';

function ptfImages(state: Pick<DeepReadonly<ClusterState>, 'release'>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(profileOf(state).filesets)
			.filter(([name]) => name.startsWith('cluster.'))
			.map(([name, {level}]) => [name, level.replace(/\d+$/, fix => String(Number(fix) + 1))]),
	);
}

const levelParts = (level: string) => level.split('.').map(Number);

/** Compare two V.R.M.F levels. */
function compareLevels(a: string, b: string): number {
	const [x, y] = [levelParts(a), levelParts(b)];
	for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
	return 0;
}

/** Filesets matching lslpp / installp names, where `*` matches anything. */
export function matchFilesets(names: readonly string[], patterns: readonly string[]): string[] {
	const regexes = patterns.map(p => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
	return names.filter(name => patterns.includes('all') || regexes.some(r => r.test(name)));
}

/** The directories that hold installation images (the same on every node). */
export const imageDirectories = (): string[] => [PTF_DIR];

/** The images a device or directory holds: refused when it holds none. */
export function imagesOn(state: Pick<DeepReadonly<ClusterState>, 'release'>, device: string): Record<string, string> {
	return device.replace(/\/$/, '') === PTF_DIR ? ptfImages(state) : refuse(deviceNotAccessible(device));
}

export interface ApplyResult {
	applied: Array<{fileset: string; level: string}>;
	/** Filesets already at the image's level or higher. */
	current: string[];
}

/** installp -a: apply the updates an image directory holds for the chosen filesets. */
export function applyUpdates(state: ClusterState, node: string, device: string, patterns: readonly string[]): ApplyResult {
	const images = imagesOn(state, device);
	const target = state.nodes[node]!;
	const chosen = matchFilesets(Object.keys(images), patterns);
	if (chosen.length === 0) refuse(noFilesetsOnMedia(patterns));
	if (chosen.some(f => f.startsWith('cluster.')) && target.acd !== null)
		refuse(
			updateWhileActive(
				node,
				chosen.map(f => `${f} ${images[f]}`),
			),
		);
	const result: ApplyResult = {applied: [], current: []};
	for (const fileset of chosen) {
		const installed = target.filesets[fileset];
		if (installed === undefined) refuse(baseLevelMissing(fileset));
		if (compareLevels(images[fileset]!, installed) <= 0) {
			result.current.push(fileset);
			continue;
		}
		target.applied = {...target.applied, [fileset]: target.applied?.[fileset] ?? installed};
		target.filesets[fileset] = images[fileset]!;
		result.applied.push({fileset, level: images[fileset]!});
	}
	return result;
}

/** installp -c or -r: commit, or reject (back to the level before), the applied updates chosen. */
export function finishUpdates(
	state: ClusterState,
	node: string,
	patterns: readonly string[],
	action: 'commit' | 'reject',
): Array<{fileset: string; level: string}> {
	const target = state.nodes[node]!;
	const chosen = matchFilesets(Object.keys(target.applied ?? {}), patterns);
	if (chosen.length === 0) refuse(nothingApplied(patterns, action));
	if (action === 'reject' && chosen.some(f => f.startsWith('cluster.')) && target.acd !== null) refuse(rejectWhileActive(node));
	const done = chosen.map(fileset => {
		if (action === 'reject') target.filesets[fileset] = target.applied![fileset]!;
		return {fileset, level: target.filesets[fileset]!};
	});
	const left = Object.fromEntries(Object.entries(target.applied!).filter(([f]) => !chosen.includes(f)));
	if (Object.keys(left).length > 0) target.applied = left;
	else delete target.applied;
	return done;
}
