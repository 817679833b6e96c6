package org.attune.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One customer's journey with one value proposition: its {@link Episode}s in time order (Lemon &amp;
 * Verhoef 2016). A customer may have several journeys with one firm, one per offering (savings,
 * mortgage, credit card); the episodes that name no value proposition form a journey of their own.
 *
 * <p>Invariants that cannot be broken: a journey has at least one episode; every episode belongs to
 * {@code customer} and serves {@code proposition} (both empty or both the same); episodes are in
 * non-decreasing time order. {@link #of} sorts them for you (stably: episodes at the same instant keep
 * the order given); the canonical constructor rejects them out of order.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param customer the customer whose journey it is
 * @param proposition the value proposition the journey is about, or empty if none is known
 * @param episodes the episodes, in non-decreasing time order; at least one
 */
public record Journey(Actor customer, Optional<ValueProposition> proposition, List<Episode> episodes) {

  private static final Comparator<Episode> BY_TIME = Comparator.comparing(Episode::time);

  /**
   * Validates the components and copies the episodes.
   *
   * @param customer the customer whose journey it is
   * @param proposition the value proposition the journey is about, or empty if none is known
   * @param episodes the episodes, in non-decreasing time order; at least one
   * @throws NullPointerException if any component is null or {@code episodes} holds null
   * @throws IllegalArgumentException if {@code episodes} is empty, out of time order, or holds an
   *     episode of another customer or another value proposition
   */
  public Journey {
    requireNonNull(customer, "customer");
    requireNonNull(proposition, "proposition");
    episodes = ImmutableList.copyOf(requireNonNull(episodes, "episodes"));
    checkArgument(
        !episodes.isEmpty(),
        "episodes must hold at least one episode, but was empty (customer '%s')",
        customer.id());
    Instant previous = Instant.MIN;
    for (int i = 0; i < episodes.size(); i++) {
      Episode e = episodes.get(i);
      checkArgument(
          e.customer().equals(customer),
          "episodes[%s].customer must be '%s', the journey's customer, but was '%s'",
          i,
          customer.id(),
          e.customer().id());
      if (!e.proposition().equals(proposition)) {
        // not checkArgument: the message describes both propositions, work done only on failure
        throw new IllegalArgumentException(
            "episodes["
                + i
                + "].proposition must be "
                + describe(proposition)
                + ", the journey's, but was "
                + describe(e.proposition()));
      }
      checkArgument(
          !e.time().isBefore(previous),
          "episodes[%s].time must not be before the episode ahead of it (%s), but was %s",
          i,
          previous,
          e.time());
      previous = e.time();
    }
  }

  /**
   * {@return the journey of the given episodes, sorted stably by time}; the customer and the value
   * proposition are those of the episodes, which must all agree
   *
   * @param episodes at least one, all of one customer and one value proposition (or none)
   * @throws IllegalArgumentException if {@code episodes} is empty or mixes customers or propositions
   */
  public static Journey of(List<Episode> episodes) {
    requireNonNull(episodes, "episodes");
    checkArgument(!episodes.isEmpty(), "episodes must hold at least one episode, but was empty");
    Episode first = requireNonNull(episodes.get(0), "episodes[0]");
    return new Journey(
        first.customer(), first.proposition(), ImmutableList.sortedCopyOf(BY_TIME, episodes));
  }

  /** {@return the time of the first episode} */
  public Instant start() {
    return episodes.get(0).time();
  }

  /** {@return the time of the last episode} */
  public Instant end() {
    return episodes.get(episodes.size() - 1).time();
  }

  /** {@return the time from the first episode to the last} */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  /** {@return the touchpoints visited, in episode order, with repeats} */
  public List<Touchpoint> touchpoints() {
    return episodes.stream().map(Episode::touchpoint).collect(ImmutableList.toImmutableList());
  }

  private static String describe(Optional<ValueProposition> proposition) {
    return proposition.map(p -> "'" + p.id() + "'").orElse("none");
  }

  /**
   * {@return a short form naming the customer and the value proposition by id, with the number of
   * episodes and their time span}; names are personal data and are left out
   */
  @Override
  public String toString() {
    return "Journey[customer="
        + customer.id()
        + ", proposition="
        + proposition.map(ValueProposition::id).orElse("none")
        + ", "
        + episodes.size()
        + (episodes.size() == 1 ? " episode" : " episodes")
        + " from "
        + start()
        + " to "
        + end()
        + "]";
  }
}
