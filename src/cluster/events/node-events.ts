/**
 * The node events the cluster managers run when a node joins or leaves, in the release's event model (its profile's
 * `events`: 4.3's node_up_local / node_up_remote sub-events, 5.2's rg_move_release / rg_move_acquire /
 * rg_move_complete per group). The first event decides what happens to the groups (the plan); each following event
 * carries it. Other domains react through node-hooks.ts.
 *
 * The events run one after another, as the cluster managers' event queue does. When one fails (an administrator's
 * command exits non-zero), the rest of its script is skipped and every following event waits, with its plan, in
 * `state.heldEvents` until Recover From HACMP Script Failure (clruncmd) resumes with the next one: the failed event
 * is not run again. A node starting meanwhile joins the queue (its cluster manager stays ST_JOINING until its node_up
 * has run); a node stopping is refused, a node failing queues its node_down.
 */
import {activeNodes, configById, runningConfigId, type ClusterConfig, type ResourceGroup} from '../config.js';
import type {ClusterState, GroupRuntime} from '../state.js';
import {eventFailures, EventLog, eventsWaiting, EventsHalted, installResume, nodesWaiting, stoppable} from './log.js';
import {decideOnJoin, distributionKey, falloverTarget, groupId, holders, joinOrder, releaseFrom} from './policy.js';
import {scheduleFallback} from './fallback-timer.js';
import {cancelGroupTimers, groupTimer, setGroupTimer} from './timers.js';
import {acquireOn, completeAcquisitions, releaseOn} from './resources.js';
import type {DeepReadonly} from '../readonly.js';
import {peek} from '../view.js';
import {publishNodeEvent, type StopMode} from './node-hooks.js';
import {profileOf} from '../release/index.js';
import type {EventModel, EventPhase, EventWork} from '../release/profile.js';
import {installGroupMove} from './rg-move.js';
import {refuse} from '../errors.js';
import {stopWhileWaiting} from '../event-scripts/messages.js';

export type {StopMode};

/** What a node event's first event decided, carried by the events after it. */
export interface NodePlan {
	/** Groups given up, each by the node holding it. */
	release: Array<{group: string; node: string}>;
	/** Groups taken, each by its new node; `takeover` when it comes from another node (the *_takeover_addr events). */
	acquire: Array<{group: string; node: string; takeover: boolean}>;
}

/** One top-level event of a node event, as it waits in the state while a failed event holds the queue (plain JSON). */
export interface HeldEvent {
	/** The event and its arguments, as hacmp.out names them. */
	event: string;
	args: string;
	/** The node joining or leaving. */
	node: string;
	/** A node event, a group move, or an event that only announces a change (`announce`: network_down and the like). */
	sequence: keyof EventModel | 'announce';
	/** Its place in the release's sequence (profile `events`). */
	phase: number;
	/** The members that run it. */
	nodes: string[];
	/** A per-group event's group. */
	group?: string;
	/** What an announcing event writes on each member's hacmp.out. */
	note?: string;
	/** What an announcing event does besides (an action defined by its domain, with its plain JSON payload). */
	action?: {kind: string; payload: object};
	/** How long an announcing event takes on the simulated clock (1 s unless given: a *_complete may take none). */
	seconds?: number;
	mode?: StopMode;
	/** The node failed: nothing runs on it. */
	failed?: boolean;
	/** The node is stopping: once its node_down has run it leaves the cluster (onNodeLeft). */
	leaving?: boolean;
	plan: NodePlan;
}

/** The configuration an event runs with: the node's ACD, or the running one once the node has left. */
function configFor(state: ClusterState, node: string): DeepReadonly<ClusterConfig> {
	return configById(state, state.nodes[node]?.acd ?? runningConfigId(state)!);
}

