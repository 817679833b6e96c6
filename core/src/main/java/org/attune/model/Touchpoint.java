package org.attune.model;

import static java.util.Objects.requireNonNull;

import org.attune.model.internal.Arguments;

/**
 * A touchpoint of the customer journey: where the customer meets the firm, its partners, its own world
 * or other customers (Lemon &amp; Verhoef 2016). An actor {@link RelationType#OPERATES} it; {@link
 * Episode}s happen at it.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * Touchpoint app = Touchpoint.of("app", "Clinic app", TouchpointOwnership.BRAND_OWNED,
 *     JourneyStage.POSTPURCHASE);
 * }</pre>
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 * @param ownership who owns it: brand, partner, customer or social/external
 * @param stage the journey stage it belongs to
 */
public record Touchpoint(String id, String name, TouchpointOwnership ownership, JourneyStage stage)
    implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
   *     ecosystem
   * @param name the human-readable name: non-blank, free of control characters but tab and line
   *     breaks; personal data, never put in messages or {@link #toString()}
   * @param ownership who owns it: brand, partner, customer or social/external
   * @param stage the journey stage it belongs to
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character (see {@link Ids})
   */
  public Touchpoint {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
    requireNonNull(ownership, "ownership");
    requireNonNull(stage, "stage");
  }

  /**
   * {@return a new touchpoint}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   * @param ownership who owns it
   * @param stage the journey stage it belongs to
   */
  public static Touchpoint of(
      String id, String name, TouchpointOwnership ownership, JourneyStage stage) {
    return new Touchpoint(id, name, ownership, stage);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.TOUCHPOINT;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code Touchpoint[id=x]}}: the
   * name can be personal data, and this string ends up in messages and logs
   */
  @Override
  public String toString() {
    return "Touchpoint[id=" + id + ", ownership=" + ownership + ", stage=" + stage + "]";
  }
}
