/** hasmit whatif's usage, apart from the command so the help text does not load the model. */
export const WHATIF_USAGE = `Usage: hasmit whatif [--state FILE] [--node NODE] 'command line'`;