/** What a joining node's arrival does to each group (timers and groups a forced stop left up are dealt with here). */
function decideJoins(state: ClusterState, log: EventLog, config: DeepReadonly<ClusterConfig>, node: string): NodePlan {
	const plan: NodePlan = {release: [], acquire: []};
	const fallbacks: NodePlan['acquire'] = [];
	const context = {settlingTime: config.settlingTime ?? 0, distributed: new Set<string>()};
	for (const group of joinOrder(Object.values(config.resourceGroups), node)) {
		// Peeked, and drafted only to give a member the state it lacks: drafting each of big's 64 groups costs more than the decisions.
		let runtime: DeepReadonly<GroupRuntime> | undefined = peek(state.resourceGroups, group.name);
		if (!runtime || group.nodes.some(member => runtime!.nodes[member] === undefined)) {
			const draft = (state.resourceGroups[group.name] ??= {nodes: {}});
			for (const member of group.nodes) draft.nodes[member] ??= 'OFFLINE';
			runtime = draft;
		}
		const decision = decideOnJoin(config, group, runtime, node, context);
		if (decision.action === 'acquire') plan.acquire.push({group: group.name, node, takeover: false});
		else if (decision.action === 'fallback') {
			plan.release.push({group: group.name, node: decision.from});
			fallbacks.push({group: group.name, node, takeover: true});
		} else if (decision.action === 'delayFallback') scheduleFallback(state, log, config, group, node);
		else if (decision.action === 'manage')
			log.note(node, `Resource group ${group.name} stayed up on ${node} after its forced stop; cluster services manage it again.`);
		else if (decision.action === 'settle' && !groupTimer(state, group.name)) {
			setGroupTimer(state, group.name, 'settling', state.clock + context.settlingTime * 1000);
			log.note(node, `Resource group ${group.name}: settling time of ${context.settlingTime} seconds started; it waits for a higher-priority node.`);
		}
		if (group.startup === 'OUDP' && decision.action === 'acquire') context.distributed.add(distributionKey(config, group));
	}
	plan.acquire.push(...fallbacks);
	return plan;
}

/** What a leaving node's groups do: released where it holds them (unless it failed), taken over with takeover. */
function decideLeave(state: ClusterState, log: EventLog, config: DeepReadonly<ClusterConfig>, held: HeldEvent): NodePlan {
	const {node, mode} = held;
	const on = (pick: (runtime: DeepReadonly<ClusterState['resourceGroups'][string]>) => string[]) =>
		Object.values(config.resourceGroups).filter(g => pick(state.resourceGroups[g.name] ?? {nodes: {}}).includes(node));
	const plan: NodePlan = {release: held.failed ? [] : on(releaseFrom).map(g => ({group: g.name, node})), acquire: []};
	const remaining = held.nodes.filter(n => n !== node);
	for (const group of mode === 'takeover' ? on(holders) : []) {
		const target = falloverTarget(state, group, state.resourceGroups[group.name]!, remaining, node);
		if (target) {
			plan.acquire.push({group: group.name, node: target, takeover: true});
			continue;
		}
		const text =
			`Resource group ${group.name} has no takeover node (${group.fallover === 'BO' ? 'Bring Offline' : 'no active node in its list'}); it stays ` +
			`offline.`;
		for (const member of held.failed ? remaining : [node]) log.note(member, text);
	}
	return plan;
}

/** The first event: the script's trace and the plan, or, for a forced stop, the groups left up (still ONLINE there). */
function decide(state: ClusterState, log: EventLog, config: DeepReadonly<ClusterConfig>, held: HeldEvent): NodePlan | undefined {
	const {node, event, mode} = held;
	if (held.sequence === 'nodeUp') {
		log.trace(node, event, [`NODENAME=${node}`, `LOCALNODENAME=${node}`, `[[ ${node} = ${node} ]]`]);
		return decideJoins(state, log, config, node);
	}
	log.trace(node, event, [`NODENAME=${node}`, `PARAM=${mode === 'forced' ? 'forced' : 'graceful'}`]);
	if (mode !== 'forced') return decideLeave(state, log, config, held);
	// Before HACMP 5.4 (and its UNMANAGED state) a forced-down node's groups stay ONLINE there: nothing is released or taken over.
	const up = Object.values(config.resourceGroups).filter(g => holders(state.resourceGroups[g.name] ?? {nodes: {}}).includes(node));
	log.note(node, `Forced down: the resources of ${up.map(g => g.name).join(', ') || 'no resource group'} stay up on ${node}, unmanaged.`);
	publishNodeEvent({name: 'node_down', node, mode, script: event, state, log, config});
	return undefined;
}

