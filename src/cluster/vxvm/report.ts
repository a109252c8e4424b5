/** What VxVM's listing commands print: vxdg list, vxdisk list, vxprint -ht, vxstat, vxdctl and vxclustadm. */
import {shortMode} from './activation.js';
import {masterOf, members, releaseOf, sees} from './cvm.js';
import {groupsOn} from './groups.js';
import {detachedOn, summedStats} from './volumes.js';
import type {DiskGroup, VxvmState} from './types.js';

const pad = (text: string, width: number) => text.padEnd(width);

/** vxdctl -c mode: the seed's four forms; nothing about the cluster when vxconfigd is down. */
export function modeLine(vx: VxvmState, node: string, cluster: boolean): string {
	const self = vx.nodes[node]!;
	if (!self.vxconfigd) return 'mode: not-running';
	if (!cluster) return 'mode: enabled';
	if (self.state === 'out of cluster') return 'mode: enabled: cluster inactive';
	const role = self.state === 'joining' ? 'role not set' : self.role;
	return `mode: enabled: cluster active - ${role}`;
}

/** How a group's state reads on a node: a slave whose vxconfigd has not reconnected sees its shared groups disabled. */
function groupState(vx: VxvmState, group: DiskGroup, node: string): string {
	if (!group.shared) return 'enabled';
	return `${vx.nodes[node]!.connected ? 'enabled' : 'disabled'},shared`;
}

/** vxdg [-s] list: NAME STATE ID. */
export function groupTable(vx: VxvmState, node: string, sharedOnly: boolean): string[] {
	const rows = groupsOn(vx, node).filter(g => !sharedOnly || g.shared);
	return [`${pad('NAME', 13)}${pad('STATE', 16)}ID`, ...rows.map(g => `${pad(g.name, 13)}${pad(groupState(vx, g, node), 16)}${g.id}`)];
}

/** vxdg list DG: the group's record with its activation on this node and every node's. */
export function groupDetail(vx: VxvmState, group: DiskGroup, node: string): string[] {
	const lines = [
		`Group:     ${group.name}`,
		`dgid:      ${group.id}`,
		`import-id: ${group.shared ? 32768 : 0}.${1000 + vx.nodes[node]!.id * 100 + group.seqno}`,
		`flags:     ${[group.shared ? 'shared' : '', group.noautoimport ? 'noautoimport' : ''].filter(Boolean).join(' ')}`,
		`version:   ${group.version}`,
	];
	if (group.shared) {
		const modes = Object.keys(vx.nodes)
			.filter(n => group.activation[n])
			.map(n => `${n}=${shortMode(group.activation[n]!)}`);
		lines.push(
			`local-activation: ${group.activation[node] ?? 'off'}`,
			`cluster-actv-modes: ${modes.join(' ')}`,
			`detach-policy: ${group.detachPolicy}`,
		);
	} else lines.push('local-activation: read-write', 'detach-policy: global');
	lines.push('copies:    nconfig=default nlog=default', `config:    seqno=0.${1000 + group.seqno} permlen=1456 free=1400 templen=20 loglen=220`);
	for (const device of Object.values(group.disks)) lines.push(`config disk ${device} copy 1 len=1456 state=clean online`);
	for (const device of Object.values(group.disks)) lines.push(`log disk ${device} copy 1 len=220`);
	return lines;
}

