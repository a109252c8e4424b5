/**
 * Simulated time passing: `sleep` and the host clock move it on, and any
 * settling or delayed-fallback timer that falls due fires then.
 */
import {advance} from '../clock.js';
import type {ClusterState} from '../state.js';

/** Let `seconds` of simulated time pass. */
export function passTime(state: ClusterState, seconds: number): void {
	advance(state, seconds);
}
