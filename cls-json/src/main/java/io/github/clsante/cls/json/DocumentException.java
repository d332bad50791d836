package io.github.clsante.cls.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ContractReader#read} when a document is not a readable contract: unreadable or malformed
 * text, a document past the reading bounds, values of the wrong type or form, unknown fields, or a contract the
 * model refuses as meaningless. Carries every problem found, never a Jackson or internal exception as the
 * answer. Immutable once thrown.
 *
 * @since 0.1.0
 */
public final class DocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, in document order. */
  private final transient List<DocumentProblem> problems;

  /**
   * @param problems every problem found; not empty
   */
  public DocumentException(List<DocumentProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in document order; never empty */
  public List<DocumentProblem> problems() {
    return problems;
  }

  static String message(List<DocumentProblem> problems) {
    return problems.size() + " problem(s) in the document:\n  "
        + problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("\n  "));
  }
}
