/** The releases hasmit simulates and the profile a cluster runs by. */
import {HACMP_43} from './hacmp43.js';
import {HACMP_52} from './hacmp52.js';
import type {Release, ReleaseProfile} from './profile.js';

export type {Release, ReleaseProfile, SubsystemDef, SubsystemRole} from './profile.js';

export const DEFAULT_RELEASE: Release = '5.2';

export const PROFILES: Readonly<Record<Release, ReleaseProfile>> = {'4.3': HACMP_43, '5.2': HACMP_52};

export const RELEASES = Object.keys(PROFILES) as Release[];

export const isRelease = (value: unknown): value is Release => typeof value === 'string' && Object.hasOwn(PROFILES, value);

/** The profile of the release a cluster runs (a state from before releases runs 5.2). */
export function profileOf(state: {readonly release?: Release}): ReleaseProfile {
	return PROFILES[state.release ?? DEFAULT_RELEASE];
}

/** What came with HACMP 5 (custom groups, their timers, application monitors, clRGinfo / clRGmove, halevel): 4.3 has none of it. */
export const SINCE_5: readonly Release[] = ['5.2'];
