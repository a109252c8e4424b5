import type {SmitOptions} from '../cli/smit-args.js';

export async function runTui(options: SmitOptions): Promise<number> {
	void options;
	process.stderr.write('hasmit: the SMIT screens are not built yet.\n');
	return 1;
}
