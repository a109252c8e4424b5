/**
 * odmget and odmshow over the ODM classes an HACMP administrator reads: the
 * HACMP classes drawn from this node's DCD (HACMPcluster, HACMPnode,
 * HACMPnetwork, HACMPadapter, HACMPgroup, HACMPresource) and the device
 * classes that hold a volume group's identity on this node (CuAt: serial ID,
 * timestamp, disks, automatic varyon; CuDvDr: its major and minor numbers).
 * ODMDIR chooses the directory, as on AIX: the HACMP classes of
 * /usr/es/sbin/cluster/etc/objrepos/active are the ACD the cluster manager
 * runs from, so DCD and ACD can be compared after a change not yet
 * synchronized. Stanzas and class descriptions are printed as AIX prints them.
 */
import {CommandError, UsageError, refuse} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {CommandContext} from '../command/registry.js';
import {configById, dcdOf, type ClusterConfig} from '../cluster/config.js';
import {AIX_LEVEL, hacmpOdm} from './aix-level.js';
import {notifyObjectsOf} from '../cluster/errnotify.js';
import {adapterFunction} from '../cluster/topology/adapters.js';
import {profileOf, SINCE_5, type Release} from '../cluster/release/index.js';
import type {DeepReadonly} from '../cluster/readonly.js';
import type {ClusterState} from '../cluster/state.js';
import {networkModules} from '../cluster/failure/topsvcs.js';
import {distributionPolicy} from '../cluster/rg/run-time.js';
import {badCriteria, badField, cannotOpenClass} from './aix-messages.js';

type FieldType = 'char' | 'vchar' | 'long' | 'short';
type Field = readonly [name: string, type: FieldType, size?: number];
type OdmObject = Readonly<Record<string, string | number>>;

/** Where a class's objects come from: the HACMP configuration an ODM directory holds, or the node's devices. */
interface OdmSource {
	readonly state: DeepReadonly<ClusterState>;
	readonly node: string;
	readonly config: DeepReadonly<ClusterConfig>;
}

interface OdmClass {
	/** hacmp: in every HACMP ODM directory (DCD or ACD); devices: in /etc/objrepos only. */
	readonly repository: 'hacmp' | 'devices';
	readonly fields: readonly Field[];
	/** Fields a later release added, with the releases that have them (HACMP 5's settling time, IP aliasing, ...). */
	readonly fieldReleases?: Readonly<Record<string, readonly Release[]>>;
	objects(from: OdmSource): OdmObject[];
}

/** The fields a class has on the release the cluster runs. */
function fieldsOn(klass: OdmClass, state: DeepReadonly<ClusterState>): readonly Field[] {
	const release = profileOf(state).release;
	return klass.fields.filter(([name]) => klass.fieldReleases?.[name]?.includes(release) ?? true);
}

const handleOf = (config: DeepReadonly<ClusterConfig>, node: string) => config.nodes.findIndex(n => n.name === node) + 1;
const networkIds = (config: DeepReadonly<ClusterConfig>) => new Map(Object.keys(config.networks).map((name, i) => [name, i]));

/** What HACMPresource records for a group: one object per named resource, then the group's settings. */
function resourceObjects(config: DeepReadonly<ClusterConfig>): OdmObject[] {
	let id = 0;
	return Object.values(config.resourceGroups).flatMap(group => {
		const r = group.resources;
		const named: Array<[string, readonly string[]]> = [
			['SERVICE_LABEL', r.serviceLabels],
			['APPLICATIONS', r.appServers],
			['VOLUME_GROUP', r.volumeGroups],
			['FILESYSTEM', r.filesystems],
			['EXPORT_FILESYSTEM', r.exportFs],
			['MOUNT_FILESYSTEM', r.nfsMounts],
			['DISK', r.rawDisks],
			['MISC_DATA', r.miscData ? [r.miscData] : []],
		];
		const settings: Array<[string, string]> = [
			['FORCED_VARYON', String(r.forcedVaryon)],
			['FSCHECK_TOOL', r.fsckMethod],
			['RECOVERY_METHOD', r.recoveryMethod],
			['FS_BEFORE_IPADDR', String(r.fsBeforeIp)],
		];
		return [...named.flatMap(([name, values]) => values.map(value => [name, value] as const)), ...settings].map(([name, value]) => ({
			group: group.name,
			name,
			value,
			id: ++id,
		}));
	});
}

