/**
 * The typed model of a spec-kit feature folder, as the parsers produce it and the planner and
 * checker consume it. Every extracted item keeps where it came from, so a finding or a generated
 * task can always point back at the line a person wrote.
 */

/** A place in a design document. `file` is the repository-relative POSIX path; line and column are 1-based. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'note';

export interface RelatedLocation {
  location: SourcePosition;
  message: string;
}

/** One problem found in a feature folder or a task list. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: SourcePosition;
  related?: RelatedLocation[];
}

/** A file's text after the loader has vetted it: no BOM, `\n` line endings, valid UTF-8. */
export interface SourceDocument {
  /** Repository-relative POSIX path, e.g. `specs/001-x/contracts/api.yaml`. */
  path: string;
  /** Path relative to the feature folder, e.g. `contracts/api.yaml`. */
  relativePath: string;
  text: string;
}

/** What the loader hands to the pure core: the readable documents of one feature folder. */
export interface FeatureFiles {
  /** Repository-relative POSIX path of the feature folder, e.g. `specs/001-x`. */
  dir: string;
  /** Folder name, e.g. `001-x`. */
  name: string;
  documents: SourceDocument[];
  /** Files the loader refused (too large, binary, invalid UTF-8, link outside the repository). */
  findings: Finding[];
}

// ---------------------------------------------------------------------------------------------
// plan.md

export const TECHNICAL_FIELDS = [
  'Language/Version',
  'Primary Dependencies',
  'Storage',
  'Testing',
  'Target Platform',
  'Project Type',
  'Performance Goals',
  'Constraints',
  'Scale/Scope'
] as const;
export type TechnicalField = (typeof TECHNICAL_FIELDS)[number];

export interface ContextValue {
  /** The value as written, or undefined when it is an unfilled placeholder or NEEDS CLARIFICATION. */
  value: string | undefined;
  raw: string;
  source: SourcePosition;
}

export interface ProjectStructure {
  /** Source directories the feature touches, repository-relative, with a trailing `/`, in document order. */
  sourceDirs: string[];
  /** Test directories the feature touches, repository-relative, with a trailing `/`. */
  testDirs: string[];
  /** Every file path named in the structure trees (repository-relative). */
  files: string[];
  /** The text after `**Structure Decision**:`, when present. */
  decision: string | undefined;
  source: SourcePosition | undefined;
  /** What the trees write beside a path (`# REST controllers`, `generated (gitignored)`). */
  notes?: StructureNote[];
  /** Repository paths the plan names in its prose (`` `crates/core/tests/` ``), outside any tree. */
  mentioned?: string[];
  /**
   * Every file the trees and the prose lists of files ("Files to create") name, with what the plan
   * says of it: new, changed, shown only, generated or for later.
   */
  planned?: PlannedFile[];
}

/**
 * What the plan says of a file it lists: `new` (marked so), `modified` (marked as changed, or an
 * existing file whose note says what changes), `unmarked` (listed without a word on it, in a
 * tree that marks nothing new: the tree is the feature's), `existing` (shown only: existing,
 * unchanged, reused, another spec's), `generated`, `later` (a future phase's).
 */
export type PlannedFileStatus =
  'new' | 'modified' | 'unmarked' | 'existing' | 'generated' | 'later';

export interface PlannedFile {
  /** Repository-relative path. */
  path: string;
  status: PlannedFileStatus;
  /** What the plan writes about it, its status marker taken off: `Event CRUD, listing, filtering`. */
  note: string | undefined;
  source: SourcePosition;
}

export interface StructureNote {
  path: string;
  note: string;
}

export interface Plan {
  title: string;
  source: SourcePosition;
  technicalContext: Partial<Record<TechnicalField, ContextValue>>;
  structure: ProjectStructure;
  /**
   * Routes the plan itself declares for the feature's files to serve: method lists beside a
   * file (`route.ts  # GET (list), POST (create)`), framework route files, route tables.
   */
  endpoints?: Endpoint[];
}

