/** Where the rule settings file is looked for, apart from the reader so that asking costs no parser. */
export const CONFIG_FILE = '.spec-tasks.yml';
