import { describe, expect, it } from '@jest/globals';
import {
  mirroredTestDir,
  moduleTestDir,
  singleModuleHome,
  withCodePackage
} from '../../../src/core/plan/layout/source-sets.js';

const ferry = 'ferry/src/main/kotlin/org/isle/ferry/';
const tolls = 'tolls/src/main/java/org/isle/tolls/';
const sourceDirs = [ferry, `${ferry}model/`, `${ferry}service/`, tolls];

describe('source sets: tests in the package of their code', () => {
  it("puts tests a plan leaves in a bare src/test/<language>/ in the module's package", () => {
    expect(withCodePackage(sourceDirs, 'ferry/src/test/kotlin/')).toBe(
      'ferry/src/test/kotlin/org/isle/ferry/'
    );
    expect(withCodePackage(sourceDirs, 'ferry/src/androidTest/kotlin/')).toBe(
      'ferry/src/androidTest/kotlin/org/isle/ferry/'
    );
    // One folder of code: its package is that folder's.
    expect(withCodePackage(sourceDirs, 'tolls/src/test/java/')).toBe(
      'tolls/src/test/java/org/isle/tolls/'
    );
  });

  it('leaves a test folder the plan writes out, or one of no source set, as it is', () => {
    expect(withCodePackage(sourceDirs, 'ferry/src/test/kotlin/org/isle/ferry/contract/')).toBe(
      'ferry/src/test/kotlin/org/isle/ferry/contract/'
    );
    expect(withCodePackage(sourceDirs, 'tests/integration/')).toBe('tests/integration/');
    // No package below the code's root: nothing to mirror.
    expect(withCodePackage(['src/main/java/'], 'src/test/java/')).toBe('src/test/java/');
  });
});

describe('source sets: the module of the code under test', () => {
  const testDirs = ['ferry/src/test/kotlin/', 'tolls/src/test/java/', 'tolls/src/test/java/x/'];

  it("takes the test folder of the module holding the code, in that module's package", () => {
    expect(
      moduleTestDir(sourceDirs, testDirs, `${tolls}model/Toll.java`, 'ferry/src/test/kotlin/')
    ).toBe('tolls/src/test/java/org/isle/tolls/');
  });

  it('keeps the test folder of the same module, and says nothing for code in no module', () => {
    const own = 'ferry/src/test/kotlin/org/isle/ferry/';
    expect(moduleTestDir(sourceDirs, testDirs, `${ferry}model/Boat.kt`, own)).toBeUndefined();
    expect(moduleTestDir(sourceDirs, testDirs, 'lib/boat.ts', own)).toBeUndefined();
  });
});

describe('source sets: the module of a one-module build', () => {
  it("is the folder holding the only module's src/main/", () => {
    expect(singleModuleHome([ferry, `${ferry}model/`])).toBe('ferry/');
  });

  it('is none at the top of the repository or with several modules', () => {
    expect(singleModuleHome(['src/main/java/org/isle/', 'src/main/resources/'])).toBeUndefined();
    expect(singleModuleHome(sourceDirs)).toBeUndefined();
  });
});

describe('source sets: a test folder mirroring the code', () => {
  const controller = `${ferry}web/SailingController.kt`;

  it('mirrors the folder of a main source file where the plan draws its test source set bare', () => {
    expect(mirroredTestDir(['ferry/src/test/kotlin/'], controller)).toBe(
      'ferry/src/test/kotlin/org/isle/ferry/web/'
    );
  });

  it('mirrors nothing where the plan lays out the test source set itself, or draws none', () => {
    expect(
      mirroredTestDir(['ferry/src/test/kotlin/', 'ferry/src/test/kotlin/contract/'], controller)
    ).toBeUndefined();
    expect(mirroredTestDir(['tolls/src/test/java/'], controller)).toBeUndefined();
    expect(mirroredTestDir(['src/test/'], 'src/web/sailing.ts')).toBeUndefined();
  });
});
