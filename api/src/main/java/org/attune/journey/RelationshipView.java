package org.attune.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.ValueProposition;

/**
 * The relationship of one customer with a firm, over all of the customer's journeys (one per offering:
 * savings, mortgage, credit card): when it began and how long it has lasted, which value propositions
 * it spans, its touchpoint mix, the emotion curve across every journey, and whom the customer met.
 * Lemon &amp; Verhoef (2016) see the customer experience as a journey over time and across
 * touchpoints, shaped by past experiences; this view joins the journeys a log keeps apart.
 *
 * <p>Immutable, null-hostile and thread-safe. Journeys are in order of their start, ties by
 * proposition id (no proposition first), then in the order given.
 */
public final class RelationshipView {

  private static final Comparator<Journey> BY_START =
      Comparator.comparing(Journey::start)
          .thenComparing(j -> j.proposition().map(ValueProposition::id).orElse(""));

  private final Actor customer;
  private final ImmutableList<Journey> journeys;

  private RelationshipView(Actor customer, List<Journey> journeys) {
    this.customer = customer;
    this.journeys = ImmutableList.sortedCopyOf(BY_START, journeys);
  }

  /**
   * {@return the relationship of {@code customer} over those of {@code journeys} that are theirs;
   * empty if none is}
   *
   * @param customer the customer
   * @param journeys journeys of any customers
   */
  public static Optional<RelationshipView> of(Actor customer, Iterable<Journey> journeys) {
    requireNonNull(customer, "customer");
    requireNonNull(journeys, "journeys");
    List<Journey> theirs = new ArrayList<>();
    for (Journey j : journeys) {
      if (requireNonNull(j, "journeys must not hold null").customer().equals(customer)) {
        theirs.add(j);
      }
    }
    return theirs.isEmpty()
        ? Optional.empty()
        : Optional.of(new RelationshipView(customer, theirs));
  }

  /**
   * {@return one relationship per customer of {@code journeys}, in the order customers are first
   * met}
   *
   * @param journeys journeys of any customers
   */
  public static List<RelationshipView> all(Iterable<Journey> journeys) {
    requireNonNull(journeys, "journeys");
    Map<Actor, List<Journey>> byCustomer = new LinkedHashMap<>();
    for (Journey j : journeys) {
      requireNonNull(j, "journeys must not hold null");
      byCustomer.computeIfAbsent(j.customer(), c -> new ArrayList<>()).add(j);
    }
    ImmutableList.Builder<RelationshipView> views = ImmutableList.builder();
    byCustomer.forEach((c, js) -> views.add(new RelationshipView(c, js)));
    return views.build();
  }

  /** {@return the customer} */
  public Actor customer() {
    return customer;
  }

  /** {@return the customer's journeys, at least one, by start} */
  public List<Journey> journeys() {
    return journeys;
  }

  /** {@return the value propositions the journeys serve, in journey order} */
  public Set<ValueProposition> propositions() {
    ImmutableSet.Builder<ValueProposition> b = ImmutableSet.builder();
    journeys.forEach(j -> j.proposition().ifPresent(b::add));
    return b.build();
  }

  /** {@return when the first journey started} */
  public Instant since() {
    return journeys.get(0).start();
  }

  /** {@return when the last episode of any journey happened} */
  public Instant lastContact() {
    Instant last = journeys.get(0).end();
    for (Journey j : journeys) {
      if (j.end().isAfter(last)) {
        last = j.end();
      }
    }
    return last;
  }

  /** {@return the time from {@link #since()} to {@link #lastContact()}} */
  public Duration span() {
    return Duration.between(since(), lastContact());
  }

  /** {@return the number of episodes over all journeys} */
  public int episodeCount() {
    int n = 0;
    for (Journey j : journeys) {
      n += j.episodes().size();
    }
    return n;
  }

  /** {@return every episode of every journey, in time order (stable: journey order on ties)} */
  public List<Episode> episodes() {
    List<Episode> all = new ArrayList<>(episodeCount());
    journeys.forEach(j -> all.addAll(j.episodes()));
    return ImmutableList.sortedCopyOf(Comparator.comparing(Episode::time), all);
  }

  /** {@return the touchpoint mix over all journeys} */
  public TouchpointMix mix() {
    return TouchpointMix.of(journeys);
  }

  /** {@return the emotion curve across all journeys, in time order} */
  public EmotionCurve emotions() {
    return EmotionCurve.ofEpisodes(episodes());
  }

  /**
   * {@return the counterparts the customer met (such as members of staff) with the number of
   * episodes with each, most met first, ties by actor id}
   */
  public Map<Actor, Long> counterparts() {
    Map<Actor, Long> counts = new LinkedHashMap<>();
    for (Journey j : journeys) {
      for (Episode e : j.episodes()) {
        e.counterpart().ifPresent(a -> counts.merge(a, 1L, Long::sum));
      }
    }
    List<Map.Entry<Actor, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<Actor, Long>comparingByValue().reversed()
        .thenComparing(e -> e.getKey().id()));
    ImmutableMap.Builder<Actor, Long> b = ImmutableMap.builder();
    entries.forEach(b::put);
    return b.buildOrThrow();
  }

  @Override
  public String toString() {
    return "RelationshipView[customer '" + customer.id() + "', " + journeys.size() + " journeys, "
        + episodeCount() + " episodes, since " + since() + "]";
  }
}
