/** What the learning aids' commands say when they refuse. */

/** AIX's man, when no page of that name is installed. */
export const noManualEntry = (title: string) => `Manual entry for ${title} not found or not installed.`;
