package org.attune.dynamics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Profile;
import org.jspecify.annotations.Nullable;

/**
 * Versions of a {@link ServiceEcosystem} in time order: what the flexibility essay ("The Best Fit
 * with Your Customers") asks a firm to keep re-evaluating, since customers keep changing and what
 * was right keeps changing. Each version is in force from its instant until the next one's.
 *
 * <pre>{@code
 * History history = History.builder()
 *     .add(Instant.parse("2026-01-01T00:00:00Z"), january)
 *     .add(Instant.parse("2026-02-01T00:00:00Z"), january.toBuilder().perspective(alice, alice, newLogic).build())
 *     .build();
 * history.at(Instant.parse("2026-01-15T00:00:00Z"));   // january
 * }</pre>
 *
 * <p>A history keeps references to its versions and nothing else, so versions derived one from the
 * other with {@link ServiceEcosystem#toBuilder()}, which share the structure they did not change,
 * cost together about one ecosystem plus their changes. The versions need not derive from each
 * other: any ecosystems may follow each other (an actor may join or leave); what a trajectory needs
 * of them is checked when it is scored.
 *
 * <p>Where it is known which customers' own logic {@code (c, c)} may differ from the previous
 * version ({@link #ownLogicChanges(int)}), trajectories look up again only those customers ({@link
 * org.attune.metric.Cohort#refresh}); {@link #fromWaves} records them, and {@link Builder#add(Instant,
 * ServiceEcosystem, Collection)} lets a caller vouch for them.
 *
 * <p>Immutable, null-hostile and thread-safe.
 */
public final class History {

  private final Instant[] instants;
  private final ServiceEcosystem[] versions;
  /** Per version, the customers whose own logic may differ from the previous version; null if unknown. */
  private final List<@Nullable Set<Actor>> changes;

  private History(
      Instant[] instants, ServiceEcosystem[] versions, List<@Nullable Set<Actor>> changes) {
    this.instants = instants;
    this.versions = versions;
    this.changes = changes;
  }

  /** {@return a builder of a history, empty} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a history of {@code versions}, each in force from its instant}
   *
   * @param versions the versions by instant: at least one, no null key or value
   * @throws NullPointerException if {@code versions}, an instant or a version is null
   * @throws IllegalArgumentException if {@code versions} is empty
   */
  public static History of(NavigableMap<Instant, ServiceEcosystem> versions) {
    requireNonNull(versions, "versions");
    Builder builder = builder();
    for (Map.Entry<Instant, ServiceEcosystem> e : versions.entrySet()) {
      builder.add(e.getKey(), e.getValue());
    }
    return builder.build();
  }

  /**
   * {@return a history of survey waves}: the first version is {@code base} with the first wave's own
   * logics set, in force from the first wave's instant; each later version is the previous one with
   * its wave's own logics {@code (c, c)} set, by {@link ServiceEcosystem#toBuilder()}, so the
   * versions share what a wave did not change. The customers of each wave are recorded as the own
   * logics that changed ({@link #ownLogicChanges(int)}).
   *
   * <p>Only the customers' own logic changes; to change anything else, build the versions and use
   * {@link #builder()}.
   *
   * @param base the ecosystem before the first wave: it holds every customer of every wave
   * @param ownLogicWaves by instant, each wave's customers and the own logic each reported; at least
   *     one wave, none empty
   * @throws NullPointerException if an argument, an instant, a wave, a customer or a profile is null
   * @throws IllegalArgumentException if there is no wave, a wave is empty, or a customer is not in
   *     {@code base} (the message names the wave's instant and the customer's id)
   */
  public static History fromWaves(
      ServiceEcosystem base, NavigableMap<Instant, ? extends Map<Actor, Profile>> ownLogicWaves) {
    requireNonNull(base, "base");
    requireNonNull(ownLogicWaves, "ownLogicWaves");
    checkArgument(
        !ownLogicWaves.isEmpty(), "ownLogicWaves must hold at least one wave, but was empty");
    Builder builder = builder();
    ServiceEcosystem previous = base;
    for (Map.Entry<Instant, ? extends Map<Actor, Profile>> e : ownLogicWaves.entrySet()) {
      Instant instant = requireNonNull(e.getKey(), "wave instant");
      Map<Actor, Profile> wave = requireNonNull(e.getValue(), () -> "wave at " + instant);
      checkArgument(
          !wave.isEmpty(), "wave at %s must set at least one own logic, but was empty", instant);
      ServiceEcosystem.Builder next = previous.toBuilder();
      for (Map.Entry<Actor, Profile> set : wave.entrySet()) {
        Actor customer = requireNonNull(set.getKey(), () -> "customer of the wave at " + instant);
        Profile logic =
            requireNonNull(set.getValue(), () -> "own logic of '" + customer.id() + "' at " + instant);
        checkArgument(
            base.contains(customer),
            "customer of the wave at %s must be an actor of base, but was '%s' (not in it)",
            instant,
            customer.id());
        next.perspective(customer, customer, logic);
      }
      previous = next.build();
      builder.add(instant, previous, wave.keySet());
    }
    return builder.build();
  }

