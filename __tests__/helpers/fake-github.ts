/**
 * A GitHub REST API on 127.0.0.1 for the action's end-to-end tests: it answers the endpoints the
 * action uses as GitHub does (bodies built from the examples of GitHub's OpenAPI description and
 * checked against its schemas), keeps a small git object store so commits, trees and refs behave
 * (a ref update that is not a fast-forward is refused), and records every request. Octokit uses
 * undici's fetch, which no request-mocking library sees: a real server is the only honest fake.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyProblems, example, exampleItem, findOperation, warmUp } from './openapi.js';

export const OWNER = 'octo';
export const REPO = 'spec-repo';
const BASE = `/repos/${OWNER}/${REPO}`;

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  body: unknown;
  authorization: string | undefined;
}

export interface CannedResponse {
  /** 0: the connection is reset without an answer. */
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Fault {
  method: string;
  pathname: string;
  responses: CannedResponse[];
}

interface Commit {
  tree: string;
  parents: string[];
  message: string;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests or responses that GitHub's description does not allow. */
  readonly problems: string[] = [];
  readonly pullFiles = new Map<number, PullFile[]>();
  /** Branch → number of its open pull request. */
  readonly openPulls = new Map<string, number>();
  readonly comments: StoredComment[] = [];
  readonly statuses: { sha: string; state: string; context: string; description: string }[] = [];
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  /** Runs before the ref update is answered: a test moves the branch here. */
  beforeRefUpdate: (() => void) | undefined;
  private readonly faults: Fault[] = [];
  private nextId = 1000;
  private server: http.Server | undefined;
  url = '';

