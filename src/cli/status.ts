/** `hasmit status`: the picture of the cluster (src/ui/screens/picture.ts) on standard output. */
import {clusterPicture} from '../ui/screens/picture.js';
import {languageOf} from '../command/language.js';
import {openSession, UsageProblem} from './session.js';

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
	process.stdout.write(`${clusterPicture(cluster.session.state, width, false, languageOf(process.env)).join('\n')}\n`);
	return 0;
}
