/**
 * The C-SPOC LVM screens as SMIT drives them, without the UI: a selector's
 * F4 list, the dialog's discover, its fields' initial values, and the
 * command SMIT builds (what F6 shows) run against the cluster.
 */
import {describe, expect, it} from 'vitest';
import type {FieldValue} from '../src/menu/build.js';
import {loadCatalog, type Dialog} from '../src/menu/catalog.js';
import {checkCatalog} from '../src/menu/check.js';
import {commandLine, fieldChoices, fieldLabel, openDialog, setField, type DialogModel} from '../src/menu/dialog.js';
import type {CommandOption} from '../src/menu/schema.js';
import {createRegistry} from '../src/domains/index.js';
import {testCluster, type TestCluster} from './helpers/cluster.js';
import {accepted, smitOn} from './helpers/smit.js';

const {catalog} = loadCatalog('menus');

/** The F4 list of a field or selector body: the values it offers. */
function list(c: TestCluster, field: CommandOption, names: Record<string, string> = {}): string[] {
	return accepted(fieldChoices(field, names, smitOn(c)))
		.filter(e => e.selectable)
		.map(e => e.value);
}

interface OpenDialog {
	dialog: Dialog;
	values: readonly FieldValue[];
	names: Readonly<Record<string, string>>;
	set(label: string, value: string): void;
	field(label: string): CommandOption;
	/** The command Enter runs and F6 shows. */
	command(): string;
}

/** Open a dialog the way SMIT does (src/menu/dialog.ts), after a selector passed `raw` on. */
function open(c: TestCluster, id: string, raw?: string): OpenDialog {
	const dialog = catalog.dialogs.get(id)!;
	let model: DialogModel = accepted(openDialog(dialog, raw === undefined ? {} : {_rawname: raw, _cookedname: raw}, smitOn(c)));
	const field = (label: string) => {
		const found = dialog.fields.find(f => fieldLabel(f).startsWith(label));
		if (!found) throw new Error(`${id} has no field ${label}`);
		return found;
	};
	return {
		dialog,
		get values() {
			return model.fields;
		},
		names: model.context,
		set: (label, value) => void (model = accepted(setField(model, fieldLabel(field(label)), value))),
		field,
		command: () => commandLine(model),
	};
}

/** Choose from a ghost selector's list, as the user does in its pop-up. */
function choose(c: TestCluster, selector: string, pick: string): string {
	const body = catalog.selectors.get(selector)!.body;
	const offered = list(c, body);
	expect(offered).toContain(pick);
	return pick;
}

