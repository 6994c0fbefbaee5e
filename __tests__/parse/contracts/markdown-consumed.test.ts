import { describe, expect, it } from '@jest/globals';
import type { Endpoint } from '../../../src/core/model.js';
import { endpointsOf, names } from './read-contract.js';

function called(endpoints: Endpoint[]): string[] {
  return names(endpoints.filter(endpoint => endpoint.consumed));
}

function served(endpoints: Endpoint[]): string[] {
  return names(endpoints.filter(endpoint => !endpoint.consumed));
}

describe('markdown contracts: endpoints the feature calls rather than serves', () => {
  it('marks the endpoints of sections about someone else’s API, and their sub-sections, consumed until a sibling heading', () => {
    const endpoints = endpointsOf('services.md', [
      '# Services',
      '',
      '## Ticket endpoints',
      '- `GET /ours/tickets`',
      '',
      '### Mail Gateway REST Endpoints Used',
      '- `POST /mail/send`',
      '#### Details',
      '- `GET /mail/status`',
      '',
      '### Our admin endpoints',
      '- `DELETE /ours/tickets/{id}`',
      '',
      '## Third-party calls',
      '### GET /vendor/ping',
      '',
      '## Upstream services',
      '| Method | Path |',
      '|---|---|',
      '| GET | /upstream/catalog |',
      '',
      '## Consumed APIs',
      '**Endpoint**: `GET /consumed`',
      '',
      '## External webhooks',
      '- `POST /external/hook`',
      '',
      '## Existing endpoints',
      '- `GET /existing`',
      '',
      '## Reporting',
      '- `GET /ours/reports`'
    ]);
    expect(names(endpoints.filter(endpoint => !endpoint.consumed))).toEqual([
      'GET /ours/tickets',
      'DELETE /ours/tickets/{id}',
      'GET /ours/reports'
    ]);
    expect(names(endpoints.filter(endpoint => endpoint.consumed))).toEqual([
      'POST /mail/send',
      'GET /mail/status',
      'GET /vendor/ping',
      'GET /upstream/catalog',
      'GET /consumed',
      'POST /external/hook',
      'GET /existing'
    ]);
  });

  it('serves the endpoints of "Existing … (modified)" sections and of those "used by" a client', () => {
    const endpoints = endpointsOf('orders.md', [
      '# Orders',
      '',
      '## Existing endpoints (modified)',
      '- `GET /orders/{id}` — now returns the carrier',
      '',
      '## Endpoints used by the courier app',
      '- `POST /orders/{id}/handover`',
      '',
      '## Existing endpoints',
      '- `GET /orders`'
    ]);
    expect(served(endpoints)).toEqual(['GET /orders/{id}', 'POST /orders/{id}/handover']);
    expect(called(endpoints)).toEqual(['GET /orders']);
  });

  it('marks the list after an "API calls:" label as called, and not the list after another label', () => {
    const endpoints = endpointsOf('screens.md', [
      '# Screens',
      '',
      '## Order history',
      '',
      '**Component**: `src/app/history/page.tsx`  ',
      '**Auth required**: Yes  ',
      '**API calls**:',
      '- `GET /api/orders?limit=20` → newest orders',
      '- `GET /api/orders/:id/items`',
      '',
      '**Serves**:',
      '- `GET /history/export` — a CSV of the list',
      '',
      '**Calls**: `POST /api/audit`',
      '',
      '- **Uses existing**: `GET /api/me`',
      '- **Dependencies**:',
      '  - `GET /api/flags`',
      '- `DELETE /history/{id}`'
    ]);
    expect(called(endpoints)).toEqual([
      'GET /api/orders',
      'GET /api/orders/:id/items',
      'POST /api/audit',
      'GET /api/me',
      'GET /api/flags'
    ]);
    expect(served(endpoints)).toEqual(['GET /history/export', 'DELETE /history/{id}']);
  });

  it('marks every endpoint called when the contract says it exposes no new APIs, except its pages', () => {
    const endpoints = endpointsOf('page-routes.md', [
      '# Page route contracts',
      '',
      'This feature exposes **no new APIs**. Its pages fetch from routes that already exist.',
      '',
      '## Page Routes',
      '',
      '### `GET /garden` — Garden page',
      '',
      '- `GET /api/beds` → the beds shown',
      '',
      '## Data sources',
      '',
      '- `GET /api/plants`'
    ]);
    expect(served(endpoints)).toEqual(['GET /garden']);
    expect(called(endpoints)).toEqual(['GET /api/beds', 'GET /api/plants']);
  });

  it('reads "no new endpoints" in an Overview as the whole contract, but not in a section about one part', () => {
    const overview = endpointsOf('a.md', [
      '# Contract',
      '',
      '## Overview',
      '',
      'No new endpoints are added; the widget reads these:',
      '',
      '## Reads',
      '- `GET /v1/weather`'
    ]);
    expect(called(overview)).toEqual(['GET /v1/weather']);
    const part = endpointsOf('b.md', [
      '# Contract',
      '',
      '## Admin notes',
      '',
      'The admin area exposes no new endpoints.',
      '',
      '## Reads',
      '- `GET /v1/weather`'
    ]);
    expect(called(part)).toEqual([]);
    expect(served(part)).toEqual(['GET /v1/weather']);
  });

  it('still serves the CLI commands of a contract that says it adds no new API endpoints', () => {
    const endpoints = endpointsOf('cli-contract.md', [
      '# Pantry CLI contract',
      '',
      'The feature does not add any new HTTP endpoints; the CLI talks to the ones below.',
      '',
      '## Commands',
      '',
      '### `pantry restock`',
      '',
      '## Server routes it talks to',
      '',
      '- `POST /v1/restock`'
    ]);
    expect(served(endpoints)).toEqual(['pantry restock']);
    expect(called(endpoints)).toEqual(['POST /v1/restock']);
  });

  it('marks endpoints under "Required Capabilities" of an image as called, not those under "Capabilities"', () => {
    const endpoints = endpointsOf('image.md', [
      '# Container image contract',
      '',
      '## Application image',
      '',
      '### Required Capabilities',
      '',
      '1. **Probes**',
      '   - `GET /livez`: liveness',
      '   - `GET /readyz`: readiness',
      '',
      '## Sidecar image',
      '',
      '### Capabilities',
      '',
      '- `GET /metrics`'
    ]);
    expect(called(endpoints)).toEqual(['GET /livez', 'GET /readyz']);
    expect(served(endpoints)).toEqual(['GET /metrics']);
  });

  it('serves an endpoint that one place serves and another lists as called, once', () => {
    const endpoints = endpointsOf('mixed.md', [
      '# Mixed',
      '',
      '## Consumed APIs',
      '- `GET /v1/rates`',
      '',
      '## Our endpoints',
      '### GET /v1/rates',
      'Proxies the upstream rates.'
    ]);
    expect(
      endpoints.map(endpoint => [endpoint.name, endpoint.consumed, endpoint.source.line])
    ).toEqual([['GET /v1/rates', false, 4]]);
  });
});
