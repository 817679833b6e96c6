package org.attune.model;

import org.attune.model.internal.Arguments;

/**
 * An activity or practice of the customer's own life, where value-in-use forms (Heinonen et al. 2010,
 * 2013: the customer's activities, practices and experiences come first; the provider is invited into
 * them or not). Actors perform it ({@link RelationType#PERFORMS}); providers and value propositions
 * support it ({@link RelationType#SUPPORTS}); it integrates resources ({@link
 * RelationType#INTEGRATES}).
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 */
public record Activity(String id, String name) implements Element {

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
  public Activity {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
  }

  /**
   * {@return a new activity}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static Activity of(String id, String name) {
    return new Activity(id, name);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.ACTIVITY;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code Activity[id=x]}}: the
   * name can be personal data, and this string ends up in messages and logs
   */
  @Override
  public String toString() {
    return "Activity[id=" + id + "]";
  }
}
