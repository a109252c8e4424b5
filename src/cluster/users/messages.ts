/** What AIX's security commands and HACMP's C-SPOC user management say, each written once. */
export const userMissing = (name: string) => `3004-687 User "${name}" does not exist.`;
export const userExists = (name: string) => `3004-689 User "${name}" exists.`;
export const groupMissing = (name: string) => `3004-686 Group "${name}" does not exist.`;
export const groupExists = (name: string) => `3004-685 Group "${name}" exists.`;
export const badName = (name: string, why: string) => `3004-694 Error adding "${name}" : ${why}`;
export const NAME_TOO_LONG = 'Name is too long.';
export const NAME_INVALID = 'Invalid name.';
export const badValue = (attr: string, value: string) => `3004-692 Error changing "${attr}" to "${value}" : Value is invalid.`;
export const badAttribute = (attr: string) => `3004-691 Error changing "${attr}" : Attribute is not valid.`;
export const idInUse = (attr: string, value: number) => `3004-692 Error changing "${attr}" to "${value}" : Value is invalid.`;
export const notAttrValue = (word: string) => `3004-692 Error changing "${word}" : Value is invalid.`;
export const groupNotEmpty = (name: string, user: string) => `3004-697 Group "${name}" is the primary group of user "${user}".`;
export const userBusy = (name: string, apps: string) =>
	`3004-714 Cannot remove user "${name}": it owns running processes (application server ${apps}).`;
export const nisUser = (name: string) => `3004-688 User "${name}" is not defined in the local files (it is an NIS user) and cannot be changed here.`;
export const cspocNis = (command: string, nodes: string) =>
	`${command}: Warning: ${nodes} use NIS. Do not use HACMP user management with NIS: it may cause serious inconsistencies in the user database.`;
export const cspocUserMissing = (command: string, name: string, nodes: string) => `${command}: User ${name} does not exist on node(s) ${nodes}.`;
export const cspocGroupMissing = (command: string, name: string, nodes: string) => `${command}: Group ${name} does not exist on node(s) ${nodes}.`;
export const cspocExists = (command: string, kind: string, name: string, nodes: string) =>
	`${command}: ${kind} ${name} already exists on node(s) ${nodes}.`;
export const cspocIdTaken = (command: string, attr: string, id: number, nodes: string) =>
	`${command}: ${attr} ${id} is already in use on node(s) ${nodes}; choose another.`;
export const passwordMismatch = () => '3004-604 Your entries do not match.';
export const noPasswordGiven = () => '3004-602 The required password was not entered.';
export const idUnknown = () => '3004-820 User not found in /etc/passwd file';
