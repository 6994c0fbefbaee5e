/**
 * The interfaces, traits, protocols and service classes a contract's code declares, each with
 * every method its body declares, the common names that no test would call a contract by too.
 */
import { describe, expect, it } from '@jest/globals';
import { declaredInterfaces } from '../../src/core/parse/code-interfaces.js';

function read(lang: string, lines: string[]) {
  return declaredInterfaces(lines.join('\n'), lang);
}

describe('declaredInterfaces', () => {
  it('reads every method of a Kotlin interface, a one-word `list()` too', () => {
    expect(
      read('kotlin', [
        'interface ShelfRepository {',
        '    suspend fun stack(shelfId: String, crate: Crate)',
        '    fun contents(shelfId: String): Flow<List<Crate>>',
        '    fun shelves(): List<Shelf>',
        '}',
        '',
        'data class Crate(val label: String, val weight: Int)'
      ])
    ).toEqual([
      { name: 'ShelfRepository', isInterface: true, members: ['stack', 'contents', 'shelves'] }
    ]);
  });

  it('reads a C# interface whose brace opens on the next line, and a multi-line signature once', () => {
    expect(
      read('csharp', [
        'public interface ICrateService',
        '{',
        '    /// <summary>Stacks a crate.</summary>',
        '    Task<CrateDto> StackAsync(int shelfId,',
        '        CreateCrateDto dto);',
        '    void ClearAll();',
        '    string Label { get; set; }',
        '}'
      ])
    ).toEqual([{ name: 'ICrateService', isInterface: true, members: ['StackAsync', 'ClearAll'] }]);
  });

  it('reads Rust traits, Swift protocols and Go interfaces', () => {
    expect(
      read('rust', [
        'pub trait Scanner {',
        '    fn scan(&self, shelf: &Shelf) -> Result<Scan>;',
        '}'
      ])
    ).toEqual([{ name: 'Scanner', isInterface: true, members: ['scan'] }]);
    expect(
      read('swift', ['protocol Pantry {', '    func list() async throws -> [Jar]', '}'])
    ).toEqual([{ name: 'Pantry', isInterface: true, members: ['list'] }]);
    expect(
      read('go', [
        'type LabelPrinter interface {',
        '    Print(ctx context.Context, label Label) error',
        '    Close() error',
        '}'
      ])
    ).toEqual([{ name: 'LabelPrinter', isInterface: true, members: ['Print', 'Close'] }]);
  });

  it('reads a class after its constructor’s parameters, leaving out the constructor, comments and nested bodies', () => {
    expect(
      read('kotlin', [
        'class ShelfRepositoryImpl @Inject constructor(',
        '    private val dao: ShelfDao,',
        ') : ShelfRepository {',
        '    /**',
        '     * Call stack(x) only after open(y).',
        '     */',
        '    override fun shelves(): List<Shelf> = dao.all().map { it.toShelf() }',
        '    internal suspend fun reset() {',
        '        dao.clear()',
        '    }',
        '}'
      ])
    ).toEqual([{ name: 'ShelfRepositoryImpl', isInterface: false, members: ['shelves', 'reset'] }]);
  });

  it('gives a TypeScript interface its methods, not its properties or callbacks', () => {
    expect(
      read('typescript', [
        'export interface CrateStore {',
        '  readonly size: number;',
        '  onChange?: (crate: Crate) => void;',
        '  get(id: string): Promise<Crate | undefined>;',
        '  put<T extends Crate>(crate: T): Promise<void>;',
        '}'
      ])
    ).toEqual([{ name: 'CrateStore', isInterface: true, members: ['get', 'put'] }]);
  });

  it('finds no body in a one-line record, nor in Python or example fences', () => {
    expect(read('kotlin', ['data class Crate(val label: String)', 'fun helper() {', '}'])).toEqual(
      []
    );
    expect(read('python', ['class Shelf(Protocol):', '    def stack(self) -> None: ...'])).toEqual(
      []
    );
    expect(read('json', ['{ "interface": "x" }'])).toEqual([]);
  });
});