  /**
   * {@return a history of episodes as they arrive}: one version per period, from the earliest
   * episode's instant t0 on; the version at t0 + k · {@code period} is the one before it with the
   * episodes of times in (t0 + (k − 1) · period, t0 + k · period] added (the first holds those at
   * t0), by {@link ServiceEcosystem#toBuilder()}, so versions share what did not change. A period in
   * which no episode arrives makes no version. The own logics do not change
   * ({@link #ownLogicChanges(int)} is empty), so trajectories look up no customer again; metrics
   * that read episodes, such as {@code emotional} and {@code recognition}, see each version's.
   *
   * @param base the ecosystem before the first episode: it holds every customer and touchpoint the
   *     episodes name
   * @param episodes the episodes, in any order; at least one
   * @param period the length of a version's period: positive
   * @throws NullPointerException if an argument or an episode is null
   * @throws IllegalArgumentException if there is no episode or {@code period} is not positive
   * @throws org.attune.ecosystem.EcosystemException if an episode names an element {@code base} does
   *     not hold
   */
  public static History fromEpisodes(
      ServiceEcosystem base, Collection<Episode> episodes, Duration period) {
    requireNonNull(base, "base");
    requireNonNull(episodes, "episodes");
    requireNonNull(period, "period");
    checkArgument(
        !period.isNegative() && !period.isZero(), "period must be positive, but was %s", period);
    checkArgument(!episodes.isEmpty(), "episodes must hold at least one episode, but was empty");
    List<Episode> sorted = new ArrayList<>(episodes.size());
    for (Episode e : episodes) {
      sorted.add(requireNonNull(e, "episodes element"));
    }
    sorted.sort(Comparator.comparing(Episode::time));
    Instant t0 = sorted.get(0).time();
    Builder builder = builder();
    ServiceEcosystem previous = base;
    int i = 0;
    while (i < sorted.size()) {
      // the end of the period holding episode i: t0 + k · period for the least k with time <= end
      long k = periodsUntil(t0, sorted.get(i).time(), period);
      Instant end = t0.plus(period.multipliedBy(k));
      ServiceEcosystem.Builder next = previous.toBuilder();
      while (i < sorted.size() && !sorted.get(i).time().isAfter(end)) {
        next.episode(sorted.get(i++));
      }
      previous = next.build();
      builder.add(end, previous, List.of());
    }
    return builder.build();
  }

  /** {@return the least k >= 0 with t0 + k · period at or after {@code time}} */
  private static long periodsUntil(Instant t0, Instant time, Duration period) {
    Duration elapsed = Duration.between(t0, time);
    long k = elapsed.dividedBy(period);
    return period.multipliedBy(k).equals(elapsed) ? k : k + 1;
  }

  /**
   * {@return the version in force at {@code instant}: the latest at or before it, or empty if it is
   * before the first}
   *
   * @param instant when
   */
  public Optional<ServiceEcosystem> at(Instant instant) {
    int i = indexAt(instant);
    return i < 0 ? Optional.empty() : Optional.of(versions[i]);
  }

  /**
   * {@return the index of the version in force at {@code instant}, or -1 if it is before the first}
   *
   * @param instant when
   */
  public int indexAt(Instant instant) {
    requireNonNull(instant, "instant");
    int i = Arrays.binarySearch(instants, instant);
    return i >= 0 ? i : -i - 2;
  }

  /** {@return the instants of the versions, in time order} */
  public List<Instant> instants() {
    return List.of(instants);
  }

  /** {@return the number of versions: at least 1} */
  public int size() {
    return versions.length;
  }

  /**
   * {@return the version at {@code i}, in time order}
   *
   * @param i in [0, {@link #size()})
   */
  public ServiceEcosystem version(int i) {
    checkElementIndex(i, versions.length, "version index");
    return versions[i];
  }

  /**
   * {@return the instant from which the version at {@code i} is in force}
   *
   * @param i in [0, {@link #size()})
   */
  public Instant instant(int i) {
    checkElementIndex(i, instants.length, "version index");
    return instants[i];
  }

  /** {@return the first version} */
  public ServiceEcosystem first() {
    return versions[0];
  }

