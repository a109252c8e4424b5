/**
 * The cluster events failures run, named once: a release profile that names
 * them otherwise changes this table only. node_down and node_up come from
 * events/node-events.ts, rg_move from events/rg-move.ts.
 */
export const FAILURE_EVENTS = {
	networkDown: 'network_down',
	networkDownComplete: 'network_down_complete',
	networkUp: 'network_up',
	networkUpComplete: 'network_up_complete',
	failInterface: 'fail_interface',
	joinInterface: 'join_interface',
	failStandby: 'fail_standby',
	joinStandby: 'join_standby',
	swapAdapter: 'swap_adapter',
	swapAdapterComplete: 'swap_adapter_complete',
	configTooLong: 'config_too_long',
} as const;
