/**
 * The modules of a JVM build as a plan lays them out: `app/src/main/kotlin/org/quay/berths/` is
 * module `app/`, its code in package `org/quay/berths/`; its tests go in `app/src/test/kotlin/`
 * under the same package, the way Maven and Gradle expect them.
 */
import { commonAncestor } from './folders.js';
import {
  MAIN_SOURCE_SET,
  SOURCE_SET_LANGUAGES,
  SOURCE_SETS_FOLDER,
  TEST_SOURCE_SETS
} from '../../vocabulary/layout.js';

interface SourceSetPath {
  /** The module's folder, `''` at the top: `services/mooring/`. */
  home: string;
  /** `main`, `test`, `androidTest`. */
  set: string;
  /** `java`, `kotlin`. */
  language: string;
  /** What lies below `src/<set>/<language>/`: the package folders, and a file's name. */
  rest: string;
}

/** `services/mooring/src/test/java/org/x/` → its module, source set, language and the rest. */
function sourceSetPath(path: string): SourceSetPath | undefined {
  const segments = path.split('/');
  for (let at = 0; at + 2 < segments.length; at++) {
    if (segments[at] !== SOURCE_SETS_FOLDER || !SOURCE_SET_LANGUAGES.has(segments[at + 2]!))
      continue;
    return {
      home: segments
        .slice(0, at)
        .map(segment => `${segment}/`)
        .join(''),
      set: segments[at + 1]!,
      language: segments[at + 2]!,
      rest: segments.slice(at + 3).join('/')
    };
  }
  return undefined;
}

/**
 * The package the plan puts a module's code in: the deepest folder above all its main source
 * folders (`org/quay/mooring/` for `…/mooring/controller/` and `…/mooring/model/`), or none.
 */
function modulePackage(sourceDirs: readonly string[], home: string, language: string): string {
  const root = `${home}${SOURCE_SETS_FOLDER}/${MAIN_SOURCE_SET}/${language}/`;
  const below = sourceDirs.filter(dir => dir.startsWith(root) && dir !== root);
  const deepest = below.length === 1 ? below[0] : commonAncestor(below);
  return deepest && deepest.startsWith(root) ? deepest.slice(root.length) : '';
}

/**
 * A test source folder the plan leaves bare (`app/src/test/java/`) holds its tests in the
 * package of the module's code (`app/src/test/java/org/quay/berths/`); any other folder is as
 * the plan writes it.
 */
export function withCodePackage(sourceDirs: readonly string[], testDir: string): string {
  const parts = sourceSetPath(testDir);
  if (!parts || parts.rest !== '' || !TEST_SOURCE_SETS.includes(parts.set)) return testDir;
  return testDir + modulePackage(sourceDirs, parts.home, parts.language);
}

/**
 * The plan's test folder for the module `file` is in, where `testDir` is another module's: a
 * contract test beside the service that serves the contract. The folder of the same name as
 * `testDir` there (`contract/`), else that module's unit test folder; none where the file is in
 * no module or in the same one.
 */
export function moduleTestDir(
  sourceDirs: readonly string[],
  testDirs: readonly string[],
  file: string,
  testDir: string
): string | undefined {
  const code = sourceSetPath(file);
  if (!code || code.set !== MAIN_SOURCE_SET || testDir.startsWith(code.home)) return undefined;
  const own = testDirs.filter(dir => {
    const parts = sourceSetPath(dir);
    return parts?.home === code.home && parts.set === TEST_SOURCE_SETS[0];
  });
  const name = testDir.split('/').filter(Boolean).pop();
  const chosen =
    own.find(dir => dir.split('/').filter(Boolean).pop() === name) ??
    [...own].sort((a, b) => a.length - b.length)[0];
  return chosen && withCodePackage(sourceDirs, chosen);
}

/**
 * The one module every main source folder of the plan is in (`app/` of an Android app), where its
 * build file goes; none at the top or where the plan lays out several modules.
 */
export function singleModuleHome(sourceDirs: readonly string[]): string | undefined {
  const homes = new Set(
    sourceDirs
      .map(sourceSetPath)
      .filter(parts => parts?.set === MAIN_SOURCE_SET)
      .map(parts => parts!.home)
  );
  const [home] = homes;
  return homes.size === 1 && home ? home : undefined;
}

/**
 * The test folder mirroring the folder of `file`, a main source file of a module whose test source
 * set the plan draws bare: `app/src/test/java/org/x/web/` for `app/src/main/java/org/x/web/
 * OrderController.java`, the way JVM builds lay tests beside the code they test. None where the
 * plan lays out that test source set itself or draws none.
 */
export function mirroredTestDir(testDirs: readonly string[], file: string): string | undefined {
  const code = sourceSetPath(file);
  if (!code || code.set !== MAIN_SOURCE_SET) return undefined;
  const testRoot = `${code.home}${SOURCE_SETS_FOLDER}/${TEST_SOURCE_SETS[0]}/${code.language}/`;
  if (
    !testDirs.includes(testRoot) ||
    testDirs.some(dir => dir !== testRoot && dir.startsWith(testRoot))
  )
    return undefined;
  const slash = code.rest.lastIndexOf('/');
  return testRoot + (slash < 0 ? '' : code.rest.slice(0, slash + 1));
}
