/**
 * Node-event hooks: node_up, node_down and their completions publish to
 * subscribers, so other domains react to a node joining or leaving (fast
 * disk takeover today; VxVM CVM membership, application monitors tomorrow)
 * without node-events.ts knowing them. A subscriber runs inside the event
 * script named in `script` (its trace lines belong there), where the
 * release's event model publishes it (release/profile.ts): in 4.3, node_up
 * in node_up_local once the node's groups are acquired, node_down in
 * node_down_local once they are released, the completions in the node's
 * *_local_complete event; in 5.2, node_up in node_up itself, node_down and
 * node_down_complete in node_down_complete, node_up_complete in it. A forced
 * stop publishes node_down in the node_down event (no node_down_complete).
 * Subscribers run in the order they subscribed.
 */
import type {ClusterConfig} from '../config.js';
import type {ClusterState} from '../state.js';
import type {EventLog} from './log.js';
import type {DeepReadonly} from '../readonly.js';

/** How a node leaves: cluster services stopped gracefully, with takeover, or forced (resources left up, unmanaged). */
export type StopMode = 'graceful' | 'takeover' | 'forced';

export type NodeEventName = 'node_up' | 'node_up_complete' | 'node_down' | 'node_down_complete';

export interface NodeEvent {
	name: NodeEventName;
	/** The node joining or leaving. */
	node: string;
	/** How it leaves (node_down and node_down_complete). */
	mode?: StopMode;
	/** The event script the subscriber runs in. */
	script: string;
	state: ClusterState;
	log: EventLog;
	/** The configuration the event runs with (the node's ACD). */
	config: DeepReadonly<ClusterConfig>;
}

type Subscriber = (event: NodeEvent) => void;

const subscribers: Array<{name: NodeEventName; subscriber: Subscriber}> = [];

/** Run `subscriber` on every `name` event from now on; returns what unsubscribes it. */
export function onNodeEvent(name: NodeEventName, subscriber: Subscriber): () => void {
	const entry = {name, subscriber};
	subscribers.push(entry);
	return () => void subscribers.splice(subscribers.indexOf(entry), 1);
}

export function publishNodeEvent(event: NodeEvent): void {
	for (const {name, subscriber} of [...subscribers]) if (name === event.name) subscriber(event);
}