/** vxdisk list: DEVICE TYPE DISK GROUP STATUS for every disk this node sees. */
export function diskTable(vx: VxvmState, node: string): string[] {
	const lines = [`${pad('DEVICE', 13)}${pad('TYPE', 10)}${pad('DISK', 13)}${pad('GROUP', 13)}STATUS`];
	for (const disk of Object.values(vx.disks).sort((a, b) => a.device.localeCompare(b.device))) {
		if (!sees(vx, node, disk.device)) continue;
		const group = disk.group ? vx.groups[disk.group] : undefined;
		const visible = group && groupsOn(vx, node).includes(group);
		const media = visible ? Object.keys(group.disks).find(k => group.disks[k] === disk.device)! : '-';
		const flags = [...(group?.shared ? ['shared'] : []), ...(disk.spare ? ['spare'] : []), ...(disk.nohotuse ? ['nohotuse'] : [])];
		const status = vx.nodes[node]!.lostPaths.includes(disk.device) ? 'error' : disk.offline ? 'offline' : ['online', ...flags].join(' ');
		lines.push(`${pad(disk.device, 13)}${pad('sliced', 10)}${pad(media, 13)}${pad(visible ? group.name : '-', 13)}${status}`);
	}
	// A disk removed for replacement keeps its name in its group, without a device.
	for (const group of groupsOn(vx, node))
		for (const media of group.removed ?? []) lines.push(`${pad('-', 13)}${pad('-', 10)}${pad(media, 13)}${pad(group.name, 13)}removed`);
	return lines;
}

/** vxdisk list DEVICE: the seed's fields, with `autoimport` instead of `imported` on a node not in the cluster. */
export function diskDetail(vx: VxvmState, node: string, device: string): string[] {
	const disk = vx.disks[device]!;
	const group = disk.group ? vx.groups[disk.group] : undefined;
	const media = group ? Object.keys(group.disks).find(k => group.disks[k] === device) : undefined;
	const importedHere = group
		? group.shared
			? group.imported && vx.nodes[node]!.state === 'cluster member'
			: group.imported && group.host === node
		: false;
	const flags = [
		disk.offline ? 'offline' : 'online',
		'ready',
		'autoconfig',
		...(group?.shared ? ['shared'] : []),
		...(group ? [importedHere ? 'imported' : 'autoimport'] : []),
		...(disk.spare ? ['spare'] : []),
		...(disk.nohotuse ? ['nohotuse'] : []),
	];
	return [
		`Device:    ${device}`,
		`devicetag: ${device}`,
		'type:      sliced',
		...(group?.shared ? [`clusterid: ${vx.cluster}`] : []),
		`disk:      name=${media ?? ''} id=${disk.diskId}`,
		'timeout:   30',
		`group:     name=${group?.name ?? ''} id=${group?.id ?? ''}`,
		`flags:     ${flags.join(' ')}`,
		`pubpaths:  block=/dev/vx/dmp/${device}s4 char=/dev/vx/rdmp/${device}s4`,
		'version:   2.2',
		'iosize:    min=512 (bytes) max=2048 (blocks)',
		`public:    slice=4 offset=0 len=${disk.publen}`,
		'private:   slice=3 offset=1 len=2179',
	];
}

const HT_HEADER = [
	'DG NAME         NCONFIG      NLOG     MINORS   GROUP-ID',
	'DM NAME         DEVICE       TYPE     PRIVLEN  PUBLEN   STATE',
	'RV NAME         RLINK_CNT    KSTATE   STATE    PRIMARY  DATAVOLS  SRL',
	'RL NAME         RVG          KSTATE   STATE    REM_HOST REM_DG    REM_RLNK',
	'V  NAME         RVG          KSTATE   STATE    LENGTH   READPOL   PREFPLEX UTYPE',
	'PL NAME         VOLUME       KSTATE   STATE    LENGTH   LAYOUT    NCOL/WID MODE',
	'SD NAME         PLEX         DISK     DISKOFFS LENGTH   [COL/]OFF DEVICE   MODE',
	'SV NAME         PLEX         VOLNAME  NVOLLAYR LENGTH   [COL/]OFF AM/NM    MODE',
	'DC NAME         PARENTVOL    LOGVOL',
	'SP NAME         SNAPVOL      DCO',
];