  async start(): Promise<this> {
    warmUp([
      ['GET', `${BASE}/pulls/1/files`, 200],
      ['GET', `${BASE}/pulls`, 200],
      ['GET', `${BASE}/compare/a...b`, 200],
      ['GET', `${BASE}/issues/1/comments`, 200],
      ['POST', `${BASE}/issues/1/comments`, 201],
      ['PATCH', `${BASE}/issues/comments/1`, 200],
      ['GET', `${BASE}/git/ref/heads/x`, 200],
      ['GET', `${BASE}/git/commits/a`, 200],
      ['GET', `${BASE}/contents/a`, 200],
      ['POST', `${BASE}/git/blobs`, 201],
      ['POST', `${BASE}/git/trees`, 201],
      ['POST', `${BASE}/git/commits`, 201],
      ['PATCH', `${BASE}/git/refs/heads/x`, 200],
      ['POST', `${BASE}/statuses/a`, 201]
    ]);
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', chunk => chunks.push(chunk as Buffer));
      request.on('end', () =>
        this.handle(request, Buffer.concat(chunks).toString('utf8'), response)
      );
    });
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise(resolve => this.server?.close(resolve));
  }

  /** The next requests to `METHOD /path` get these answers, in order, before the real ones. */
  fail(method: string, pathname: string, ...responses: CannedResponse[]): void {
    this.faults.push({ method, pathname: `${BASE}${pathname}`, responses });
  }

  /** `METHOD /path` of every request, decoded, the repository prefix left out, in order. */
  calls(): string[] {
    return this.requests.map(request => {
      const decoded = decodeURIComponent(request.url);
      const url = decoded.startsWith(BASE) ? decoded.slice(BASE.length) : decoded;
      return `${request.method} ${url}`;
    });
  }

  /** The requests that wrote something. */
  writes(): string[] {
    return this.calls().filter(call => !call.startsWith('GET '));
  }

  // -- git ------------------------------------------------------------------------------------

  /** A commit of exactly these files (path → text) on `parent`, and the branch pointing at it. */
  commitFiles(branch: string, files: Record<string, string>, parent?: string): string {
    const tree = this.storeTree(
      new Map(Object.entries(files).map(([path, text]) => [path, this.storeBlob(text)]))
    );
    const sha = this.storeCommit({ tree, parents: parent ? [parent] : [], message: 'seed' });
    this.refs.set(branch, sha);
    return sha;
  }

  /** The files of a branch's head, path → text. */
  filesOf(branch: string): Record<string, string> {
    const commit = this.commits.get(this.refs.get(branch)!)!;
    const tree = this.trees.get(commit.tree)!;
    return Object.fromEntries([...tree].map(([path, blob]) => [path, this.blobs.get(blob)!]));
  }

  private storeBlob(text: string): string {
    const bytes = Buffer.from(text, 'utf8');
    const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    this.blobs.set(sha, text);
    return sha;
  }

  private storeTree(entries: Map<string, string>): string {
    const sorted = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
    const sha = createHash('sha1')
      .update(JSON.stringify([...sorted]))
      .digest('hex');
    this.trees.set(sha, sorted);
    return sha;
  }

  private storeCommit(commit: Commit): string {
    const sha = createHash('sha1')
      .update(JSON.stringify([commit, this.commits.size]))
      .digest('hex');
    this.commits.set(sha, commit);
    return sha;
  }

  private descendsFrom(sha: string, ancestor: string): boolean {
    if (sha === ancestor) return true;
    return (this.commits.get(sha)?.parents ?? []).some(parent =>
      this.descendsFrom(parent, ancestor)
    );
  }

  private changedBetween(base: string, head: string): string[] {
    const before = this.trees.get(this.commits.get(base)?.tree ?? '') ?? new Map<string, string>();
    const after = this.trees.get(this.commits.get(head)?.tree ?? '') ?? new Map<string, string>();
    const paths = new Set([...before.keys(), ...after.keys()]);
    return [...paths].filter(path => before.get(path) !== after.get(path)).sort();
  }

  // -- HTTP -----------------------------------------------------------------------------------

  private handle(request: http.IncomingMessage, text: string, response: http.ServerResponse) {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    this.requests.push({
      method,
      url: `${url.pathname}${url.search}`,
      body,
      authorization: request.headers.authorization
    });
    const operation = findOperation(method, url.pathname);
    if (!operation) this.problems.push(`${method} ${url.pathname}: not in GitHub's API`);
    else if (method !== 'GET' && method !== 'DELETE')
      this.problems.push(...bodyProblems(operation.key, operation.operation, 'request', body));
    const fault = this.takeFault(method, url.pathname);
    const answer = fault ?? this.answer(method, url, body);
    if (answer.status === 0) {
      request.socket.destroy();
      return;
    }
    // A 502 or 504 comes from GitHub's front end, not the operation: no operation describes it.
    const gateway = fault !== undefined && (answer.status === 502 || answer.status === 504);
    if (operation && answer.body !== undefined && !gateway)
      this.problems.push(
        ...bodyProblems(operation.key, operation.operation, answer.status, answer.body)
      );
    response.writeHead(answer.status, {
      ...(answer.body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...answer.headers
    });
    response.end(answer.body !== undefined ? JSON.stringify(answer.body) : undefined);
  }

  private takeFault(method: string, pathname: string): CannedResponse | undefined {
    const fault = this.faults.find(
      candidate =>
        candidate.method === method &&
        candidate.pathname === pathname &&
        candidate.responses.length > 0
    );
    return fault?.responses.shift();
  }

  private answer(method: string, url: URL, body: unknown): CannedResponse {
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
    const route = `${method} ${path}`;
    let match: RegExpExecArray | null;
    const input = (body ?? {}) as Record<string, unknown>;
    if ((match = /^GET \/pulls\/(\d+)\/files$/.exec(route)))
      return this.page(
        url,
        (this.pullFiles.get(Number(match[1])) ?? []).map(file => diffEntry(file))
      );
    if (route === 'GET /pulls') {
      const head = url.searchParams.get('head') ?? '';
      const number = this.openPulls.get(head.slice(head.indexOf(':') + 1));
      return { status: 200, body: number ? [pullRequest(number)] : [] };
    }
    if ((match = /^GET \/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(route))) {
      const [, base, head] = match;
      if (!this.commits.has(base!) || !this.commits.has(head!)) return notFound();
      const comparison = example('commit-comparison');
      comparison.files = this.changedBetween(base!, head!).map(filename =>
        diffEntry({ filename, status: 'modified' })
      );
      return { status: 200, body: comparison };
    }
    if ((match = /^GET \/issues\/(\d+)\/comments$/.exec(route))) {
      const issue = Number(match[1]);
      return this.page(
        url,
        this.comments.filter(comment => comment.issue === issue).map(issueComment)
      );
    }
    if ((match = /^POST \/issues\/(\d+)\/comments$/.exec(route))) {
      const comment = { id: this.nextId++, issue: Number(match[1]), body: String(input.body) };
      this.comments.push(comment);
      return { status: 201, body: issueComment(comment) };
    }
    if ((match = /^(PATCH|DELETE) \/issues\/comments\/(\d+)$/.exec(route))) {
      const index = this.comments.findIndex(comment => comment.id === Number(match![2]));
      if (index < 0) return notFound();
      if (match[1] === 'DELETE') {
        this.comments.splice(index, 1);
        return { status: 204 };
      }
      this.comments[index]!.body = String(input.body);
      return { status: 200, body: issueComment(this.comments[index]!) };
    }
    if ((match = /^GET \/git\/ref\/heads\/(.+)$/.exec(route))) {
      const sha = this.refs.get(match[1]!);
      return sha ? { status: 200, body: gitRef(match[1]!, sha) } : notFound();
    }
    if ((match = /^GET \/git\/commits\/([0-9a-f]+)$/.exec(route))) {
      const commit = this.commits.get(match[1]!);
      return commit ? { status: 200, body: gitCommit(match[1]!, commit) } : notFound();
    }
    if ((match = /^GET \/contents\/(.+)$/.exec(route))) {
      const file = match[1]!;
      const commit = this.commits.get(url.searchParams.get('ref') ?? '');
      const blob = commit && this.trees.get(commit.tree)?.get(file);
      return blob
        ? { status: 200, body: contentFile(file, blob, this.blobs.get(blob)!) }
        : notFound();
    }
    if (route === 'POST /git/blobs') {
      const text = Buffer.from(String(input.content), 'base64').toString('utf8');
      const sha = this.storeBlob(text);
      return { status: 201, body: { url: `https://api.github.com${BASE}/git/blobs/${sha}`, sha } };
    }
    if (route === 'POST /git/trees') {
      const base = this.trees.get(String(input.base_tree)) ?? new Map<string, string>();
      const entries = new Map(base);
      for (const entry of input.tree as { path: string; sha: string }[])
        entries.set(entry.path, entry.sha);
      const sha = this.storeTree(entries);
      return { status: 201, body: gitTree(sha, entries) };
    }
    if (route === 'POST /git/commits') {
      const commit = {
        tree: String(input.tree),
        parents: input.parents as string[],
        message: String(input.message)
      };
      const sha = this.storeCommit(commit);
      return { status: 201, body: gitCommit(sha, commit) };
    }
    if ((match = /^PATCH \/git\/refs\/heads\/(.+)$/.exec(route))) {
      this.beforeRefUpdate?.();
      const branch = match[1]!;
      const current = this.refs.get(branch);
      if (!current) return notFound();
      const sha = String(input.sha);
      if (input.force !== false || !this.descendsFrom(sha, current))
        return {
          status: 422,
          body: {
            message: 'Update is not a fast forward',
            documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
            status: '422'
          }
        };
      this.refs.set(branch, sha);
      return { status: 200, body: gitRef(branch, sha) };
    }
    if ((match = /^POST \/statuses\/([0-9a-f]+)$/.exec(route))) {
      const status = {
        sha: match[1]!,
        state: String(input.state),
        context: String(input.context),
        description: String(input.description)
      };
      this.statuses.push(status);
      const body = example('status');
      Object.assign(body, {
        state: status.state,
        context: status.context,
        description: status.description
      });
      return { status: 201, body };
    }
    return notFound();
  }

  /** A page of a list, with GitHub's `link` header when more follow. */
  private page(url: URL, items: unknown[]): CannedResponse {
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    const page = Number(url.searchParams.get('page') ?? '1');
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString().replace('http://127.0.0.1', this.url));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, headers, body: items.slice((page - 1) * perPage, page * perPage) };
  }
}

