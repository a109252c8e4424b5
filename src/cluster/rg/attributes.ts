/**
 * A resource group's resources and attributes by the names the HACMPresource
 * ODM class stores them under, which claddres takes (NAME=value) and cllsres
 * prints. Lists are words separated by blanks (or commas); booleans are
 * true / false.
 */
import type {GroupResources, ResourceGroup} from '../config.js';
import type {ClusterState} from '../state.js';
import {definedGroup, editGroup} from './groups.js';
import {refuse} from '../errors.js';
import {attributeDoesNotApply, errorLines, notAttribute, notValidHere} from './messages.js';
import type {DeepReadonly} from '../readonly.js';
import {importGroupVolumeGroups} from './vg-import.js';

type ListKey = 'serviceLabels' | 'appServers' | 'volumeGroups' | 'filesystems' | 'exportFs' | 'nfsMounts' | 'rawDisks';

interface Attribute {
	/** Whether the attribute applies to this group (cllsres shows only those). */
	applies?: (group: DeepReadonly<ResourceGroup>) => boolean;
	get(group: DeepReadonly<ResourceGroup>): string;
	set(group: ResourceGroup, value: string): void;
}

const words = (value: string) => value.split(/[\s,]+/).filter(Boolean);

function list(key: ListKey, applies?: Attribute['applies']): Attribute {
	return {applies, get: g => g.resources[key].join(' '), set: (g, v) => void (g.resources[key] = words(v))};
}

function choice<K extends 'fsckMethod' | 'recoveryMethod'>(key: K, values: ReadonlyArray<GroupResources[K]>): Attribute {
	return {
		get: g => g.resources[key],
		set: (g, v) => {
			if (!values.includes(v as GroupResources[K])) refuse(errorLines(notValidHere(v, values)));
			g.resources[key] = v as GroupResources[K];
		},
	};
}

function flag(
	get: (g: DeepReadonly<ResourceGroup>) => boolean | undefined,
	set: (g: ResourceGroup, on: boolean) => void,
	applies?: Attribute['applies'],
): Attribute {
	return {
		applies,
		get: g => String(Boolean(get(g))),
		set: (g, v) => {
			if (v !== 'true' && v !== 'false') refuse(errorLines(notValidHere(v, ['true', 'false'])));
			set(g, v === 'true');
		},
	};
}

function optional(key: 'dnpPolicy' | 'fallbackTimer', applies?: Attribute['applies']): Attribute {
	return {
		applies,
		get: g => g[key] ?? '',
		set: (g, v) => {
			if (v) g[key] = v;
			else delete g[key];
		},
	};
}

const concurrent = (g: DeepReadonly<ResourceGroup>) => g.startup === 'OAAN';
const cascading = (g: DeepReadonly<ResourceGroup>) => g.type === 'cascading';

/** HACMPresource names, in the order cllsres prints them. */
export const RESOURCE_ATTRIBUTES: Record<string, Attribute> = {
	SERVICE_LABEL: list('serviceLabels'),
	APPLICATIONS: list('appServers'),
	VOLUME_GROUP: list('volumeGroups', g => !concurrent(g)),
	CONCURRENT_VOLUME_GROUP: list('volumeGroups', concurrent),
	FORCED_VARYON: flag(
		g => g.resources.forcedVaryon,
		(g, on) => void (g.resources.forcedVaryon = on),
	),
	// Automatically Import Volume Groups is an action, not a setting: true imports the group's volume groups onto the
	// participating nodes that lack them (setGroupAttributes); the group keeps nothing, so it reads false.
	VG_AUTO_IMPORT: flag(
		() => false,
		() => undefined,
		g => g.type === 'custom',
	),
	FILESYSTEM: list('filesystems'),
	FSCHECK_TOOL: choice('fsckMethod', ['fsck', 'logredo']),
	RECOVERY_METHOD: choice('recoveryMethod', ['sequential', 'parallel']),
	FS_BEFORE_IPADDR: flag(
		g => g.resources.fsBeforeIp,
		(g, on) => void (g.resources.fsBeforeIp = on),
	),
	EXPORT_FILESYSTEM: list('exportFs'),
	MOUNT_FILESYSTEM: list('nfsMounts'),
	DISK: list('rawDisks'),
	MISC_DATA: {get: g => g.resources.miscData, set: (g, v) => void (g.resources.miscData = v)},
	INACTIVE_TAKEOVER: flag(
		g => g.inactiveTakeover,
		(g, on) => void (g.inactiveTakeover = on),
		cascading,
	),
	CASCADE_WO_FALLBACK: flag(
		g => g.cwof,
		(g, on) => void (g.cwof = on),
		cascading,
	),
	NODE_PRIORITY_POLICY: optional('dnpPolicy', g => g.type === 'cascading' || g.type === 'custom'),
	FALLBACK_AT: optional('fallbackTimer', g => g.type === 'custom'),
};

/** The attributes that apply to a group, with their values. */
export function groupAttributes(group: DeepReadonly<ResourceGroup>): Array<[string, string]> {
	return Object.entries(RESOURCE_ATTRIBUTES)
		.filter(([, attribute]) => attribute.applies?.(group) ?? true)
		.map(([name, attribute]) => [name, attribute.get(group)]);
}

/**
 * Set some of a group's resources and attributes (claddres). A name that
 * does not apply to the group is refused unless it is being emptied, which
 * is what SMIT sends for fields a group of that kind leaves blank. With
 * VG_AUTO_IMPORT=true its volume groups are then imported where they are
 * missing: the lines that reports.
 */
export function setGroupAttributes(state: ClusterState, node: string, name: string, values: ReadonlyArray<[string, string]>): string[] {
	definedGroup(state, node, name);
	editGroup(state, node, name, config => {
		const group = config.resourceGroups[name]!;
		for (const [key, value] of values) {
			const attribute = RESOURCE_ATTRIBUTES[key];
			if (!attribute) refuse(errorLines(notAttribute(key)));
			if (attribute.applies && !attribute.applies(group)) {
				if (value === '' || value === 'false') continue;
				refuse(errorLines(attributeDoesNotApply(key, name, group.type, group.startup)));
			}
			attribute.set(group, value);
		}
	});
	const autoImport = values.some(([key, value]) => key === 'VG_AUTO_IMPORT' && value === 'true');
	return autoImport ? importGroupVolumeGroups(state, node, name) : [];
}