describe('the C-SPOC LVM menus', () => {
	it('are valid, reachable, and name only known commands', () => {
		expect(checkCatalog(catalog, createRegistry())).toEqual([]);
		const path = ['top_menu', 'hacmp', 'cl_admin', 'cl_lvm'];
		expect(catalog.menus.get('cl_admin')!.items.map(i => i.text)).toEqual(
			expect.arrayContaining(['HACMP Logical Volume Management', 'HACMP Physical Volume Management']),
		);
		expect(catalog.menus.get('cl_lvm')!.items.map(i => i.text)).toEqual([
			'Shared Volume Groups',
			'Shared Logical Volumes',
			'Shared File Systems',
			'Synchronize Shared LVM Mirrors',
			'Synchronize a Shared Volume Group Definition',
		]);
		expect(path.every(id => catalog.menus.has(id))).toBe(true);
	});

	it('create a VG, add a mirrored LV, add a JFS2 file system on it: each F6 command and what it does', () => {
		const c = testCluster();

		const mkvg = open(c, 'cl_mkvg_dialog');
		expect(mkvg.names).toMatchObject({nodes: 'node1,node2', major: '39', ppsize: '64'});
		const disks = list(c, mkvg.field('PVID'), {nodes: 'node1,node2'});
		expect(disks).toEqual(['00c8d7b0a1b2c304', '00c8d7b0a1b2c305', '00c8d7b0a1b2c306']);
		mkvg.set('PVID', `${disks[0]} ${disks[1]}`);
		mkvg.set('VOLUME GROUP name', 'appvg');
		expect(mkvg.command()).toBe(
			"/usr/es/sbin/cluster/cspoc/fix_args nop cl_mkvg -cspoc-n 'node1,node2' -y 'appvg' -s '64' -V '39' '00c8d7b0a1b2c304' '00c8d7b0a1b2c305'",
		);
		expect(c.ok(mkvg.command())).toBe('node1: appvg\nnode2: appvg\n');

		const vg = choose(c, 'cl_mklv_select', 'appvg');
		const mklv = open(c, catalog.selectors.get('cl_mklv_select')!.next_id, vg);
		expect(mklv.names).toMatchObject({vg: 'appvg', nodes: 'node1,node2', group: ''});
		mklv.set('Number of LOGICAL PARTITIONS', '10');
		mklv.set('Logical volume NAME', 'applv');
		mklv.set('Logical volume TYPE', 'jfs2');
		mklv.set('Number of COPIES', '2');
		expect(mklv.command()).toBe("/usr/es/sbin/cluster/cspoc/fix_args nop cl_mklv -cspoc-n 'node1,node2' -y 'applv' -t 'jfs2' -c '2' 'appvg' '10'");
		expect(c.ok(mklv.command())).toBe('node1: applv\n');

		const lv = choose(c, 'cl_crfs_jfs2_lv_select', 'applv');
		const crfs = open(c, 'cl_crfs_jfs2_lv_dialog', lv);
		crfs.set('MOUNT POINT', '/app');
		expect(list(c, crfs.field('Logical Volume for Log'), crfs.names)).toEqual([]);
		expect(crfs.command()).toBe("/usr/es/sbin/cluster/cspoc/fix_args nop cl_crfs -v jfs2 -cspoc-n 'node1,node2' -d 'applv' -m '/app' -p 'rw'");
		c.ok(crfs.command());

		const appvg = c.state.vgda[c.state.nodes.node1!.lvm.volumeGroups.appvg!.vgid]!;
		expect(appvg.lvs.applv!.copies).toHaveLength(2);
		expect(appvg.filesystems['/app']).toMatchObject({lv: 'applv', log: 'loglv00', vfs: 'jfs2'});
		for (const node of ['node1', 'node2']) {
			const lvm = c.state.nodes[node]!.lvm;
			expect(lvm.volumeGroups.appvg).toMatchObject({major: 39, autoVaryon: false, timestamp: appvg.timestamp});
			expect(lvm.volumeGroups.appvg!.lvs).toEqual(['applv', 'loglv00']);
			expect(lvm.filesystems['/app']).toMatchObject({dev: '/dev/applv', log: '/dev/loglv00', mount: 'false'});
		}
		expect(c.file('node1', '/tmp/cspoc.log')).toContain("cl_crfs -cspoc '-n node1,node2' -v jfs2 -d applv -m /app -p rw");
	});

	it('change dialogs start from what the VG, LV or file system is now', () => {
		const c = testCluster();
		const chvg = open(c, 'cl_chvg_dialog', choose(c, 'cl_chvg_select', 'datavg'));
		expect(chvg.values.map(v => v.value)).toEqual(['rg_app', 'datavg', 'node1,node2', 'no', 'yes']);
		chvg.set('A QUORUM', 'no');
		expect(chvg.command()).toBe("/usr/es/sbin/cluster/cspoc/fix_args nop cl_chvg -cspoc-n 'node1,node2' -Q 'n' 'datavg'");
		c.ok(chvg.command());

		const chfs = open(c, 'cl_chfs_dialog', choose(c, 'cl_chfs_jfs2_select', '/data'));
		expect(chfs.names).toMatchObject({fs: '/data', lv: 'datalv', size: '8388608', permissions: 'rw'});
		expect(chfs.command()).toBe("/usr/es/sbin/cluster/cspoc/fix_args nop cl_chfs -cspoc-n 'node1,node2' -p 'rw' '/data'");
		chfs.set('SIZE of file system', '+131072');
		c.ok(chfs.command());
		expect(c.state.vgda['00c8d7b000004c02']!.filesystems['/data']!.sizeBlocks).toBe(8519680);

		const show = open(c, 'cl_lslv_dialog', choose(c, 'cl_lslv_select', 'datalv'));
		show.set('List OPTION', 'logical partition map');
		expect(c.ok(show.command())).toContain('node1: 0001  0002 hdisk2            0002 hdisk3');
	});

	it('every VG dialog opens on the sample VG and its command runs', () => {
		const c = testCluster();
		const extend = open(c, 'cl_extendvg_dialog', 'rg_app                  datavg');
		extend.set('PHYSICAL VOLUME names', list(c, extend.field('PHYSICAL VOLUME names'), extend.names)[0]!);
		c.ok(extend.command());
		const mirror = open(c, 'cl_mirrorvg_dialog', 'datavg');
		mirror.set('Number of COPIES', '3');
		expect(mirror.command()).toBe("/usr/es/sbin/cluster/cspoc/fix_args nop cl_mirrorvg -cspoc-n 'node1,node2' -c '3' 'datavg'");
		c.ok(mirror.command());
		const unmirror = open(c, 'cl_unmirrorvg_dialog', 'datavg');
		unmirror.set('Number of COPIES', '2');
		c.ok(unmirror.command());
		const sync = open(c, 'cl_syncvg_vg_dialog', 'datavg');
		expect(sync.command()).toBe("/usr/es/sbin/cluster/cspoc/fix_args nop cl_syncvg -v -cspoc-n 'node1,node2' 'datavg'");
		c.ok(sync.command());
		c.ok(open(c, 'cl_updatevg_dialog', 'datavg').command());
		for (const ghost of ['cl_lsshvgs_dialog', 'cl_lsvg_l_dialog', 'cl_lsfs_dialog', 'cl_lspvids_dialog'])
			c.ok(catalog.dialogs.get(ghost)!.cmd_to_exec);
		const replace = open(c, 'cl_replacepv_dialog', choose(c, 'cl_replacepv_select', '00c8d7b0a1b2c302'));
		replace.set('DESTINATION Disk', list(c, replace.field('DESTINATION Disk'), replace.names)[0]!);
		expect(replace.command()).toBe(
			"/usr/es/sbin/cluster/cspoc/fix_args nop cl_replacepv -cspoc-n 'node1,node2' '00c8d7b0a1b2c302' '00c8d7b0a1b2c305'",
		);
		c.ok(replace.command());
		expect(c.state.nodes.node2!.lvm.volumeGroups.datavg!.pvids[0]).toBe('00c8d7b0a1b2c305');
	});

	it('import a shared VG defined on one node only', () => {
		const c = testCluster();
		c.ok('mkvg -y onevg hdisk6', 'node2');
		c.ok('varyoffvg onevg', 'node2');
		const importvg = open(c, 'cl_importvg_dialog');
		const disks = list(c, importvg.field('PHYSICAL VOLUME name'));
		expect(disks).toEqual(['00c8d7b0a1b2c306']);
		importvg.set('VOLUME GROUP name', 'onevg');
		importvg.set('PHYSICAL VOLUME name', disks[0]!);
		expect(importvg.command()).toBe(
			"/usr/es/sbin/cluster/cspoc/fix_args nop cl_importvg -y 'onevg' -V '40' -cspoc-n 'node1,node2' '00c8d7b0a1b2c306'",
		);
		c.ok(importvg.command());
		expect(c.state.nodes.node1!.lvm.volumeGroups.onevg!.major).toBe(40);
	});
});
