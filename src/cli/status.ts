/**
 * `hasmit status`: the picture of the cluster (src/ui/screens/picture.ts) on standard output; on a terminal it stays
 * up, drawn again every second as the cluster changes, until q (f / b page through a big cluster).
 */
import {clusterPicture} from '../ui/screens/picture.js';
import {runFullScreen} from './full-screen.js';
import {languageOf} from '../command/language.js';
import {openSession, UsageProblem} from './session.js';

/** The foot of the live picture: its keys, as clstat shows its own. */
const STATUS_KEYS = ' f/forward, b/back, r/refresh, q/quit ';

export const STATUS_USAGE = 'Usage: hasmit status [--state FILE] [--width COLUMNS]';

export async function statusCommand(args: string[]): Promise<number> {
	let state: string | undefined;
	let width = process.stdout.columns || 80;
	for (let i = 0; i < args.length; i++) {
		const value = args[i + 1];
		if ((args[i] === '--state' || args[i] === '--width') && value !== undefined) {
			if (args[i] === '--state') state = value;
			else if (/^\d+$/.test(value) && Number(value) >= 40) width = Number(value);
			else throw new UsageProblem(`hasmit status: --width takes a number of columns, 40 or more.\n${STATUS_USAGE}`);
			i++;
		} else throw new UsageProblem(`hasmit status: ${args[i]} is not an option of status.\n${STATUS_USAGE}`);
	}
	const {cluster} = await openSession({state});
	const language = languageOf(process.env);
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stdout.write(`${clusterPicture(cluster.session.state, width, false, language).join('\n')}\n`);
		return 0;
	}
	const picture = () => {
		cluster.refresh();
		const columns = process.stdout.columns || width;
		return [
			...clusterPicture(cluster.session.state, columns, false, language),
			STATUS_KEYS.padStart((columns + STATUS_KEYS.length) >> 1, '*').padEnd(columns, '*'),
		];
	};
	await runFullScreen(picture(), 1, picture);
	return 0;
}
