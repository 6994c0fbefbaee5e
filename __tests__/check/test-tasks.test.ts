/**
 * Whether a task is about tests, on invented lists: strictly (its first words or all its files
 * say test) and by its paths, beside the names that only look like tests.
 */
import { describe, expect, it } from '@jest/globals';
import { isOnlyTest, isTestPath } from '../../src/core/check/test-tasks.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';

function strictTests(...lines: string[]): string[] {
  const list = parseTaskList({
    path: 'specs/001-test/tasks.md',
    relativePath: 'tasks.md',
    text: ['## Phase 3: Core', ...lines].join('\n') + '\n'
  });
  return list.tasks.filter(task => isOnlyTest(task, list.phases)).map(task => task.id);
}

describe('isOnlyTest', () => {
  it('takes a task whose first words or only files say test; a service named Test… is code', () => {
    expect(
      strictTests(
        '- [ ] T010 Contract test for the voucher API in tests/contract/test_vouchers.py',
        '- [ ] T011 Write tests for voucher expiry',
        '- [ ] T012 Add `TestSuiteService` to src/services/suites.ts',
        '- [ ] T013 Implement voucher expiry with unit tests in src/vouchers/expiry.py'
      )
    ).toEqual(['T010', 'T011']);
  });
});

describe('isTestPath', () => {
  it.each([
    'tests/unit/pricing.test.ts',
    'src/__tests__/cart.ts',
    'spec/models/voucher_spec.rb',
    'pkg/mirror/mirror_test.go',
    'app/src/androidTest/CheckoutScreenTest.kt',
    'src/Vouchers.Tests/VoucherTests.cs'
  ])('reads %s as a test file', path => {
    expect(isTestPath(path)).toBe(true);
  });

  it.each([
    'specs/001-vouchers/plan.md',
    'src/main/java/org/acme/spec/Parser.java',
    'src/vouchers/expiry.ts'
  ])('nearest miss: %s is not a test file', path => {
    expect(isTestPath(path)).toBe(false);
  });
});