const CLASSES: Record<string, OdmClass> = {
	HACMPcluster: {
		repository: 'hacmp',
		fields: [
			['id', 'long'],
			['name', 'char', 32],
			['nodename', 'char', 32],
			['sec_level', 'char', 11],
			['last_node_ids', 'char', 128],
			['highest_node_id', 'long'],
			['last_network_ids', 'char', 128],
			['highest_network_id', 'long'],
			['handle', 'long'],
			['cluster_version', 'long'],
			['reserved1', 'long'],
			['reserved2', 'long'],
			['wlm_subdir', 'char', 256],
			['settling_time', 'long'],
			['rg_distribution_policy', 'char', 11],
			['noautoverification', 'long'],
			['clvernodename', 'char', 32],
			['clverhour', 'long'],
		],
		// Settling time (5.1), the distribution policy and the nightly automatic verification (5.2).
		fieldReleases: {
			settling_time: SINCE_5,
			rg_distribution_policy: SINCE_5,
			noautoverification: SINCE_5,
			clvernodename: SINCE_5,
			clverhour: SINCE_5,
		},
		objects({config, node, state}) {
			const handles = config.nodes.map((_, i) => i + 1);
			const networks = Object.keys(config.networks).length;
			return [
				{
					id: config.cluster.id,
					name: config.cluster.name,
					nodename: node,
					sec_level: 'Standard',
					last_node_ids: handles.join(', '),
					highest_node_id: handles.length,
					last_network_ids: [...networkIds(config).values()].join(', '),
					highest_network_id: Math.max(0, networks - 1),
					handle: handleOf(config, node),
					cluster_version: hacmpOdm(state).clusterVersion,
					reserved1: 0,
					reserved2: 0,
					wlm_subdir: '',
					settling_time: config.settlingTime ?? 0,
					rg_distribution_policy: distributionPolicy(config),
					noautoverification: 0,
					clvernodename: '',
					clverhour: 0,
				},
			];
		},
	},
	HACMPnode: {
		repository: 'hacmp',
		fields: [
			['name', 'char', 32],
			['object', 'char', 32],
			['value', 'char', 64],
			['node_id', 'long'],
			['node_handle', 'long'],
			['version', 'long'],
		],
		objects({config, state}) {
			const {clusterVersion: version} = hacmpOdm(state);
			// 4.3's nodes have no communication path (HACMP 5's clcomdES brought it).
			return config.nodes.flatMap((n, i) =>
				(
					[
						...(n.commPath === undefined ? [] : [['COMMUNICATION_PATH', n.commPath] as const]),
						['VERBOSE_LOGGING', 'high'],
						['NAME_SERVER', 'false'],
						['DEBUG_LEVEL', 'high'],
					] as const
				).map(([object, value]) => ({name: n.name, object, value, node_id: i + 1, node_handle: i + 1, version})),
			);
		},
	},
	HACMPnetwork: {
		repository: 'hacmp',
		fields: [
			['name', 'char', 32],
			['attr', 'char', 8],
			['network_id', 'long'],
			['nimname', 'char', 32],
			['alias', 'long'],
			['netmask', 'char', 16],
		],
		// IP address takeover via IP aliases came with HACMP 5.1.
		fieldReleases: {alias: SINCE_5},
		objects({config}) {
			const ids = networkIds(config);
			return Object.values(config.networks).map(n => ({
				name: n.name,
				attr: n.attr,
				network_id: ids.get(n.name)!,
				nimname: n.type,
				alias: n.attr !== 'serial' && n.ipat === 'aliasing' ? 1 : 0,
				netmask: n.attr === 'serial' ? '' : n.netmask,
			}));
		},
	},
	HACMPadapter: {
		repository: 'hacmp',
		fields: [
			['type', 'char', 32],
			['network', 'char', 32],
			['nodename', 'char', 32],
			['ip_label', 'char', 32],
			['function', 'char', 12],
			['identifier', 'char', 32],
			['haddr', 'char', 32],
			['interfacename', 'char', 32],
			['global_name', 'char', 64],
		],
		objects({config, state}) {
			const typeOf = (network: string) => config.networks[network]?.type ?? '';
			const classic = profileOf(state).adapterModel === 'classic';
			return [
				...Object.values(config.ipLabels).map(l => ({
					type: typeOf(l.network),
					network: l.network,
					nodename: l.node ?? '',
					ip_label: l.label,
					function: classic ? adapterFunction(config, l) : l.role,
					identifier: l.address,
					// A service adapter's hardware address for hardware address takeover (4.3's Adapter Hardware Address).
					haddr: l.hwAddress ?? '',
					interfacename: l.iface ?? '',
					global_name: '',
				})),
				...Object.values(config.devices).map(d => ({
					type: typeOf(d.network),
					network: d.network,
					nodename: d.node,
					ip_label: d.label,
					function: 'service',
					identifier: d.device,
					haddr: '',
					interfacename: d.device.replace(/^\/dev\//, ''),
					global_name: '',
				})),
			];
		},
	},
	HACMPgroup: {
		repository: 'hacmp',
		fields: [
			['group', 'char', 32],
			['type', 'char', 32],
			['nodes', 'char', 256],
			['startup_pref', 'char', 8],
			['fallover_pref', 'char', 8],
			['fallback_pref', 'char', 8],
		],
		objects({config}) {
			return Object.values(config.resourceGroups).map(g => ({
				group: g.name,
				type: g.type,
				nodes: g.nodes.join(' '),
				startup_pref: g.startup,
				fallover_pref: g.fallover,
				fallback_pref: g.fallback,
			}));
		},
	},
	HACMPresource: {
		repository: 'hacmp',
		fields: [
			['group', 'char', 32],
			['name', 'char', 32],
			['value', 'char', 256],
			['id', 'long'],
		],
		objects: ({config}) => resourceObjects(config),
	},
	CuAt: {
		repository: 'devices',
		fields: [
			['name', 'char', 16],
			['attribute', 'char', 16],
			['value', 'vchar', 256],
			['type', 'char', 8],
			['generic', 'char', 8],
			['rep', 'char', 8],
			['nls_index', 'short'],
		],
		objects({state, node}) {
			const attribute = (name: string, attr: string, value: string, nls: number) => ({
				name,
				attribute: attr,
				value,
				type: 'R',
				generic: attr === 'pv' ? '' : 'D',
				rep: attr === 'auto_on' ? 'l' : 's',
				nls_index: nls,
			});
			return Object.entries(state.nodes[node]!.lvm.volumeGroups).flatMap(([name, vg]) => [
				attribute(name, 'vgserial_id', vg.vgid, 637),
				attribute(name, 'timestamp', vg.timestamp, 0),
				attribute(name, 'auto_on', vg.autoVaryon ? 'y' : 'n', 0),
				...vg.pvids.map(pvid => attribute(name, 'pv', `${pvid}0000000000000000`, 0)),
			]);
		},
	},
	CuDvDr: {
		repository: 'devices',
		fields: [
			['resource', 'char', 16],
			['value1', 'char', 16],
			['value2', 'char', 16],
			['value3', 'char', 16],
		],
		objects({state, node}) {
			return Object.entries(state.nodes[node]!.lvm.volumeGroups).flatMap(([name, vg]) => {
				const major = String(vg.major);
				const lvs = vg.lvs.map((lv, i) => ({
					resource: 'devno',
					value1: major,
					value2: String(state.vgda[vg.vgid]?.lvs[lv]?.id ?? i + 1),
					value3: lv,
				}));
				return [{resource: 'ddins', value1: name, value2: major, value3: ''}, {resource: 'devno', value1: major, value2: '0', value3: name}, ...lvs];
			});
		},
	},
	/** The error notification methods errdemon runs (errnotify.ts), per node. */
	errnotify: {
		repository: 'devices',
		fields: [
			['en_pid', 'long'],
			['en_name', 'char', 16],
			['en_persistenceflg', 'short'],
			['en_label', 'char', 20],
			['en_crcid', 'long'],
			['en_class', 'char', 2],
			['en_type', 'char', 5],
			['en_alertflg', 'char', 6],
			['en_resource', 'char', 16],
			['en_rtype', 'char', 16],
			['en_rclass', 'char', 16],
			['en_method', 'char', 256],
		],
		objects: ({state, node}) => notifyObjectsOf(state, node).map(o => ({...o})),
	},
	/** The network modules (fault-nim.ts): the heartbeat rate in microseconds, as the cluster manager reads it. */
	HACMPnim: {
		repository: 'hacmp',
		fields: [
			['name', 'char', 32],
			['desc', 'char', 64],
			['addrtype', 'short'],
			['path', 'char', 256],
			['para', 'char', 256],
			['grace', 'long'],
			['hbrate', 'long'],
			['cycle', 'long'],
		],
		objects: ({state, config}) =>
			networkModules(state, config).map(m => ({
				name: m.name,
				desc: m.description,
				addrtype: m.addressType === 'Device' ? 1 : 0,
				path: m.path,
				para: m.parameters,
				grace: m.grace,
				hbrate: Math.round(m.interval * 1_000_000),
				cycle: m.failureCycle,
			})),
	},
};

/**
 * A class as the ODM directory (ODMDIR) holds it: /etc/objrepos has the devices and, through the links HACMP
 * installs, its DCD; HACMP's own directory the DCD; the active directory the ACD while cluster services run.
 */
function classNamed(ctx: CommandContext, name: string): {klass: OdmClass; from: OdmSource} {
	const klass = Object.hasOwn(CLASSES, name) ? CLASSES[name]! : refuse(cannotOpenClass(ctx.name, name));
	const directory = (ctx.env.ODMDIR ?? AIX_LEVEL.odmDirectory).replace(/\/+$/, '');
	const acd = ctx.state.nodes[ctx.node]!.acd;
	const odm = hacmpOdm(ctx.state);
	const config =
		directory === odm.acd
			? acd === null
				? undefined
				: configById(ctx.state, acd)
			: directory === AIX_LEVEL.odmDirectory || directory === odm.dcd
				? dcdOf(ctx.state, ctx.node)
				: undefined;
	const found = klass.repository === 'devices' ? directory === AIX_LEVEL.odmDirectory : config !== undefined;
	if (!found) refuse(cannotOpenClass(ctx.name, name));
	return {klass, from: {state: ctx.state, node: ctx.node, config: config ?? dcdOf(ctx.state, ctx.node)}};
}

/** ODM's like: * any characters, ? one; the rest literal. */
const likePattern = (pattern: string) =>
	new RegExp(
		`^${pattern
			.replace(/[.+^${}()|[\]\\]/g, '\\$&')
			.replace(/\*/g, '.*')
			.replace(/\?/g, '.')}$`,
	);

/** `-q "name = 'datavg' and attribute like 'time*'"`: the objects each clause keeps. */
function criteria(ctx: CommandContext, klass: string, fields: readonly Field[], text: string): (o: OdmObject) => boolean {
	const clauses = text.split(/\s+and\s+/i).map(clause => {
		const match = /^\s*([A-Za-z_]\w*)\s*(=|!=|<>|<=|>=|<|>|\s+like\s+)\s*(.*?)\s*$/i.exec(clause);
		if (!match) throw new CommandError(badCriteria(ctx.name, text));
		const [, field, op, raw] = match as unknown as [string, string, string, string];
		if (!fields.some(([name]) => name === field)) throw new CommandError(badField(ctx.name, field, klass));
		const value = raw.replace(/^(['"])(.*)\1$/, '$2');
		const operator = op.trim().toLowerCase();
		return (o: OdmObject) => {
			const actual = o[field]!;
			if (operator === 'like') return likePattern(value).test(String(actual));
			const order = typeof actual === 'number' ? actual - Number(value) : String(actual).localeCompare(value);
			return {'=': order === 0, '!=': order !== 0, '<>': order !== 0, '<': order < 0, '>': order > 0, '<=': order <= 0, '>=': order >= 0}[operator]!;
		};
	});
	return o => clauses.every(keep => keep(o));
}

const odmget = defineCommand({
	name: 'odmget',
	dirs: ['/usr/bin'],
	summary:
		'Prints the objects of ODM object classes as stanzas, those the criteria select, from the directory ODMDIR names (/etc/objrepos by default).',
	synopsis: '[-q Criteria] ObjectClass ...',
	readOnly: true,
	flags: {q: {arg: 'Criteria', help: "which objects: field = 'value', with != < > like and and (name = 'datavg' and attribute = 'pv')"}},
	operands: {count: [1, Infinity], list: [{name: 'ObjectClass ...', help: `the classes: ${Object.keys(CLASSES).join(', ')}`}]},
	run(ctx, {opts, args}) {
		for (const name of args) {
			const {klass, from} = classNamed(ctx, name);
			const fields = fieldsOn(klass, ctx.state);
			const keep = opts.q === undefined ? () => true : criteria(ctx, name, fields, opts.q);
			for (const object of klass.objects(from).filter(keep)) {
				ctx.print('');
				ctx.print(`${name}:`);
				for (const [field, type] of fields) {
					const value = object[field]!;
					ctx.print(`\t${field} = ${type === 'long' || type === 'short' ? value : `"${value}"`}`);
				}
			}
		}
	},
});

const SIZES: Record<FieldType, number> = {char: 1, vchar: 4, long: 4, short: 2};
const hex = (n: number) => `0x${n.toString(16)}`;

/** odmshow: the class declaration with each field's offset, then its descriptors, size and population. */
function describeClass(name: string, fields: readonly Field[], population: number): string[] {
	// Each object starts with three longs (_id, _reserved, _scratch); fields follow at their natural alignment.
	let offset = 12;
	const lines = [`class ${name} {`];
	for (const [field, type, size] of fields) {
		const align = type === 'char' ? 1 : SIZES[type];
		offset = Math.ceil(offset / align) * align;
		const declaration = `${type} ${field}${size === undefined ? '' : `[${size}]`};`;
		lines.push(`        ${declaration.padEnd(45)}/* offset: ${hex(offset)} (${String(offset).padStart(3)}) */`);
		offset += type === 'char' ? size! : SIZES[type];
	}
	const structure = Math.ceil(offset / 4) * 4;
	return [
		...lines,
		'        };',
		'/*',
		`        descriptors:    ${fields.length}`,
		`        structure size: ${hex(structure)} (${structure}) bytes`,
		'        data offset:    0x200',
		`        population:     ${population} objects (${population} active, 0 deleted)`,
		'*/',
	];
}

const odmshow = defineCommand({
	name: 'odmshow',
	dirs: ['/usr/bin'],
	summary: 'Shows the definition of an ODM object class: its fields, their types and offsets, and how many objects it holds.',
	synopsis: 'ObjectClass',
	readOnly: true,
	operands: {count: 1, list: [{name: 'ObjectClass', help: `the class: ${Object.keys(CLASSES).join(', ')}`}]},
	run(ctx, {args}) {
		const name = args[0]!;
		if (name.startsWith('-')) throw new UsageError('');
		const {klass, from} = classNamed(ctx, name);
		for (const line of describeClass(name, fieldsOn(klass, ctx.state), klass.objects(from).length)) ctx.print(line);
	},
});

export const odmCommands = [...odmget, ...odmshow];
