/** Every command the simulated system has, one module per command family. */
import {Registry} from '../command/registry.js';
import {groupInfoCommands} from './rg-info.js';
import {clusterStatusCommands} from './cluster-status.js';
import {topologyCommands} from './topology-info.js';
import {clusterServiceCommands} from './cluster-services.js';
import {cspocHelpers} from './cspoc.js';
import {lvmCommands} from './lvm/index.js';
import {srcCommands} from './src.js';
import {resourceGroupConfigCommands} from './rg-config.js';
import {resourceListCommands} from './rg-lists.js';
import {applicationConfigCommands} from './app-config.js';
import {runTimePolicyCommands} from './rg-run-time.js';
import {verifySyncCommands} from './verify-sync.js';
import {resourceGroupMoveCommands} from './rg-move.js';
import {softwareCommands} from './software.js';
import {simulationCommands} from './simulation.js';
import {processCommands} from './processes.js';
import {textUtilities} from './text-utils.js';

export function createRegistry(): Registry {
	return new Registry([...textUtilities, ...srcCommands, ...cspocHelpers, ...clusterServiceCommands, ...groupInfoCommands, ...clusterStatusCommands, ...topologyCommands, ...lvmCommands, ...resourceGroupConfigCommands, ...resourceListCommands, ...applicationConfigCommands, ...runTimePolicyCommands, ...verifySyncCommands, ...resourceGroupMoveCommands, ...softwareCommands, ...simulationCommands, ...processCommands]);
}
