package org.attune.theory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.attune.model.Element;
import org.attune.model.internal.Arguments;

/**
 * One place where an ecosystem breaks a {@link Rule}: which rule, the elements involved and what is
 * wrong, in a sentence that names them.
 *
 * <p>Immutable, null-hostile and thread-safe. Two violations are equal when their rule ids, elements
 * (in order) and messages are equal.
 *
 * <pre>{@code
 * Violation v = Violation.of("sdl.service-for-service",
 *     "'clinic' SERVES 'pat', but 'pat' does not SERVE 'clinic' in return", clinic, pat);
 * }</pre>
 *
 * @param ruleId the id of the rule that is broken: non-blank, no whitespace
 * @param elements the elements involved, most relevant first; empty when the ecosystem as a whole
 *     breaks the rule
 * @param message what is wrong: non-blank, naming the elements by id
 */
public record Violation(String ruleId, List<Element> elements, String message) {

  /**
   * Orders the violations of one rule independently of the order in which an ecosystem was built: by
   * the ids of their elements, compared id by id, then by message.
   */
  static final Comparator<Violation> ORDER =
      Comparator.comparing(
              Violation::elementIds,
              (List<String> a, List<String> b) -> {
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                  int c = a.get(i).compareTo(b.get(i));
                  if (c != 0) {
                    return c;
                  }
                }
                return Integer.compare(a.size(), b.size());
              })
          .thenComparing(Violation::message);

  /**
   * Validates the components and copies the elements.
   *
   * @param ruleId the id of the rule that is broken: non-blank, no whitespace
   * @param elements the elements involved, most relevant first; may be empty
   * @param message what is wrong: non-blank
   * @throws NullPointerException if any component is null or {@code elements} holds null
   * @throws IllegalArgumentException if {@code ruleId} is blank or holds whitespace, or {@code
   *     message} is blank
   */
  public Violation {
    Checks.ruleId(ruleId, "ruleId");
    requireNonNull(elements, "elements");
    for (Element e : elements) {
      requireNonNull(e, "elements element");
    }
    elements = ImmutableList.copyOf(elements);
    Arguments.nonBlank(message, "message");
  }

  /**
   * {@return a violation of rule {@code ruleId} involving {@code elements}}
   *
   * @param ruleId the id of the rule that is broken
   * @param message what is wrong, naming the elements by id
   * @param elements the elements involved, most relevant first; none when the ecosystem as a whole
   *     breaks the rule
   */
  public static Violation of(String ruleId, String message, Element... elements) {
    return new Violation(ruleId, Arrays.asList(requireNonNull(elements, "elements")), message);
  }

  /**
   * {@return a violation of rule {@code ruleId} involving {@code elements}}
   *
   * @param ruleId the id of the rule that is broken
   * @param message what is wrong, naming the elements by id
   * @param elements the elements involved, most relevant first
   */
  public static Violation of(
      String ruleId, String message, Iterable<? extends Element> elements) {
    requireNonNull(elements, "elements");
    List<Element> copy = new ArrayList<>();
    for (Element e : elements) {
      copy.add(requireNonNull(e, "elements element"));
    }
    return new Violation(ruleId, copy, message);
  }

  /** {@return the ids of the elements involved, in order} */
  public List<String> elementIds() {
    return elements.stream().map(Element::id).collect(ImmutableList.toImmutableList());
  }

  /** {@return a line such as {@code sdl.service-for-service [clinic, pat]: 'clinic' SERVES ...}} */
  @Override
  public String toString() {
    return ruleId + " " + elementIds() + ": " + message;
  }
}
