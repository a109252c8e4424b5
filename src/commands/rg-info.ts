/** Where resource groups are: clRGinfo (5.x) and clfindres (4.x, with the sticky location). */
import {UsageError} from '../cluster/errors.js';
import {defineCommand} from '../command/define.js';
import type {GroupState} from '../cluster/state.js';
import {groupState, groupType, printGroupStates, runningOrFail, selectGroups, UTILITIES} from './cluster-state.js';
import {SINCE_5} from '../cluster/release/index.js';
import {GROUP_SITE_POLICY} from '../cluster/rg/policies.js';

const RULE = '-'.repeat(77);

const GROUPS = {name: 'groupname ...', help: 'the resource groups to show; every group when none is named'} as const;

const clRGinfo = defineCommand({
	name: 'clRGinfo',
	releases: SINCE_5,
	dirs: [UTILITIES],
	summary: 'Shows where the resource groups are and their state on each node, as the cluster manager reports it.',
	synopsis: '[-h] [-v] [-a] [-s|-c] [-t] [-p] [-m] [groupname1] [groupname2] ...',
	readOnly: true,
	flags: {
		h: {help: 'shows the usage'},
		v: {help: "verbose: each group's startup, fallover and fallback policies with its state on each node"},
		s: {help: 'colon-separated output: group, state, node, type and policies'},
		c: {help: 'colon-separated output (as -s)'},
		a: {help: "shows each group's current location and where it goes after the cluster event (hasmit prints the usual listing)"},
		t: {help: 'shows the settling time and delayed fallback timers (hasmit prints the usual listing; lssrc -ls clstrmgrES shows the timers)'},
		p: {help: 'shows the priority override (sticky) location (hasmit prints the usual listing; -v shows it)'},
		m: {help: 'shows the state of the application servers and their monitors on each node'},
		i: {help: 'accepted for the scripts that pass it; the listing is the usual one'},
	},
	operands: {list: [GROUPS]},
	run(ctx, {opts, args}) {
		if (opts.h) throw new UsageError('');
		const config = runningOrFail(ctx);
		const groups = selectGroups(config, args);
		if (groups.length === 0) {
			ctx.print('There are no resource groups defined in the cluster.');
			return;
		}
		if (opts.s || opts.c) {
			for (const group of groups) {
				for (const node of group.nodes) {
					ctx.print(
						[
							group.name,
							groupState(ctx.state, group.name, node),
							node,
							groupType(group),
							group.startup,
							group.fallover,
							group.fallback,
							GROUP_SITE_POLICY,
						].join(':'),
					);
				}
			}
			return;
		}
		if (opts.v) {
			ctx.print(`Cluster Name: ${config.cluster.name}`);
			for (const group of groups) {
				printGroupStates(ctx, group, 'State');
			}
			return;
		}
		ctx.print(RULE);
		ctx.print(
			opts.m
				? `${'Group Name'.padEnd(15)}${'Group State'.padEnd(29)}${'Application state'.padEnd(29)}Node`
				: `${'Group Name'.padEnd(29)}${'Group State'.padEnd(17)}Node`,
		);
		ctx.print(RULE);
		for (const group of groups) {
			group.nodes.forEach((node, i) => {
				const state = groupState(ctx.state, group.name, node);
				if (!opts.m) {
					ctx.print(`${(i === 0 ? group.name : '').padEnd(29)}${state.padEnd(17)}${node}`);
					return;
				}
				ctx.print(`${(i === 0 ? group.name : '').padEnd(15)}${state.padEnd(29)}${''.padEnd(29)}${node}`);
				if (state !== 'ONLINE') return;
				for (const server of group.resources.appServers) {
					const monitored = Object.values(config.appMonitors).some(m => m.server === server);
					const running = Boolean(ctx.state.nodes[node]!.apps[server]);
					ctx.print(` ${server.padEnd(43)}${running ? `ONLINE ${monitored ? 'MONITORED' : 'NOT MONITORED'}` : 'OFFLINE'}`);
				}
			});
			ctx.print('');
		}
	},
});

const FINDRES_STATE: Record<GroupState, string> = {
	ONLINE: 'UP',
	OFFLINE: 'DOWN',
	ACQUIRING: 'ACQUIRING',
	RELEASING: 'RELEASING',
	ERROR: 'ERROR',
};

const clfindres = defineCommand({
	name: 'clfindres',
	dirs: [UTILITIES],
	summary: 'Shows where the resource groups are, with their sticky location (the HACMP 4.x form of clRGinfo).',
	synopsis: '[-s] [resgroup1] [resgroup2] ...',
	readOnly: true,
	flags: {s: {help: 'colon-separated output: group, type, state, node and sticky location'}},
	operands: {list: [GROUPS]},
	run(ctx, {opts, args}) {
		const config = runningOrFail(ctx);
		const groups = selectGroups(config, args);
		if (opts.s) {
			for (const group of groups) {
				const sticky = ctx.state.resourceGroups[group.name]?.sticky ?? '';
				for (const node of group.nodes)
					ctx.print([group.name, group.type, FINDRES_STATE[groupState(ctx.state, group.name, node)], node, sticky].join(':'));
			}
			return;
		}
		ctx.print(`${'GroupName'.padEnd(15)}${'Type'.padEnd(12)}${'State'.padEnd(11)}${'Location'.padEnd(12)}Sticky Loc`);
		ctx.print(`${'---------'.padEnd(15)}${'----'.padEnd(12)}${'-----'.padEnd(11)}${'--------'.padEnd(12)}----------`);
		for (const group of groups) {
			const sticky = ctx.state.resourceGroups[group.name]?.sticky ?? '';
			group.nodes.forEach((node, i) => {
				const state = FINDRES_STATE[groupState(ctx.state, group.name, node)];
				ctx.print(
					`${(i === 0 ? group.name : '').padEnd(15)}${group.type.padEnd(12)}${state.padEnd(11)}${node.padEnd(12)}${i === 0 ? sticky : ''}`.trimEnd(),
				);
			});
		}
	},
});

export const groupInfoCommands = [...clRGinfo, ...clfindres];