function notFound(): CannedResponse {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
  };
}

/** GitHub's answer when a token lacks a permission. */
export function forbidden(): CannedResponse {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403'
    }
  };
}

function diffEntry(file: PullFile): unknown {
  const entry = exampleItem('diff-entry-items');
  delete entry.previous_filename;
  return { ...entry, ...file };
}

function pullRequest(number: number): unknown {
  const pull = exampleItem('pull-request-simple-items');
  // The description's own example lacks a team field its schema requires: no teams here.
  return { ...pull, number, requested_teams: [] };
}

function issueComment(comment: StoredComment): unknown {
  return {
    ...example('issue-comment'),
    id: comment.id,
    body: comment.body,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `https://api.github.com${BASE}/issues/${comment.issue}`,
    url: `https://api.github.com${BASE}/issues/comments/${comment.id}`
  };
}

function gitRef(branch: string, sha: string): unknown {
  const ref = example('git-ref');
  return {
    ...ref,
    ref: `refs/heads/${branch}`,
    url: `https://api.github.com${BASE}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `https://api.github.com${BASE}/git/commits/${sha}` }
  };
}

function gitCommit(sha: string, commit: Commit): unknown {
  const body = example('git-commit');
  return {
    ...body,
    sha,
    message: commit.message,
    tree: { sha: commit.tree, url: `https://api.github.com${BASE}/git/trees/${commit.tree}` },
    parents: commit.parents.map(parent => ({
      sha: parent,
      url: `https://api.github.com${BASE}/git/commits/${parent}`,
      html_url: `https://github.com/${OWNER}/${REPO}/commit/${parent}`
    }))
  };
}

function gitTree(sha: string, entries: Map<string, string>): unknown {
  return {
    ...example('git-tree'),
    sha,
    url: `https://api.github.com${BASE}/git/trees/${sha}`,
    truncated: false,
    tree: [...entries].map(([path, blob]) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha: blob,
      url: `https://api.github.com${BASE}/git/blobs/${blob}`
    }))
  };
}

function contentFile(path: string, sha: string, text: string): unknown {
  return {
    ...example('content-file-response-if-content-is-a-file'),
    path,
    name: path.slice(path.lastIndexOf('/') + 1),
    sha,
    size: Buffer.byteLength(text),
    content: Buffer.from(text, 'utf8').toString('base64')
  };
}
