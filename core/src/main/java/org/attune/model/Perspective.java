package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * Whose view of whose logic: the {@code holder} believes the {@code subject}'s logic to be a certain
 * {@link Profile}. CDL puts the customer's own logic first (Heinonen &amp; Strandvik 2015); alignment
 * and attunement compare it with the other views:
 *
 * <ul>
 *   <li>{@code (c, c)}: the customer's own logic;
 *   <li>{@code (p, p)}: the provider's own logic, its offering;
 *   <li>{@code (p, c)}: what the provider believes the customer wants, its model of the customer;
 *   <li>{@code (c, p)}: the customer's image of the provider (Sirgy's self-congruity).
 * </ul>
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param holder the actor whose view this is
 * @param subject the actor whose logic is viewed
 */
public record Perspective(Actor holder, Actor subject) {

  /**
   * Validates the components.
   *
   * @param holder the actor whose view this is
   * @param subject the actor whose logic is viewed
   * @throws NullPointerException if any component is null
   */
  public Perspective {
    requireNonNull(holder, "holder");
    requireNonNull(subject, "subject");
  }

  /**
   * {@return the perspective of {@code holder} on {@code subject}}
   *
   * @param holder whose view
   * @param subject whose logic
   */
  public static Perspective of(Actor holder, Actor subject) {
    return new Perspective(holder, subject);
  }

  /**
   * {@return an actor's view of its own logic}
   *
   * @param actor the holder and subject
   */
  public static Perspective own(Actor actor) {
    return new Perspective(actor, actor);
  }

  /** {@return whether this is an actor's view of its own logic: holder equals subject} */
  public boolean isOwn() {
    return holder.equals(subject);
  }

  /**
   * {@return a short form naming the actors by id, such as {@code Perspective[holder=clinic,
   * subject=alice]}}; names are personal data and are left out
   */
  @Override
  public String toString() {
    return "Perspective[holder=" + holder.id() + ", subject=" + subject.id() + "]";
  }
}
