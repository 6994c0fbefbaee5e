/**
 * The role a folder or file plays (the entity it defines, the logic it holds, the requests it
 * serves), read from the words of its name: `controllers/` serves requests, `dto/` never does.
 */
import { singular, words } from '../../text/words.js';
import { lastSegment } from './folders.js';

/** What a file is for: the entity it defines, the logic it holds, the requests it serves. */
export type CodeRole = 'model' | 'service' | 'endpoint';

/** Words in a file's folder, name or note that say it plays a role. */
export const ROLE_WORDS: Record<CodeRole, ReadonlySet<string>> = {
  endpoint: new Set([
    'api',
    'controller',
    'handler',
    'router',
    'route',
    'endpoint',
    'resolver',
    'servicer',
    'http',
    'rest',
    'grpc',
    'presentation',
    'view',
    'command',
    'cli',
    'rpc'
  ]),
  model: new Set([
    'model',
    'entity',
    'domain',
    'schema',
    'type',
    'struct',
    'dataclass',
    'record',
    'newtype',
    'message'
  ]),
  service: new Set(['service', 'application', 'usecase', 'core', 'logic', 'manager', 'engine'])
};

/** Words in a file's folder or name that say it plays another role than this one. */
export const ROLE_DENIED: Record<CodeRole, ReadonlySet<string>> = {
  endpoint: new Set([
    'dto',
    'entity',
    'domain',
    'model',
    'repository',
    'repo',
    'mapper',
    'migration',
    'config',
    'configuration',
    'test',
    'fixture',
    'request',
    'response'
  ]),
  model: new Set([
    'view',
    'ui',
    'component',
    'page',
    'screen',
    'codegen',
    'target',
    'bench',
    'benchmark',
    'controller',
    'handler',
    'route',
    'router',
    'migration',
    'script',
    'tool',
    'test',
    'fixture',
    'command',
    'cli'
  ]),
  service: new Set([
    'dto',
    'codegen',
    'target',
    'tool',
    'view',
    'ui',
    'component',
    'page',
    'screen',
    'bench',
    'benchmark',
    'controller',
    'migration',
    'test',
    'fixture',
    'model',
    'entity'
  ])
};

/** The text's words in one form, singular, so `batches` meets `Batch` and `entities` `entity`. */
export function roleWords(text: string): string[] {
  return words(text).map(oneForm);
}

function oneForm(word: string): string {
  if (word.length > 4 && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  return singular(word);
}

/** The file's folder (nearest segment) or name plays another role. */
export function dirDenies(dir: string, role: CodeRole): boolean {
  return roleWords(lastSegment(dir)).some(word => ROLE_DENIED[role].has(word));
}
