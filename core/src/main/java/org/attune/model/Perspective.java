package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * Whose view of whose logic, and which view: the {@code holder} believes the {@code subject}'s logic
 * to be a certain {@link Profile}, as its {@link Aspect} says (actual, ideal, expected, ...). CDL puts
 * the customer's own logic first (Heinonen &amp; Strandvik 2015); alignment and attunement compare it
 * with the other views:
 *
 * <ul>
 *   <li>{@code (c, c)}: the customer's own logic, its actual self;
 *   <li>{@code (p, p)}: the provider's own logic, its offering;
 *   <li>{@code (p, c)}: what the provider believes the customer wants, its model of the customer;
 *   <li>{@code (c, p)}: the customer's image of the provider (Sirgy's product-user image);
 *   <li>{@code (c, c, IDEAL)}, {@code (c, c, SOCIAL)}, {@code (c, c, IDEAL_SOCIAL)}: the customer's
 *       other self-images (Sirgy 1982);
 *   <li>{@code (c, p, EXPECTED)} and {@code (c, p, PERCEIVED)}: the performance the customer expected
 *       of the provider and the one it perceived (Oliver 1980).
 * </ul>
 *
 * <p>A perspective made without an aspect ({@link #of(Actor, Actor)}, {@link #own(Actor)}) is the
 * {@link Aspect#ACTUAL} view.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param holder the actor whose view this is
 * @param subject the actor whose logic is viewed
 * @param aspect which view it is
 */
public record Perspective(Actor holder, Actor subject, Aspect aspect) {

  /**
   * Validates the components.
   *
   * @param holder the actor whose view this is
   * @param subject the actor whose logic is viewed
   * @param aspect which view it is
   * @throws NullPointerException if any component is null
   */
  public Perspective {
    requireNonNull(holder, "holder");
    requireNonNull(subject, "subject");
    requireNonNull(aspect, "aspect");
  }

  /**
   * Creates the actual view of {@code holder} on {@code subject}.
   *
   * @param holder the actor whose view this is
   * @param subject the actor whose logic is viewed
   * @throws NullPointerException if any component is null
   */
  public Perspective(Actor holder, Actor subject) {
    this(holder, subject, Aspect.ACTUAL);
  }

  /**
   * {@return the actual perspective of {@code holder} on {@code subject}}
   *
   * @param holder whose view
   * @param subject whose logic
   */
  public static Perspective of(Actor holder, Actor subject) {
    return new Perspective(holder, subject, Aspect.ACTUAL);
  }

  /**
   * {@return the perspective of {@code holder} on {@code subject} of the given aspect}
   *
   * @param holder whose view
   * @param subject whose logic
   * @param aspect which view
   */
  public static Perspective of(Actor holder, Actor subject, Aspect aspect) {
    return new Perspective(holder, subject, aspect);
  }

  /**
   * {@return an actor's actual view of its own logic}
   *
   * @param actor the holder and subject
   */
  public static Perspective own(Actor actor) {
    return new Perspective(actor, actor, Aspect.ACTUAL);
  }

  /**
   * {@return an actor's view of its own logic of the given aspect, such as its ideal self}
   *
   * @param actor the holder and subject
   * @param aspect which view
   */
  public static Perspective own(Actor actor, Aspect aspect) {
    return new Perspective(actor, actor, aspect);
  }

  /** {@return whether this is an actor's view of its own logic: holder equals subject} */
  public boolean isOwn() {
    return holder.equals(subject);
  }

  /** {@return whether this is the actual view, the default aspect} */
  public boolean isActual() {
    return aspect == Aspect.ACTUAL;
  }

  /**
   * {@return a short form naming the actors by id, such as {@code Perspective[holder=clinic,
   * subject=alice]}, with the aspect where it is not the actual one, such as {@code
   * Perspective[holder=alice, subject=alice, aspect=IDEAL]}}; names are personal data and are left out
   */
  @Override
  public String toString() {
    return "Perspective[holder=" + holder.id() + ", subject=" + subject.id()
        + (isActual() ? "" : ", aspect=" + aspect) + "]";
  }
}