/** The events after the first, each per group where the model says so. */
function following(
	state: ClusterState,
	config: DeepReadonly<ClusterConfig>,
	held: HeldEvent & {sequence: 'nodeUp' | 'nodeDown'},
	plan: NodePlan,
): HeldEvent[] {
	const phases = profileOf(state).events[held.sequence];
	return phases.slice(1).flatMap((phase, i) => {
		const base = {...held, phase: i + 1, event: phase.event, plan};
		if (!phase.perGroup) return [base];
		const groups = [...new Set(plan[phase.perGroup].map(item => item.group))];
		return groups.map(group => ({...base, group, args: `${held.node} ${groupId(config, config.resourceGroups[group]!)}`}));
	});
}

/** One piece of an event's work on the nodes concerned, with its sub-event when it has one. */
function runWork(state: ClusterState, log: EventLog, config: DeepReadonly<ClusterConfig>, held: HeldEvent, work: EventWork): void {
	const {node, plan} = held;
	// A group the configuration no longer has (changed while the events waited) is left out.
	const mine = <T extends {group: string}>(items: T[]) =>
		items.filter(item => (held.group === undefined || item.group === held.group) && config.resourceGroups[item.group]);
	const group = (name: string) => config.resourceGroups[name]!;
	// A node leaving releases as the holder of its groups; a joining node's peers give back what they took over.
	const release = held.sequence === 'nodeDown' ? {takeover: false, keepPassive: false} : {takeover: held.sequence === 'nodeUp', keepPassive: true};
	const body = (at = node) => {
		// rg_move's work is process_resources' (HACMP 5.x), traced as it names its job.
		if (work.suffix) log.trace(at, 'process_resources', [`JOB_TYPE=${work.suffix}`, `RESOURCE_GROUPS="${held.group ?? ''}"`]);
		if (work.do === 'release') for (const item of mine(plan.release)) releaseOn(state, log, config, item.node, group(item.group), release);
		if (work.do === 'acquire')
			for (const item of mine(plan.acquire)) {
				cancelGroupTimers(state, item.group, 'settling');
				acquireOn(state, log, config, item.node, group(item.group), item.takeover);
			}
		if (work.do === 'complete') for (const item of mine(plan.acquire)) completeAcquisitions(state, log, config, item.node, [group(item.group)]);
		if (work.publish) publishNodeEvent({name: work.publish, node, mode: held.mode, script: work.sub ?? held.event, state, log, config});
	};
	if (work.on === 'local' && held.failed) return;
	const remote = held.nodes.filter(n => n !== node);
	if (!work.sub) body();
	else if (work.on === 'remote') {
		if (remote.length > 0) log.cluster(remote, work.sub, node, () => body());
	} else {
		// In a per-group event the sub-event runs where the group is released or acquired.
		const where = held.group === undefined ? [node] : mine(work.do === 'release' ? plan.release : plan.acquire).map(item => item.node);
		for (const at of where) log.event(at, work.sub, work.suffix ? `${held.args} ${work.suffix}` : '', () => body(at));
	}
}

