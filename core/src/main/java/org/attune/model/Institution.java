package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * An institution: a humanly devised rule, norm or belief that coordinates value co-creation (Vargo
 * &amp; Lusch 2016, axiom 5: "value cocreation is coordinated through actor-generated institutions and
 * institutional arrangements"). Actors adhere to it through {@link RelationType#ADHERES_TO}.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, unique within an ecosystem
 * @param name the human-readable name: non-blank
 * @param kind rule, norm, value, role, belief or practice; each maps to a {@link ScottPillar}
 */
public record Institution(String id, String name, InstitutionKind kind) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, unique within an ecosystem
   * @param name the human-readable name: non-blank
   * @param kind rule, norm, value, role, belief or practice; each maps to a {@link ScottPillar}
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank
   */
  public Institution {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
    requireNonNull(kind, "kind");
  }

  /**
   * {@return a new institution}
   *
   * @param id the id: non-blank
   * @param name the name: non-blank
   * @param kind what kind of institution it is
   */
  public static Institution of(String id, String name, InstitutionKind kind) {
    return new Institution(id, name, kind);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.INSTITUTION;
  }
}