/** vxprint's columns, as wide as its headers'. */
const HT_WIDTHS = [3, 13, 13, 9, 9, 9, 10, 9];
const PLAIN_HEADER = 'TY NAME         ASSOC        KSTATE   LENGTH   PLOFFS   STATE    TUTIL0  PUTIL0';
const PLAIN_WIDTHS = [3, 13, 13, 9, 9, 9, 9, 8];
const row = (cells: readonly (string | number)[], widths: readonly number[]) =>
	cells.map((cell, i) => (i === cells.length - 1 ? String(cell) : pad(String(cell), widths[i] ?? 9))).join('');

/** One record of a group as vxprint shows it: its -ht cells and its default cells (a blank line before a volume). */
interface PrintedRecord {
	ht: readonly (string | number)[];
	plain: readonly (string | number)[];
	volume?: true;
}

function records(vx: VxvmState, group: DiskGroup, node: string): PrintedRecord[] {
	const out: PrintedRecord[] = [
		{
			ht: ['dg', group.name, 'default', 'default', group.shared ? 32000 : 0, group.id],
			plain: ['dg', group.name, group.name, '-', '-', '-', '-', '-', '-'],
		},
	];
	for (const [media, device] of Object.entries(group.disks)) {
		const state = detachedOn(group, media, node) ? 'NODEVICE' : '-';
		const publen = vx.disks[device]!.publen;
		out.push({ht: ['dm', media, device, 'sliced', 2179, publen, state], plain: ['dm', media, device, '-', publen, '-', state, '-', '-']});
	}
	for (const media of group.removed ?? [])
		out.push({ht: ['dm', media, '-', '-', '-', '-', 'REMOVED'], plain: ['dm', media, '-', '-', '-', '-', 'REMOVED', '-', '-']});
	for (const volume of Object.values(group.volumes).sort((a, b) => a.name.localeCompare(b.name))) {
		const state = volume.needsSync ? 'NEEDSYNC' : 'ACTIVE';
		const usetype = volume.layout === 'raid5' ? 'raid5' : 'fsgen';
		const readpol = volume.layout === 'raid5' ? 'RAID' : 'SELECT';
		out.push({
			ht: ['v', volume.name, '-', 'ENABLED', state, volume.length, readpol, '-', usetype],
			plain: ['v', volume.name, usetype, 'ENABLED', volume.length, '-', state, '-', '-'],
			volume: true,
		});
		for (const plex of volume.plexes) {
			const kstate = plex.state === 'NODEVICE' ? 'DISABLED' : 'ENABLED';
			const length = plex.kind === 'log' ? 'LOGONLY' : volume.length;
			const ncol = plex.layout === 'CONCAT' ? '-' : `${plex.subdisks.length}/128`;
			out.push({
				ht: ['pl', plex.name, volume.name, kstate, plex.state, length, plex.kind === 'log' ? 'CONCAT' : plex.layout, ncol, 'RW'],
				plain: ['pl', plex.name, volume.name, kstate, length, '-', plex.state, '-', '-'],
			});
			plex.subdisks.forEach((sd, i) => {
				const off = plex.layout === 'CONCAT' ? '0' : `${i}/0`;
				const mode = detachedOn(group, sd.disk, node) ? 'NDEV' : 'ENA';
				out.push({
					ht: ['sd', sd.name, plex.name, sd.disk, sd.offset, sd.length, off, group.disks[sd.disk] ?? '-', mode],
					plain: ['sd', sd.name, plex.name, mode === 'ENA' ? 'ENABLED' : 'DISABLED', sd.length, plex.layout === 'CONCAT' ? 0 : '-', '-', '-', '-'],
				});
			});
		}
	}
	return out;
}

/** vxprint for one group: with -t, the -ht layout (a header per record type, dg, dm, each volume's hierarchy); else the default one. */
export function printGroup(vx: VxvmState, group: DiskGroup, node: string, layout: 'ht' | 'plain'): string[] {
	const lines = [`Disk group: ${group.name}`, '', ...(layout === 'ht' ? HT_HEADER : [PLAIN_HEADER])];
	for (const record of records(vx, group, node)) {
		if (layout === 'ht' && (record.volume || record.ht[0] === 'dg' || (record.ht[0] === 'dm' && lines.at(-1)!.startsWith('dg')))) lines.push('');
		lines.push(layout === 'ht' ? row(record.ht, HT_WIDTHS) : row(record.plain, PLAIN_WIDTHS));
	}
	return lines;
}

