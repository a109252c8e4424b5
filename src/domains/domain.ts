/**
 * A domain's manifest: everything it adds to hasmit, in one place. The
 * commands go to the registry; the rest (rules, checks, samples, its part of
 * the state) to the model's central loops (src/cluster/domain.ts).
 */
import type {Command} from '../command/registry.js';
import type {ModelDomain} from '../cluster/domain.js';

export interface Domain extends ModelDomain {
	/** The commands the simulated nodes gain: every family's declarations. */
	readonly commands: readonly Command[];
}
