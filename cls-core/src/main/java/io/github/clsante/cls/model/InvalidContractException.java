package io.github.clsante.cls.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@code LocalHealthContract.builder().build()} when the contract is meaningless; carries every
 * problem found, not only the first. Use {@link LocalHealthContract#validate} to get them without an exception.
 *
 * @since 0.1.0
 */
public final class InvalidContractException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems, in document order. */
  private final transient List<ModelProblem> problems;

  /**
   * @param problems every problem found; not empty
   */
  public InvalidContractException(List<ModelProblem> problems) {
    super(problems.size() + " problem(s) in the contract:\n  "
        + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in document order */
  public List<ModelProblem> problems() {
    return problems;
  }
}
