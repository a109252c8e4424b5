/** The user's mistake on the command line: its message is printed as it is, exit 2. A module of its own, so that
 * what catches it need not load the cluster model (src/cli.tsx, the TUI's first frame). */
export class UsageProblem extends Error {}
