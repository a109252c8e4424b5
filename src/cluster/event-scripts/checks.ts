/**
 * clverify's check of custom cluster events: each names a script every node must have (the names alone are
 * synchronized). One a predefined event already names is checked, as an error, with the event's other commands.
 */
import {warning, type Check, type Finding} from '../verify/check.js';

export const customEventScripts: Check = {
	title: 'Custom cluster event scripts exist on every node',
	part: 'resources',
	run(ctx) {
		if (!ctx.topology) return [];
		const findings: Finding[] = [];
		const named = new Set(Object.values(ctx.config.eventScripts).flatMap(scripts => [scripts.pre, scripts.post]));
		for (const event of Object.values(ctx.config.customEvents ?? {}).filter(e => !named.has(e.name)))
			for (const node of ctx.nodes.filter(n => ctx.state.nodes[n]?.files[event.script] === undefined))
				findings.push(
					warning(
						`The script ${event.script} of custom cluster event ${event.name} does not exist on node ${node}: an event naming ` +
							`${event.name} fails there.`,
					),
				);
		return findings;
	},
};
