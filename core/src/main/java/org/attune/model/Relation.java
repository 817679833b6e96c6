package org.attune.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.attune.model.internal.Arguments;

/**
 * A typed, weighted, directed relation between two elements of a service ecosystem, such as "the
 * clinic SERVES Alice with strength 0.8". An ecosystem holds at most one relation of a type between
 * two elements.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param source the element the relation starts at
 * @param type the relation type, which must allow the kinds of {@code source} and {@code target}
 * @param target the element the relation ends at
 * @param strength how strong the relation is: in (0, 1], where 1 is the strongest; absent relations
 *     are modelled by leaving them out, not by strength 0
 */
public record Relation(Element source, RelationType type, Element target, double strength) {

  /** The strength of a relation made without one: {@value}. */
  public static final double DEFAULT_STRENGTH = 1.0;

  /**
   * Validates the components.
   *
   * @param source the element the relation starts at
   * @param type the relation type, which must allow the kinds of {@code source} and {@code target}
   * @param target the element the relation ends at
   * @param strength how strong the relation is: in (0, 1], where 1 is the strongest; absent relations
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code strength} is not in (0, 1], or {@code type} does not
   *     allow the kinds of {@code source} and {@code target}
   */
  public Relation {
    requireNonNull(source, "source");
    requireNonNull(type, "type");
    requireNonNull(target, "target");
    Arguments.positiveAtMostOne(strength, "strength");
    checkArgument(
        type.connects(source, target),
        "type %s connects %s to %s, but was given %s '%s' to %s '%s'",
        type.name(),
        type.sources(),
        type.targets(),
        source.elementKind(),
        source.id(),
        target.elementKind(),
        target.id());
  }

  /**
   * {@return a relation of the default strength 1}
   *
   * @param source the element the relation starts at
   * @param type the relation type
   * @param target the element the relation ends at
   */
  public static Relation of(Element source, RelationType type, Element target) {
    return new Relation(source, type, target, DEFAULT_STRENGTH);
  }

  /**
   * {@return a relation of the given strength}
   *
   * @param source the element the relation starts at
   * @param type the relation type
   * @param target the element the relation ends at
   * @param strength in (0, 1]
   */
  public static Relation of(Element source, RelationType type, Element target, double strength) {
    return new Relation(source, type, target, strength);
  }

  /** {@return a short form such as {@code clinic -SERVES(0.8)-> alice}} */
  @Override
  public String toString() {
    return source.id() + " -" + type.name() + "(" + strength + ")-> " + target.id();
  }
}
