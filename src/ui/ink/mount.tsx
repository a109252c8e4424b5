/** Starting Ink on the store (loaded lazily by the CLI, after the first frame is already on the screen). */
import {render} from 'ink';
import type {Store} from '../app/store.js';
import {App, CrashGuard} from './app.js';

export interface Mounted {
	unmount(): void;
}

/**
 * incrementalRendering: Ink rewrites only the lines that changed (a key press
 * sends a few hundred bytes, not the whole screen). It relies on the fix to Ink's
 * log-update that scripts/build.mjs applies in the bundle.
 */
export function mount(
	store: Store,
	options: {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; onAttach: () => void; onCrash: (error: Error) => void},
): Mounted {
	const instance = render(
		<CrashGuard onCrash={options.onCrash}>
			<App store={store} onAttach={options.onAttach} />
		</CrashGuard>,
		{stdin: options.stdin, stdout: options.stdout, exitOnCtrlC: false, patchConsole: false, incrementalRendering: true},
	);
	return {unmount: () => instance.unmount()};
}