  /** {@return the last version} */
  public ServiceEcosystem last() {
    return versions[versions.length - 1];
  }

  /**
   * {@return the customers whose own logic {@code (c, c)} may differ in the version at {@code i}
   * from the version before it, or empty if that is not known}; every other actor holds the same own
   * logic in both. Empty for the first version.
   *
   * @param i in [0, {@link #size()})
   */
  public Optional<Set<Actor>> ownLogicChanges(int i) {
    checkElementIndex(i, changes.size(), "version index");
    return i == 0 ? Optional.empty() : Optional.ofNullable(changes.get(i));
  }

  /**
   * {@return whether {@code o} is a history of the same instants with equal versions} The customers
   * recorded as changed ({@link #ownLogicChanges(int)}) are a hint for scoring, not content: two
   * histories of the same versions are equal whether or not the changes are known.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof History h
            && Arrays.equals(instants, h.instants)
            && Arrays.equals(versions, h.versions));
  }

  /** {@return a hash of the instants and the number of versions, cheap to compute} */
  @Override
  public int hashCode() {
    return Arrays.hashCode(instants);
  }

  /** {@return a form such as {@code History{3 versions, 2026-01-01T00:00:00Z to 2026-03-01T00:00:00Z}}} */
  @Override
  public String toString() {
    return "History{" + versions.length + (versions.length == 1 ? " version, " : " versions, ")
        + instants[0] + " to " + instants[instants.length - 1] + "}";
  }

  /**
   * Builds a {@link History}, one version after another in any order. Not thread-safe; {@link
   * #build()} checks the versions and leaves the builder as it was.
   */
  public static final class Builder {
    private final List<Instant> instants = new ArrayList<>();
    private final List<ServiceEcosystem> versions = new ArrayList<>();
    private final List<@Nullable Set<Actor>> changes = new ArrayList<>();

    private Builder() {}

    /**
     * {@return this builder, with {@code version} in force from {@code instant}}
     *
     * @param instant from when the version is in force
     * @param version the ecosystem
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a version was already added at {@code instant}
     */
    @CanIgnoreReturnValue
    public Builder add(Instant instant, ServiceEcosystem version) {
      requireNonNull(instant, "instant");
      requireNonNull(version, "version");
      requireFree(instant);
      instants.add(instant);
      versions.add(version);
      changes.add(null);
      return this;
    }

    /**
     * {@return this builder, with {@code version} in force from {@code instant}, the caller vouching
     * that only the customers in {@code ownLogicChanged} may hold another own logic {@code (c, c)}
     * than in the version before it in time} (as when it was derived from that version by edits of
     * their own logic only): trajectories then look up only those customers again. Not checked;
     * {@link #add(Instant, ServiceEcosystem)} is the checked way.
     *
     * @param instant from when the version is in force
     * @param version the ecosystem
     * @param ownLogicChanged the customers whose own logic may differ from the previous version
     * @throws NullPointerException if an argument or a customer is null
     * @throws IllegalArgumentException if a version was already added at {@code instant}
     */
    @CanIgnoreReturnValue
    public Builder add(
        Instant instant, ServiceEcosystem version, Collection<? extends Actor> ownLogicChanged) {
      requireNonNull(instant, "instant");
      requireNonNull(version, "version");
      requireNonNull(ownLogicChanged, "ownLogicChanged");
      ImmutableSet.Builder<Actor> changed = ImmutableSet.builder();
      for (Actor a : ownLogicChanged) {
        changed.add(requireNonNull(a, "ownLogicChanged element"));
      }
      requireFree(instant);
      instants.add(instant);
      versions.add(version);
      changes.add(changed.build());
      return this;
    }

    private void requireFree(Instant instant) {
      checkArgument(
          !instants.contains(instant),
          "instant must hold one version, but %s already holds one",
          instant);
    }

    /**
     * {@return the history of the versions added, in time order}
     *
     * @throws IllegalArgumentException if no version was added
     */
    public History build() {
      checkArgument(!versions.isEmpty(), "history must hold at least one version, but was empty");
      Integer[] order = new Integer[versions.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> instants.get(a).compareTo(instants.get(b)));
      Instant[] sortedInstants = new Instant[order.length];
      ServiceEcosystem[] sortedVersions = new ServiceEcosystem[order.length];
      List<@Nullable Set<Actor>> sortedChanges = new ArrayList<>(order.length);
      for (int i = 0; i < order.length; i++) {
        sortedInstants[i] = instants.get(order[i]);
        sortedVersions[i] = versions.get(order[i]);
        sortedChanges.add(changes.get(order[i]));
      }
      return new History(sortedInstants, sortedVersions, sortedChanges);
    }
  }
}
