/**
 * Syntax-level expansions of library idioms, run on each parsed module before modules are linked
 * and types inferred: namedtuple classes become ordinary classes with a tuple view of their fields
 * ({@link krait.desugar.NamedTuples}, which the type layer reads through {@link krait.types.TupleViews}), {@code typing} imports and hints are erased ({@link krait.desugar.TypingErasure}),
 * {@code @dataclass} classes get ordinary generated methods ({@link krait.desugar.Dataclasses}),
 * {@code abc.ABC} classes become ordinary classes that refuse instantiation while abstract
 * methods are left ({@link krait.desugar.AbstractClasses}),
 * {@code enum.Enum} classes become ordinary classes with one instance per member
 * ({@link krait.desugar.Enums}), {@code abc} bases go and {@code @abstractmethod} becomes a marker
 * the type layer reads ({@link krait.desugar.AbstractClasses}), and the {@code functools} decorators become plain code
 * ({@link krait.desugar.FunctoolsDecorators}), and unpacking in set displays becomes
 * {@code set()} of a list display ({@link krait.desugar.StarredDisplays}), and the else block of a loop runs behind
 * a flag its breaks set ({@link krait.desugar.LoopElse}), and a literal format string whose fields read
 * attributes or items of the arguments becomes an f-string ({@link krait.desugar.FormatFields}), and a
 * {@code match} statement becomes an if/elif chain of its patterns as tests ({@link krait.desugar.MatchStatements}), and
 * integer arithmetic on literals whose result fits in 64 bits becomes its value ({@link krait.desugar.ConstantFolding}). Later phases need no knowledge of these modules (but for the abstract-method marker).
 * {@link krait.desugar.Desugar} runs them in order.
 */
package krait.desugar;
