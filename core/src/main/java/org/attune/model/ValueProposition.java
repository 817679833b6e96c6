package org.attune.model;

import org.attune.model.internal.Arguments;

/**
 * A value proposition: an invitation to co-create value. Actors cannot deliver value, only offer value
 * propositions (Vargo &amp; Lusch 2016, FP7). A provider {@link RelationType#OFFERS} it; it {@link
 * RelationType#SUPPORTS} activities of the customer; journeys and episodes may name the one they serve.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 */
public record ValueProposition(String id, String name) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
   *     ecosystem
   * @param name the human-readable name: non-blank, free of control characters but tab and line
   *     breaks; personal data, never put in messages or {@link #toString()}
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character (see {@link Ids})
   */
  public ValueProposition {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
  }

  /**
   * {@return a new value proposition}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static ValueProposition of(String id, String name) {
    return new ValueProposition(id, name);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.VALUE_PROPOSITION;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code ValueProposition[id=x]}}: the
   * name can be personal data, and this string ends up in messages and logs
   */
  @Override
  public String toString() {
    return "ValueProposition[id=" + id + "]";
  }
}
