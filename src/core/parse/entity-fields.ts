/**
 * The fields of one entity, from whichever form its section uses: a table, a bullet list or a
 * code block (class, interface, struct, dataclass, message, SQL table). Regexes run on one line.
 */
import type { Code, List, Table } from 'mdast';
import type { EntityField, SourcePosition } from '../model.js';
import { plainText, positionOf } from './markdown.js';

const NAME_HEADER = /field|attribute|column|name|property|campo|key|属性|字段|필드|속성/i;
const TYPE_HEADER = /type|tipo|타입|类型/i;
const DESCRIPTION_HEADER = /desc|note|meaning|purpose|rule|constraint|detail|comment|설명|说明/i;

export function tableFields(table: Table, file: string): EntityField[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const titles = header.children.map(cell => plainText(cell).trim());
  const nameColumn = titles.findIndex(title => NAME_HEADER.test(title));
  if (nameColumn < 0) return [];
  const typeColumn = titles.findIndex(
    (title, index) => index !== nameColumn && TYPE_HEADER.test(title)
  );
  const descriptionColumn = titles.findIndex(
    (title, index) => index !== nameColumn && index !== typeColumn && DESCRIPTION_HEADER.test(title)
  );
  const cell = (row: (typeof rows)[number], column: number) =>
    column >= 0 && row.children[column]
      ? plainText(row.children[column]!).trim() || undefined
      : undefined;
  return rows.flatMap(row => {
    const name = cleanName(cell(row, nameColumn) ?? '');
    if (!name) return [];
    return [
      {
        name,
        type: cell(row, typeColumn),
        description: cell(row, descriptionColumn),
        source: positionOf(row, file)
      }
    ];
  });
}

/** `- \`id\`: UUID — primary key`, `- **name** (string): shown to users`, `- email: string`. */
export function listFields(list: List, file: string): EntityField[] {
  const fields: EntityField[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph') continue;
    const field = fieldFromLine(plainText(first).split('\n')[0]!, positionOf(item, file));
    if (field) fields.push(field);
  }
  return fields;
}

function fieldFromLine(line: string, source: SourcePosition): EntityField | undefined {
  const match =
    /^([A-Z_][\w.]{0,40})\??\s{0,3}(\([^)]{1,60}\))?\s{0,3}(?:[:—–-]\s{0,3}(.{0,200}))?$/i.exec(
      line.trim()
    );
  if (!match) return undefined;
  const typeInParens = match[2]?.slice(1, -1).trim();
  const rest = match[3]?.trim();
  if (!typeInParens && !rest) return undefined;
  const [typeAfterColon, description] = typeInParens
    ? [undefined, rest]
    : splitTypeAndDescription(rest ?? '');
  return { name: match[1]!, type: typeInParens ?? typeAfterColon, description, source };
}

/** `UUID — primary key` → [`UUID`, `primary key`]; a sentence is a description, not a type. */
function splitTypeAndDescription(rest: string): [string | undefined, string | undefined] {
  const dash = rest.search(/\s[—–-]\s|,\s/);
  const head = (dash > 0 ? rest.slice(0, dash) : rest).trim();
  const tail =
    dash > 0
      ? rest
          .slice(dash)
          .replace(/^[\s,—–-]{1,4}/, '')
          .trim()
      : undefined;
  if (head.split(' ').length <= 3) return [head || undefined, tail || undefined];
  return [undefined, rest || undefined];
}

const SKIPPED_CODE_LINES =
  /^(?:class|interface|struct|message|enum|type|def|fn|func|return|import|from|export|package|use|[@#}{)]|\/\/|--)/;
const SQL_TYPES =
  /^(?:uuid|text|varchar|char|int|integer|bigint|smallint|serial|bigserial|boolean|bool|timestamp|timestamptz|date|time|numeric|decimal|real|float|double|jsonb?|bytea|blob|geography|geometry)\b/i;

/** A code block defines a type only when it says so; a YAML example's keys are not fields. */
const DEFINITION =
  /\b(?:class|interface|struct|record|message|dataclass|type\s{1,3}\w{1,60}\s{0,3}=|create\s{1,3}table|model\s{1,3}\w{1,60}\s{0,3}\{|table\s{1,3}\w{1,60}\s{0,3}\{|TypedDict|BaseModel|defineTable|pub\s{1,3}struct)\b/i;
const DATA_LANGUAGES = new Set([
  'yaml',
  'yml',
  'json',
  'jsonc',
  'toml',
  'ini',
  'env',
  'bash',
  'sh',
  'shell',
  'console',
  'text',
  'txt',
  'http',
  'mermaid'
]);

export function codeFields(code: Code, file: string): EntityField[] {
  if (DATA_LANGUAGES.has((code.lang ?? '').toLowerCase()) || !DEFINITION.test(code.value))
    return [];
  const start = (code.position?.start.line ?? 1) + 1;
  const fields: EntityField[] = [];
  code.value.split('\n').forEach((raw, offset) => {
    const line = raw.trim();
    if (!line || SKIPPED_CODE_LINES.test(line)) return;
    const field = codeField(line);
    if (field && !fields.some(existing => existing.name === field.name)) {
      fields.push({
        ...field,
        description: undefined,
        source: { file, line: start + offset, column: 1 }
      });
    }
  });
  return fields;
}

function codeField(line: string): { name: string; type: string } | undefined {
  const stripped = line.replace(
    /^(?:pub(?:\(crate\))?|public|private|protected|readonly|val|var|let|const|required|optional|repeated)\s{1,3}/,
    ''
  );
  const typed = /^([A-Z_]\w{0,40})\??\s{0,2}:\s{0,2}([^=;,{]{1,60})/i.exec(stripped);
  if (typed) return { name: typed[1]!, type: typed[2]!.trim() };
  const csharp = /^([\w<>[\]?.]{1,40})\s{1,3}([A-Z]\w{0,40})\s{0,2}\{\s{0,2}get/.exec(stripped);
  if (csharp) return { name: csharp[2]!, type: csharp[1]! };
  const proto = /^([\w.]{1,40})\s{1,3}(\w{1,40})\s{0,2}=\s{0,2}\d{1,5}\s{0,2};/.exec(stripped);
  if (proto) return { name: proto[2]!, type: proto[1]! };
  const sql = /^([a-z_]\w{0,40})\s{1,3}(\S.{0,40})$/i.exec(stripped);
  if (sql && SQL_TYPES.test(sql[2]!)) return { name: sql[1]!, type: sql[2]!.split(/[\s,]/)[0]! };
  const column = /^([a-z_]\w{0,40})\s{0,2}=\s{0,2}(?:Column|Field|models\.\w{1,30})\(/.exec(
    stripped
  );
  if (column) return { name: column[1]!, type: 'column' };
  return undefined;
}

function cleanName(name: string): string {
  const cleaned = name.split('`').join('').split('*').join('').trim();
  return /^[\w.\-[\]? ]{1,60}$/.test(cleaned) ? cleaned : '';
}
