package org.attune.model;

import static java.util.Objects.requireNonNull;

import org.attune.model.internal.Arguments;

/**
 * A resource that actors integrate (Vargo &amp; Lusch 2004, FP4), operant or operand. Actors access it
 * through {@link RelationType#ACCESSES}, activities integrate it through {@link
 * RelationType#INTEGRATES}.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 * @param nature operant or operand
 */
public record Resource(String id, String name, ResourceNature nature) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
   *     ecosystem
   * @param name the human-readable name: non-blank, free of control characters but tab and line
   *     breaks; personal data, never put in messages or {@link #toString()}
   * @param nature operant or operand
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character (see {@link Ids})
   */
  public Resource {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
    requireNonNull(nature, "nature");
  }

  /**
   * {@return a new operant resource: knowledge or skills that act on other resources}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static Resource operant(String id, String name) {
    return new Resource(id, name, ResourceNature.OPERANT);
  }

  /**
   * {@return a new operand resource: something acted upon}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static Resource operand(String id, String name) {
    return new Resource(id, name, ResourceNature.OPERAND);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.RESOURCE;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code Resource[id=x]}}: the
   * name can be personal data, and this string ends up in messages and logs
   */
  @Override
  public String toString() {
    return "Resource[id=" + id + ", nature=" + nature + "]";
  }
}