// ---------------------------------------------------------------------------------------------
// spec.md

export interface AcceptanceScenario {
  given: string | undefined;
  when: string | undefined;
  then: string | undefined;
  text: string;
  source: SourcePosition;
}

export interface UserStory {
  /** `US1`, `US2`… in document order, or from the heading's own number. */
  id: string;
  number: number;
  title: string;
  /** `P1`, `P2`… when the heading states one. */
  priority: string | undefined;
  scenarios: AcceptanceScenario[];
  source: SourcePosition;
}

export interface Requirement {
  /** `FR-001`, `SC-003`… */
  id: string;
  text: string;
  source: SourcePosition;
}

export interface KeyEntity {
  name: string;
  description: string;
  source: SourcePosition;
}

export interface Spec {
  title: string | undefined;
  stories: UserStory[];
  requirements: Requirement[];
  keyEntities: KeyEntity[];
}

// ---------------------------------------------------------------------------------------------
// research.md

export interface Decision {
  title: string;
  decision: string | undefined;
  rationale: string | undefined;
  alternatives: string | undefined;
  source: SourcePosition;
}

export interface Research {
  decisions: Decision[];
}

// ---------------------------------------------------------------------------------------------
// data-model.md

export interface EntityField {
  name: string;
  type: string | undefined;
  description: string | undefined;
  source: SourcePosition;
}

export interface StateTransition {
  from: string;
  to: string;
  trigger: string | undefined;
  source: SourcePosition;
}

export interface Entity {
  name: string;
  fields: EntityField[];
  states: StateTransition[];
  /** True when listed under a section such as "Existing entities (no modification)". */
  existing: boolean;
  /**
   * True when the entity exists already and the feature changes it: `Rule (extended)`, "Extended
   * `HarvestRecord`", "Plot schema version 2", a section "Existing entities (extended)".
   */
  extended: boolean;
  /**
   * True when the document says it is derived or not stored (a view, a read model, a log record):
   * there is nothing to build for it.
   */
  derived: boolean;
  /**
   * True when its heading says it lives inside another entity (`Line item embedded document`,
   * `Address (value object)`): it is stored with its owner, so it has no repository of its own.
   */
  embedded?: boolean;
  /**
   * `enum` when it is an enumeration (`enum Roast { LIGHT, DARK }`, a heading under
   * "Enumerations"): its fields are then its values, and it is built as an enum, not a model.
   */
  kind?: 'enum';
  /**
   * Other names its section gives it, by which tasks may name it: types declared in its code
   * blocks (`SeedTallyBuffer` under "Counting buffer"), an implementation anchor.
   */
  aliases: string[];
  source: SourcePosition;
}

export interface Relationship {
  from: string;
  to: string;
  /** e.g. `1:N`, `has many`, when stated. */
  kind: string | undefined;
  text: string;
  source: SourcePosition;
}

export interface DataModel {
  entities: Entity[];
  relationships: Relationship[];
}

// ---------------------------------------------------------------------------------------------
// contracts/

export type ContractFormat =
  'openapi' | 'swagger' | 'graphql' | 'json-schema' | 'markdown' | 'unknown';

export type EndpointKind = 'http' | 'graphql' | 'cli' | 'rpc';

export interface Endpoint {
  kind: EndpointKind;
  /** HTTP method in upper case, or `QUERY`/`MUTATION`/`SUBSCRIPTION` for GraphQL. */
  method: string | undefined;
  /** HTTP path (`/v1/metrics`), GraphQL field, CLI command or RPC method name. */
  path: string;
  /** How a person would name it: `GET /v1/metrics`, `Query.events`, `spec-tasks check`. */
  name: string;
  operationId: string | undefined;
  tags: string[];
  /** The resource it acts on (`metrics` for `/v1/metrics/{id}`), used to name files and match tasks. */
  resource: string;
  /** The server's base path (`/garden/v1` of `https://host/garden/v1`), which tasks often write before the path. */
  basePath: string | undefined;
  /**
   * True when the contract lists it as one the feature calls (under "API calls", "Required
   * capabilities"), not one it serves: nobody in this feature implements it.
   */
  consumed: boolean;
  source: SourcePosition;
  /** The file the plan says serves it, for a route the plan declares (repository-relative). */
  file?: string;
  /** What the plan says the route does (`list/filter`), for a route the plan declares. */
  purpose?: string;
}

