package org.attune.model;

import static java.util.Objects.requireNonNull;

import org.attune.model.internal.Arguments;

/**
 * An institution: a humanly devised rule, norm or belief that coordinates value co-creation (Vargo
 * &amp; Lusch 2016, axiom 5: "value cocreation is coordinated through actor-generated institutions and
 * institutional arrangements"). Actors adhere to it through {@link RelationType#ADHERES_TO}.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 * @param kind rule, norm, value, role, belief or practice; each maps to a {@link ScottPillar}
 */
public record Institution(String id, String name, InstitutionKind kind) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
   *     ecosystem
   * @param name the human-readable name: non-blank, free of control characters but tab and line
   *     breaks; personal data, never put in messages or {@link #toString()}
   * @param kind rule, norm, value, role, belief or practice; each maps to a {@link ScottPillar}
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character (see {@link Ids})
   */
  public Institution {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
    requireNonNull(kind, "kind");
  }

  /**
   * {@return a new institution}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   * @param kind what kind of institution it is
   */
  public static Institution of(String id, String name, InstitutionKind kind) {
    return new Institution(id, name, kind);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.INSTITUTION;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code Institution[id=x]}}: the
   * name can be personal data, and this string ends up in messages and logs
   */
  @Override
  public String toString() {
    return "Institution[id=" + id + ", kind=" + kind + "]";
  }
}
