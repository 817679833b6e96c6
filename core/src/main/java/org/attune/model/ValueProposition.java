package org.attune.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.attune.model.internal.Arguments;

/**
 * A value proposition: an invitation to co-create value. Actors cannot deliver value, only offer value
 * propositions (Vargo &amp; Lusch 2016, FP7). A provider {@link RelationType#OFFERS} it; it {@link
 * RelationType#SUPPORTS} activities of the customer; journeys and episodes may name the one they serve.
 *
 * <p>A proposition also says what the customer pays for, its {@link PaymentBasis} (ownership, access
 * or an outcome), and which risks and responsibilities the provider shares with the customer, such
 * as the availability of an engine contracted by the flying hour: the servitized contracts on value
 * in use of the journeys essay. {@link #of(String, String)} makes a plain proposition: ownership
 * passes, no risk is shared.
 *
 * <pre>{@code
 * ValueProposition engines = ValueProposition.of("engines", "Engines");
 * ValueProposition hours =
 *     ValueProposition.of("hours", "Flying hours", PaymentBasis.OUTCOME, "availability");
 * }</pre>
 *
 * <p>Immutable, null-hostile and thread-safe. Two propositions are equal when all their components
 * are.
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 * @param basis what the customer pays for
 * @param sharedRisks the risks and responsibilities the provider shares with the customer, such as
 *     {@code "availability"}: each non-blank and free of control characters; in the order given,
 *     each once; empty when none is shared
 */
public record ValueProposition(
    String id, String name, PaymentBasis basis, Set<String> sharedRisks) implements Element {

  /**
   * Validates the components and copies the risks.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
   *     ecosystem
   * @param name the human-readable name: non-blank, free of control characters but tab and line
   *     breaks; personal data, never put in messages or {@link #toString()}
   * @param basis what the customer pays for
   * @param sharedRisks the risks and responsibilities shared with the customer: each non-blank and
   *     free of control characters
   * @throws NullPointerException if any component is null or {@code sharedRisks} holds null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character (see {@link Ids}), or a shared risk is blank or holds a control character
   */
  public ValueProposition {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
    requireNonNull(basis, "basis");
    requireNonNull(sharedRisks, "sharedRisks");
    ImmutableSet.Builder<String> risks = ImmutableSet.builder();
    for (String risk : sharedRisks) {
      risks.add(Arguments.id(requireNonNull(risk, "sharedRisks element"), "sharedRisks element"));
    }
    sharedRisks = risks.build();
  }

  /**
   * A plain proposition: ownership passes to the customer and no risk is shared.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids})
   * @param name the name: non-blank, free of control characters but tab and line breaks
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character
   */
  public ValueProposition(String id, String name) {
    this(id, name, PaymentBasis.OWNERSHIP, ImmutableSet.of());
  }

  /**
   * {@return a new plain value proposition: ownership passes to the customer and no risk is shared}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static ValueProposition of(String id, String name) {
    return new ValueProposition(id, name);
  }

  /**
   * {@return a new value proposition of the given payment basis and shared risks}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   * @param basis what the customer pays for
   * @param sharedRisks the risks and responsibilities shared with the customer, such as {@code
   *     "availability"}: each non-blank and free of control characters; none for no shared risk
   */
  public static ValueProposition of(
      String id, String name, PaymentBasis basis, String... sharedRisks) {
    requireNonNull(sharedRisks, "sharedRisks");
    return new ValueProposition(id, name, basis, new LinkedHashSet<>(Arrays.asList(sharedRisks)));
  }

  /** {@return whether the provider shares at least one risk or responsibility with the customer} */
  public boolean sharesRisk() {
    return !sharedRisks.isEmpty();
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.VALUE_PROPOSITION;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code
   * ValueProposition[id=x]} or {@code ValueProposition[id=x, basis=OUTCOME,
   * sharedRisks=[availability]]}}: the name can be personal data, and this string ends up in messages
   * and logs; the basis and the risks are left out at their defaults (ownership, none)
   */
  @Override
  public String toString() {
    if (basis == PaymentBasis.OWNERSHIP && sharedRisks.isEmpty()) {
      return "ValueProposition[id=" + id + "]";
    }
    return "ValueProposition[id=" + id + ", basis=" + basis + ", sharedRisks=" + sharedRisks + "]";
  }
}