export interface Contract {
  /** Repository-relative path of the contract file. */
  path: string;
  /** File name, e.g. `metrics-api.yaml`. */
  fileName: string;
  format: ContractFormat;
  title: string | undefined;
  endpoints: Endpoint[];
  /**
   * Names the contract declares besides its endpoints, by which tests may name it: interfaces and
   * their methods, messages, types, tools, procedures.
   */
  names: string[];
  /** How the contract itself groups and places its code, where it says so. */
  declarations?: ContractDeclarations;
  /** What it declares for the feature to build, sorted into groups, operations and types when read. */
  declared: DeclaredCode;
  source: SourcePosition;
}

/**
 * What a contract declares for the feature to build, read from its names and declarations: the
 * services, repositories, routers and clients it declares (each the unit one file implements)
 * with their operations; else the loose operations (tools, procedures, resources) and types.
 */
export interface DeclaredCode {
  groups: DeclaredGroup[];
  /** Operations no group was found for; a JSON contract's served tools when it lists them. */
  operations: string[];
  /** The PascalCase type names it declares: messages, records, payloads. */
  types: string[];
  /** Several types, or a message: worth a task of its own even when nothing else is declared. */
  typesWanted: boolean;
}

/** A service, repository, router or client a contract declares, with the operations it owns. */
export interface DeclaredGroup {
  /** The implementation's name: `OrderService` for the interface `IOrderService`. */
  name: string;
  /** Other names it goes by: `IOrderService`, `OrderServiceImpl`. */
  aliases: string[];
  members: string[];
  /** It serves requests (a router, controller, handler, resolver), so it goes where endpoints go. */
  serves: boolean;
}

/**
 * What a contract says about its own code, beyond the names it declares: which operations each
 * service lists under its heading, where its code lives, which tools a JSON contract serves.
 */
export interface ContractDeclarations {
  /** Services and interfaces with the operations their own section lists, as written. */
  groups: { name: string; members: string[] }[];
  /** Packages, modules and files it states its code goes in (`packages/client`, `app.chat`). */
  homes: string[];
  /** Source files its own directory tree draws, with what it writes beside each. */
  files: { path: string; note: string | undefined }[];
  /** The tools, prompts and resources a JSON or YAML contract serves (not its schema types). */
  operations?: string[];
  /**
   * Interfaces, traits, protocols and service classes its code declares, each with every method
   * its body declares (`interface ShelfRepository { fun shelves() … }`), common names included.
   */
  interfaces?: { name: string; isInterface: boolean; members: string[] }[];
}

// ---------------------------------------------------------------------------------------------
// quickstart.md

export interface Scenario {
  title: string;
  source: SourcePosition;
}

export interface Quickstart {
  scenarios: Scenario[];
}

// ---------------------------------------------------------------------------------------------
// The whole feature

export interface Feature {
  dir: string;
  name: string;
  plan: Plan | undefined;
  spec: Spec | undefined;
  research: Research | undefined;
  dataModel: DataModel | undefined;
  contracts: Contract[];
  quickstart: Quickstart | undefined;
  /** Loader and parser findings: refused files, broken YAML, a missing plan. */
  findings: Finding[];
  /** Hash of every design document's text (not tasks.md), to tell when a generated list is stale. */
  inputHash: string;
  /** Where plan.md, spec.md or research.md asks for tests before code (TDD, Test-First), if one does. */
  testFirst?: SourcePosition | undefined;
}
