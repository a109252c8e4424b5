/** What kill says when it cannot end a process. */

export const noSuchProcess = (pid: number) => `kill: ${pid}: 0403-003 The specified process does not exist.`;

/** The simulation ends only application processes: the daemons have their own commands. */
export const daemonNotKilled = (pid: number, program: string) =>
	`kill: ${pid} is ${program}: in this simulation, stop daemons with stopsrc or clstop.`;
