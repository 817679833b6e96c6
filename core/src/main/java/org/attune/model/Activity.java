package org.attune.model;

/**
 * An activity or practice of the customer's own life, where value-in-use forms (Heinonen et al. 2010,
 * 2013: the customer's activities, practices and experiences come first; the provider is invited into
 * them or not). Actors perform it ({@link RelationType#PERFORMS}); providers and value propositions
 * support it ({@link RelationType#SUPPORTS}); it integrates resources ({@link
 * RelationType#INTEGRATES}).
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, unique within an ecosystem
 * @param name the human-readable name: non-blank
 */
public record Activity(String id, String name) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, unique within an ecosystem
   * @param name the human-readable name: non-blank
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank
   */
  public Activity {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
  }

  /**
   * {@return a new activity}
   *
   * @param id the id: non-blank
   * @param name the name: non-blank
   */
  public static Activity of(String id, String name) {
    return new Activity(id, name);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.ACTIVITY;
  }
}