/** vxstat's layout, one row per volume, summed over the chosen nodes. */
export function statTable(group: DiskGroup, names: readonly string[], nodes?: readonly string[]): string[] {
	const lines = [
		'                      OPERATIONS           BLOCKS        AVG TIME(ms)',
		'TYP NAME              READ     WRITE      READ     WRITE   READ  WRITE',
	];
	for (const name of names) {
		const s = summedStats(group.volumes[name]!, nodes);
		const avg = (ms: number, n: number) => (n === 0 ? 0 : ms / n).toFixed(1);
		lines.push(
			`vol ${pad(name, 14)}${String(s.reads).padStart(8)}${String(s.writes).padStart(10)}${String(s.readBlocks).padStart(10)}` +
				`${String(s.writeBlocks).padStart(10)}${avg(s.readMs, s.reads).padStart(7)}${avg(s.writeMs, s.writes).padStart(7)}`,
		);
	}
	return lines;
}

/** vxdctl list: the volboot file. */
export function volbootLines(vx: VxvmState, node: string): string[] {
	const self = vx.nodes[node]!;
	return [
		'Volboot file',
		'version: 3/1',
		`seqno: 0.${self.volboot.seqno}`,
		`cluster protocol version: ${self.volboot.protocol}`,
		`hostid: ${node}`,
		'entries:',
	];
}

/** vxdctl support: what this node's release supports and the protocol it runs. */
export function supportLines(vx: VxvmState, node: string): string[] {
	const self = vx.nodes[node]!;
	const release = releaseOf(self);
	const current = self.state === 'cluster member' ? vx.protocol : self.volboot.protocol;
	return [
		'Support information:',
		`  vold_vrsn: ${release.vold}`,
		`  dg_minimum: ${release.dg[0]}`,
		`  dg_maximum: ${release.dg[1]}`,
		`  kernel: ${release.kernel}`,
		`  protocol_minimum: ${release.protocol[0]}`,
		`  protocol_maximum: ${release.protocol[1]}`,
		`  protocol_current: ${current}`,
	];
}

export const protocolRangeLine = (vx: VxvmState, node: string) => {
	const [min, max] = releaseOf(vx.nodes[node]!).protocol;
	return `minprotoversion: ${min}, maxprotoversion: ${max}`;
};

/** vxclustadm -v nodestate: the state, and what the last reconfiguration did. */
export function nodeStateLines(vx: VxvmState, node: string, verbose: boolean): string[] {
	const self = vx.nodes[node]!;
	const lines = [`state: ${self.state}`];
	if (!verbose) return lines;
	const master = masterOf(vx);
	lines.push(`nodeId=${self.id}`, `masterId=${master ? vx.nodes[master]!.id : -1}`, `members=${members(vx).join(',') || '-'}`);
	for (const line of vx.reconfig ?? []) lines.push(`reconfig: ${line}`);
	return lines;
}

/** vxclustadm nidmap: every node with its CVM id and state. */
export function nidmapLines(vx: VxvmState): string[] {
	const word = (n: string) => {
		const self = vx.nodes[n]!;
		return self.state === 'cluster member'
			? `Joined: ${self.role === 'MASTER' ? 'Master' : 'Slave'}`
			: self.state === 'joining'
				? 'Joining'
				: 'Out of Cluster';
	};
	return [
		`${pad('Name', 20)}${pad('CVM Nid', 10)}${pad('CM Nid', 10)}State`,
		...Object.keys(vx.nodes).map(n => `${pad(n, 20)}${pad(String(vx.nodes[n]!.id), 10)}${pad(String(vx.nodes[n]!.id), 10)}${word(n)}`),
	];
}
