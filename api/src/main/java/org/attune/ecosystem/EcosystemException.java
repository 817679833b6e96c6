package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link ServiceEcosystem.Builder#build()} when the ecosystem described is not valid. It
 * lists every problem found, not just the first, each naming the elements involved.
 *
 * <p>Immutable and thread-safe.
 */
public final class EcosystemException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the problems, each one sentence */
  private final ImmutableList<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found: at least one, each one sentence
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public EcosystemException(List<String> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** {@return every problem found, in the order found: at least one} */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must hold at least one problem, but was empty");
    }
    StringBuilder s = new StringBuilder("the ecosystem is not valid: ");
    s.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String problem : problems) {
      s.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return s.toString();
  }
}
