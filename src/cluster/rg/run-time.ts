/**
 * Resource group run-time policies: the cluster-wide settling time and distribution policy, and the delayed fallback
 * timer policies groups may name.
 */
import {dcdOf, editDcd, type ClusterConfig, type FallbackTimerPolicy} from '../config.js';
import type {ClusterState} from '../state.js';
import {MAX_SECONDS} from '../clock.js';
import {refuse} from '../errors.js';
import {errorLines, outOfRange, settlingTimeNotSeconds, timerInUse, TIMER_POLICY} from './messages.js';
import {checkNewName, defined} from './names.js';
import type {DeepReadonly} from '../readonly.js';

/** A delayed fallback timer policy of the node's DCD, or a refusal. */
export function definedTimer(state: ClusterState, node: string, name: string): DeepReadonly<FallbackTimerPolicy> {
	return defined(dcdOf(state, node).fallbackTimers, TIMER_POLICY, name);
}

export function setSettlingTime(state: ClusterState, node: string, seconds: number): void {
	if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS) refuse(errorLines(settlingTimeNotSeconds(MAX_SECONDS)));
	editDcd(state, node, config => {
		if (seconds === 0) delete config.settlingTime;
		else config.settlingTime = seconds;
	});
}

/** 5.2's resource group distribution policy, cluster-wide: what a joining node takes one Online Using Distribution Policy group of. */
export type DistributionPolicy = 'node' | 'network';

export function distributionPolicy(config: DeepReadonly<ClusterConfig>): DistributionPolicy {
	return config.rgDistribution ?? 'node';
}

/** Node-based (the default, kept as no value) or network-based, in the node's DCD; synchronization gives it to the cluster. */
export function setDistributionPolicy(state: ClusterState, node: string, policy: DistributionPolicy): void {
	editDcd(state, node, config => {
		if (policy === 'network') config.rgDistribution = 'network';
		else delete config.rgDistribution;
	});
}

function range(label: string, value: number | undefined, low: number, high: number): void {
	if (value === undefined || !Number.isInteger(value) || value < low || value > high) refuse(errorLines(outOfRange(label, low, high)));
}

/** What a recurrence needs besides the time of day. */
function checkTimer(policy: FallbackTimerPolicy): void {
	range('The hour', policy.hour, 0, 23);
	range('The minutes', policy.minute, 0, 59);
	if (policy.recurrence === 'weekly') range('The day of the week', policy.dayOfWeek, 0, 6);
	if (policy.recurrence === 'monthly' || policy.recurrence === 'yearly' || policy.recurrence === 'once')
		range('The day of the month', policy.dayOfMonth, 1, 31);
	if (policy.recurrence === 'yearly' || policy.recurrence === 'once') range('The month', policy.month, 0, 11);
	if (policy.recurrence === 'once') range('The year', policy.year, 1970, 2099);
}

/** Add a delayed fallback timer policy, or replace one (`replaces` names it). */
export function saveFallbackTimer(state: ClusterState, node: string, policy: FallbackTimerPolicy, options: {replaces?: string}): void {
	const timers = dcdOf(state, node).fallbackTimers;
	if (options.replaces !== undefined) definedTimer(state, node, options.replaces);
	if (options.replaces !== policy.name) checkNewName(TIMER_POLICY, policy.name, timers);
	checkTimer(policy);
	editDcd(state, node, config => {
		const timers = (config.fallbackTimers ??= Object.create(null) as Record<string, FallbackTimerPolicy>);
		if (options.replaces !== undefined) delete timers[options.replaces];
		timers[policy.name] = policy;
		// A renamed policy stays with the groups that use it.
		for (const group of Object.values(config.resourceGroups))
			if (options.replaces && group.fallbackTimer === options.replaces) group.fallbackTimer = policy.name;
	});
}

export function removeFallbackTimer(state: ClusterState, node: string, name: string): void {
	definedTimer(state, node, name);
	const user = Object.values(dcdOf(state, node).resourceGroups).find(g => g.fallbackTimer === name);
	if (user) refuse(errorLines(timerInUse(name, user.name)));
	editDcd(state, node, c => {
		delete c.fallbackTimers![name];
		if (Object.keys(c.fallbackTimers!).length === 0) delete c.fallbackTimers;
	});
}
