package org.attune.model;

/**
 * A value proposition: an invitation to co-create value. Actors cannot deliver value, only offer value
 * propositions (Vargo &amp; Lusch 2016, FP7). A provider {@link RelationType#OFFERS} it; it {@link
 * RelationType#SUPPORTS} activities of the customer; journeys and episodes may name the one they serve.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, unique within an ecosystem
 * @param name the human-readable name: non-blank
 */
public record ValueProposition(String id, String name) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, unique within an ecosystem
   * @param name the human-readable name: non-blank
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank
   */
  public ValueProposition {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
  }

  /**
   * {@return a new value proposition}
   *
   * @param id the id: non-blank
   * @param name the name: non-blank
   */
  public static ValueProposition of(String id, String name) {
    return new ValueProposition(id, name);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.VALUE_PROPOSITION;
  }
}