/** Run one top-level event; the events it decides on are added to `next`. */
function runEvent(state: ClusterState, held: HeldEvent, next: HeldEvent[]): void {
	const log = new EventLog(state);
	if (held.sequence === 'announce') {
		log.cluster(
			held.nodes,
			held.event,
			held.args,
			() => {
				if (held.note) for (const member of held.nodes) log.note(member, held.note);
				if (held.action) announcedActions.get(held.action.kind)?.(state, log, held.action.payload as never);
			},
			held.seconds,
		);
		return;
	}
	const config = configFor(state, held.node);
	const sequence = held.sequence;
	const phase: EventPhase | undefined = profileOf(state).events[sequence][held.phase];
	// A held event of a release the cluster no longer runs (its release was changed) is dropped.
	if (!phase) return;
	log.cluster(held.nodes, held.event, held.args, () => {
		let event = held;
		if (held.phase === 0 && sequence !== 'groupMove') {
			const plan = decide(state, log, config, held);
			if (!plan) return;
			event = {...held, plan};
			next.push(...following(state, config, {...held, sequence}, plan));
		}
		for (const work of phase.work) runWork(state, log, config, event, work);
	});
}

/**
 * Run node events in order (after those already waiting); from the first that fails, the rest wait in
 * `state.heldEvents`, as do all of them while a cluster manager waits for clruncmd. `caller`: the node whose stop
 * waits for these events itself (it leaves the cluster once they have run; any other stopping node leaves here).
 */
function runEvents(state: ClusterState, events: HeldEvent[], caller?: string): void {
	let waiting = eventsWaiting(state);
	const queue = waiting ? [...events] : [...(state.heldEvents ?? []), ...events];
	if (!waiting) delete state.heldEvents;
	while (queue.length > 0) {
		if (waiting) {
			state.heldEvents = [...(state.heldEvents ?? []), ...queue];
			return;
		}
		const held = queue.shift()!;
		const next: HeldEvent[] = [];
		const failures = eventFailures();
		try {
			stoppable(() => runEvent(state, held, next));
		} catch (error) {
			if (!(error instanceof EventsHalted)) throw error;
		} finally {
			queue.unshift(...next);
		}
		waiting = eventFailures() !== failures;
		if (queue.some(other => other.node === held.node && other.sequence === held.sequence)) continue;
		// The node's node_up or node_down has run to its end (or to its failure).
		if (held.sequence === 'nodeUp' && state.nodes[held.node]?.cm === 'ST_JOINING') state.nodes[held.node]!.cm = 'ST_STABLE';
		if (held.leaving && held.node !== caller) for (const left of leftHooks) left(state, held.node, held.mode ?? 'graceful');
	}
}

type Left = (state: ClusterState, node: string, mode: StopMode) => void;
const leftHooks: Left[] = [];

/** Run `left` when a stopping node whose node_down waited behind a failed event has run it: services.ts stops the node. */
export function onNodeLeft(left: Left): void {
	leftHooks.push(left);
}

// clruncmd: the events waiting behind the failed one run, from the next.
installResume(state => runEvents(state, []));

function firstEvent(state: ClusterState, sequence: 'nodeUp' | 'nodeDown'): string {
	return profileOf(state).events[sequence][0]!.event;
}

/**
 * node_up for `node`, whose cluster manager has just joined with an ACD (its groups are acquired by policy: managing
 * them manually came with HACMP 5.4). While a failed event holds the queue the node waits, joining.
 */
export function runNodeUp(state: ClusterState, node: string): void {
	const event = firstEvent(state, 'nodeUp');
	runEvents(state, [{event, args: node, node, sequence: 'nodeUp', phase: 0, nodes: activeNodes(state), plan: {release: [], acquire: []}}]);
	if (state.heldEvents?.some(held => held.node === node && held.sequence === 'nodeUp' && held.phase === 0)) state.nodes[node]!.cm = 'ST_JOINING';
}

/**
 * Move a group outside node events, by a plan already made (clRGmove, DARE migration, a timer, a selective fallover):
 * the release's group move events (5.2's rg_move_release / rg_move_acquire / rg_move_complete, named by the node giving
 * the group up or taking it and the group's number; 4.3's reconfig_resource_* of DARE). They queue like node events:
 * behind a failed event they wait, and one failing holds the rest until clruncmd.
 */
