package org.attune.ecosystem;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link ServiceEcosystem.Builder#build()} when the ecosystem described is not valid. It
 * lists every problem found, not just the first, each naming the elements involved by id (never by
 * name: names can be personal data). {@link #problems()} holds every problem; the message lists the
 * first {@value #PROBLEMS_IN_MESSAGE} and says how many more there are.
 *
 * <p>Immutable and thread-safe.
 */
public final class EcosystemException extends IllegalArgumentException {

  /** How many problems the message lists before it says how many more there are. */
  public static final int PROBLEMS_IN_MESSAGE = 50;

  private static final long serialVersionUID = 1L;

  /** @serial the problems, each one sentence */
  private final ImmutableList<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found: at least one, each one sentence naming elements by id
   * @throws NullPointerException if {@code problems} is null or holds null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public EcosystemException(List<String> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** {@return every problem found, in the order found: at least one, however many there are} */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    requireNonNull(problems, "problems");
    checkArgument(!problems.isEmpty(), "problems must hold at least one problem, but was empty");
    StringBuilder s = new StringBuilder("the ecosystem is not valid: ");
    s.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (String problem : problems.subList(0, shown)) {
      s.append(System.lineSeparator()).append("  - ").append(problem);
    }
    int more = problems.size() - shown;
    if (more > 0) {
      s.append(System.lineSeparator()).append("  ... and ").append(more)
          .append(more == 1 ? " more problem" : " more problems");
    }
    return s.toString();
  }
}