export function runGroupMove(
	state: ClusterState,
	config: DeepReadonly<ClusterConfig>,
	group: DeepReadonly<ResourceGroup>,
	move: {release: readonly string[]; acquire: readonly string[]},
): void {
	const plan: NodePlan = {
		release: move.release.map(node => ({group: group.name, node})),
		acquire: move.acquire.map(node => ({group: group.name, node, takeover: false})),
	};
	const node = move.acquire[0] ?? move.release[0];
	if (node === undefined) return;
	const nodes = activeNodes(state);
	const events = profileOf(state).events.groupMove.flatMap((phase, i): HeldEvent[] => {
		const base: HeldEvent = {event: phase.event, args: '', node, sequence: 'groupMove', phase: i, nodes, group: group.name, plan};
		if (!phase.perGroup) return [base];
		const by = plan[phase.perGroup][0]?.node;
		return by === undefined ? [] : [{...base, node: by, args: `${by} ${groupId(config, group)}`}];
	});
	runEvents(state, events);
}

installGroupMove(runGroupMove);

type AnnouncedAction = (state: ClusterState, log: EventLog, payload: never) => void;
const announcedActions = new Map<string, AnnouncedAction>();

/**
 * What an announcing event does besides its script (swap_adapter moving addresses), defined once by its domain and
 * named in the event, so that the event can wait in the state as plain JSON; returns the event's `action`.
 */
export function defineAnnouncedAction<P extends object>(
	kind: string,
	run: (state: ClusterState, log: EventLog, payload: P) => void,
): (payload: P) => {kind: string; payload: P} {
	announcedActions.set(kind, run as AnnouncedAction);
	return payload => ({kind, payload});
}

/**
 * Events that announce a change (network_down, network_up, swap_adapter, fail_standby and their *_complete): run in
 * order on `nodes` like the others, so a failed one holds the rest, and behind a failed event they wait.
 */
export function announceEvents(
	state: ClusterState,
	nodes: readonly string[],
	events: ReadonlyArray<Pick<HeldEvent, 'event' | 'args' | 'note' | 'action' | 'seconds'>>,
): void {
	const plan: NodePlan = {release: [], acquire: []};
	runEvents(
		state,
		events.map(event => ({...event, node: nodes[0] ?? '', sequence: 'announce', phase: 0, nodes: [...nodes], plan})),
	);
}

/** A node cannot start leaving while a failed event holds the cluster's events (the real clstop would queue it). */
export function refuseToLeaveWhileWaiting(state: ClusterState, node: string): void {
	if (eventsWaiting(state)) refuse(stopWhileWaiting(node, nodesWaiting(state)));
}

/**
 * node_down for `node`, which is leaving in the given mode (its ACD is still set). With `survivors` the node failed
 * (crashed, or no longer heard): only they run the event, nothing runs on the failed node, and they take its groups
 * over. A node cannot start leaving while a failed event holds the queue. Returns false when a failure in its own
 * node_down holds the rest: the node stays until that has run.
 */
export function runNodeDown(state: ClusterState, node: string, mode: StopMode, survivors?: readonly string[]): boolean {
	if (!survivors) refuseToLeaveWhileWaiting(state, node);
	const args = survivors ? node : `${node} ${mode === 'forced' ? 'forced' : 'graceful'}`;
	const nodes = [...(survivors ?? activeNodes(state))];
	const failed = survivors !== undefined;
	const event = firstEvent(state, 'nodeDown');
	runEvents(
		state,
		[{event, args, node, sequence: 'nodeDown', phase: 0, nodes, mode, failed, leaving: !failed, plan: {release: [], acquire: []}}],
		node,
	);
	return !state.heldEvents?.some(held => held.node === node && held.sequence === 'nodeDown');
}
