package org.attune.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The directly-follows graph of many journeys, as process mining defines it (van der Aalst 2016,
 * <i>Process Mining: Data Science in Action</i>, 2nd ed., §6.2; Leemans, Poppe &amp; Wynn 2019): a node
 * per touchpoint id, and an edge a → b whenever b directly follows a in some journey, weighted by how
 * often it does. Journeys are read in their episodes' time order; touchpoints are told apart by id.
 *
 * <p>With |a| the number of episodes at a, |a &gt; b| the number of times b directly follows a,
 * start(a) and end(a) the number of journeys that start and end at a, and N the number of journeys:
 *
 * <ul>
 *   <li>{@link #probability probability}(a, b) = |a &gt; b| / |a|: the chance that the next
 *       touchpoint after a is b. Out of a, the probabilities plus the {@linkplain DropOff#rate()
 *       drop-off rate} end(a) / |a| sum to 1, since every episode at a is followed by one other or
 *       ends its journey;
 *   <li>{@link #startProbability startProbability}(a) = start(a) / N;
 *   <li>waiting time a → b: the durations between the two episodes, summarised by their median and
 *       90th percentile (linear interpolation, Hyndman &amp; Fan 1996, definition 7);
 *   <li>variants: the distinct sequences of touchpoint ids, with the number and share of journeys
 *       following each;
 *   <li>drop-off: where journeys end, with end(a), end(a) / |a| and end(a) / N.
 * </ul>
 *
 * <p>Immutable, null-hostile and thread-safe. Lists are sorted by count (descending), ties broken by
 * touchpoint ids in natural order; maps iterate in the order touchpoints were first met.
 *
 * <pre>{@code
 * DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
 * dfg.count("A_SUBMITTED", "A_PARTLYSUBMITTED");
 * dfg.probability("A_SUBMITTED", "A_PARTLYSUBMITTED");   // OptionalDouble
 * Graph<String, DirectlyFollowsGraph.Transition> g = dfg.graph();   // read-only JGraphT view
 * }</pre>
 */
public final class DirectlyFollowsGraph {

  private static final Comparator<Transition> BY_COUNT =
      Comparator.comparingLong(Transition::count)
          .reversed()
          .thenComparing(Transition::source)
          .thenComparing(Transition::target);

  private final long journeys;
  private final ImmutableMap<String, Long> occurrences;
  private final ImmutableMap<String, Long> starts;
  private final ImmutableMap<String, Long> ends;
  private final ImmutableMap<String, ImmutableMap<String, Transition>> out;
  private final ImmutableList<Transition> transitions;
  private final ImmutableList<Variant> variants;
  private final Graph<String, Transition> graph;

  private DirectlyFollowsGraph(Iterable<Journey> journeyList) {
    Map<String, long[]> occ = new LinkedHashMap<>();
    Map<String, long[]> startCounts = new LinkedHashMap<>();
    Map<String, long[]> endCounts = new LinkedHashMap<>();
    Map<String, Map<String, Waits>> pairs = new LinkedHashMap<>();
    Map<List<String>, long[]> variantCounts = new HashMap<>();
    Map<List<String>, Integer> variantOrder = new HashMap<>();
    long n = 0;
    for (Journey journey : journeyList) {
      requireNonNull(journey, "journeys must not hold null");
      n++;
      List<Episode> episodes = journey.episodes();
      String[] ids = new String[episodes.size()];
      String previous = null;
      Episode previousEpisode = null;
      for (int i = 0; i < ids.length; i++) {
        Episode e = episodes.get(i);
        String id = e.touchpoint().id();
        ids[i] = id;
        occ.computeIfAbsent(id, k -> new long[1])[0]++;
        if (previous != null && previousEpisode != null) {
          pairs.computeIfAbsent(previous, k -> new LinkedHashMap<>())
              .computeIfAbsent(id, k -> new Waits())
              .add(Duration.between(previousEpisode.time(), e.time()));
        }
        previous = id;
        previousEpisode = e;
      }
      startCounts.computeIfAbsent(ids[0], k -> new long[1])[0]++;
      endCounts.computeIfAbsent(ids[ids.length - 1], k -> new long[1])[0]++;
      List<String> variant = List.of(ids);
      long[] count = variantCounts.get(variant);
      if (count == null) {
        variantCounts.put(variant, new long[] {1});
        variantOrder.put(variant, variantOrder.size());
      } else {
        count[0]++;
      }
    }
    this.journeys = n;
    this.occurrences = freeze(occ);
    this.starts = freeze(startCounts);
    this.ends = freeze(endCounts);

    ImmutableMap.Builder<String, ImmutableMap<String, Transition>> outBuilder =
        ImmutableMap.builder();
    List<Transition> all = new ArrayList<>();
    for (Map.Entry<String, Map<String, Waits>> from : pairs.entrySet()) {
      ImmutableMap.Builder<String, Transition> row = ImmutableMap.builder();
      long fromCount = requireNonNull(occurrences.get(from.getKey()));
      for (Map.Entry<String, Waits> to : from.getValue().entrySet()) {
        Waits w = to.getValue();
        w.sort();
        Transition t = new Transition(from.getKey(), to.getKey(), w.size,
            (double) w.size / fromCount, w.percentile(0.5), w.percentile(0.9));
        row.put(to.getKey(), t);
        all.add(t);
      }
      outBuilder.put(from.getKey(), row.buildOrThrow());
    }
    this.out = outBuilder.buildOrThrow();
    all.sort(BY_COUNT);
    this.transitions = ImmutableList.copyOf(all);

    List<Variant> vs = new ArrayList<>(variantCounts.size());
    for (Map.Entry<List<String>, long[]> e : variantCounts.entrySet()) {
      vs.add(new Variant(e.getKey(), e.getValue()[0], (double) e.getValue()[0] / n));
    }
    vs.sort(Comparator.comparingLong(Variant::count).reversed()
        .thenComparing(v -> variantOrder.get(v.touchpoints())));
    this.variants = ImmutableList.copyOf(vs);

    Graph<String, Transition> g = GraphTypeBuilder.<String, Transition>directed()
        .allowingSelfLoops(true)
        .allowingMultipleEdges(false)
        .weighted(true)
        .buildGraph();
    occurrences.keySet().forEach(g::addVertex);
    for (Transition t : transitions) {
      g.addEdge(t.source(), t.target(), t);
      g.setEdgeWeight(t, (double) t.count());
    }
    this.graph = new AsUnmodifiableGraph<>(g);
  }

  /**
   * {@return the directly-follows graph of {@code journeys}}
   *
   * @param journeys the journeys; may be empty, must not hold null
   * @throws NullPointerException if {@code journeys} is or holds null
   */
  public static DirectlyFollowsGraph of(Iterable<Journey> journeys) {
    return new DirectlyFollowsGraph(requireNonNull(journeys, "journeys"));
  }

  /** {@return the number N of journeys mined} */
  public long journeyCount() {
    return journeys;
  }

  /** {@return the touchpoint ids met, in the order first met} */
  public Set<String> touchpoints() {
    return occurrences.keySet();
  }

  /**
   * {@return |a|: the number of episodes at touchpoint {@code a}; 0 if never met}
   *
   * @param a a touchpoint id
   */
  public long occurrences(String a) {
    return occurrences.getOrDefault(requireNonNull(a, "a"), 0L);
  }

  /**
   * {@return |a &gt; b|: how often {@code b} directly follows {@code a}; 0 if never}
   *
   * @param a the touchpoint id before
   * @param b the touchpoint id after
   */
  public long count(String a, String b) {
    return transition(a, b).map(Transition::count).orElse(0L);
  }

  /**
   * {@return the transition {@code a → b}, if {@code b} ever directly follows {@code a}}
   *
   * @param a the touchpoint id before
   * @param b the touchpoint id after
   */
  public Optional<Transition> transition(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    ImmutableMap<String, Transition> row = out.get(a);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(b));
  }

  /**
   * {@return the transitions out of {@code a}, by count (descending), then target id}
   *
   * @param a the touchpoint id
   */
  public List<Transition> transitionsFrom(String a) {
    ImmutableMap<String, Transition> row = out.get(requireNonNull(a, "a"));
    return row == null ? ImmutableList.of() : ImmutableList.sortedCopyOf(BY_COUNT, row.values());
  }

  /** {@return every transition, by count (descending), then source id, then target id} */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * {@return probability(a, b) = |a &gt; b| / |a|, the chance that {@code b} comes next after {@code
   * a} (van der Aalst 2016); empty if {@code a} was never met}
   *
   * @param a the touchpoint id before
   * @param b the touchpoint id after
   */
  public OptionalDouble probability(String a, String b) {
    requireNonNull(b, "b");
    long from = occurrences(a);
    return from == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(a, b) / from);
  }

  /** {@return start(a) for each touchpoint a that starts a journey, in the order first met} */
  public Map<String, Long> starts() {
    return starts;
  }

  /** {@return end(a) for each touchpoint a that ends a journey, in the order first met} */
  public Map<String, Long> ends() {
    return ends;
  }

  /**
   * {@return start(a) / N: the share of journeys that start at {@code a}; empty if there are no
   * journeys}
   *
   * @param a a touchpoint id
   */
  public OptionalDouble startProbability(String a) {
    requireNonNull(a, "a");
    return journeys == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) starts.getOrDefault(a, 0L) / journeys);
  }

  /**
   * {@return the trace variants: each distinct sequence of touchpoint ids with the number and share
   * of journeys that follow it, by count (descending), ties in the order first met}
   */
  public List<Variant> variants() {
    return variants;
  }

  /**
   * {@return where journeys end: one {@link DropOff} per touchpoint that ends a journey, by ends
   * (descending), then id}
   */
  public List<DropOff> dropOffs() {
    return dropOffs(ImmutableSet.of());
  }

  /**
   * {@return where journeys end, leaving out the {@code goals}: touchpoints where a journey is meant
   * to end, so that ending there is completion, not drop-off}; by ends (descending), then id
   *
   * @param goals touchpoint ids where journeys are meant to end
   */
  public List<DropOff> dropOffs(Collection<String> goals) {
    ImmutableSet<String> goalSet = ImmutableSet.copyOf(requireNonNull(goals, "goals"));
    List<DropOff> list = new ArrayList<>();
    for (Map.Entry<String, Long> e : ends.entrySet()) {
      if (goalSet.contains(e.getKey())) {
        continue;
      }
      long end = e.getValue();
      long occ = requireNonNull(occurrences.get(e.getKey()));
      list.add(new DropOff(e.getKey(), end, occ, (double) end / occ, (double) end / journeys));
    }
    list.sort(Comparator.comparingLong(DropOff::ends).reversed()
        .thenComparing(DropOff::touchpoint));
    return ImmutableList.copyOf(list);
  }

  /**
   * {@return the graph as a read-only JGraphT graph}: vertices are touchpoint ids, edges the {@link
   * Transition}s, each weighted by its count. Any JGraphT algorithm runs on it; every mutator throws
   * {@link UnsupportedOperationException}. The same view on every call, never a copy.
   */
  public Graph<String, Transition> graph() {
    return graph;
  }

  /**
   * {@return a table of the transitions: one row each, by count (descending), with count,
   * probability, median and 90th-percentile waiting time, followed by the starts and ends}
   */
  public String table() {
    int width = 4;
    for (String id : occurrences.keySet()) {
      width = Math.max(width, id.length());
    }
    String row = "%-" + width + "s  %-" + width + "s  %8s  %6s  %14s  %14s%n";
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, row, "from", "to", "count", "p", "median wait", "p90 wait"));
    for (Transition t : transitions) {
      sb.append(String.format(Locale.ROOT, row, t.source(), t.target(), t.count(),
          String.format(Locale.ROOT, "%.3f", t.probability()), format(t.medianWait()), format(t.p90Wait())));
    }
    String edge = "%-" + width + "s  %-" + width + "s  %8d%n";
    starts.forEach((id, c) -> sb.append(String.format(Locale.ROOT, edge, "(start)", id, c)));
    ends.forEach((id, c) -> sb.append(String.format(Locale.ROOT, edge, id, "(end)", c)));
    return sb.toString();
  }

  @Override
  public String toString() {
    return "DirectlyFollowsGraph["
        + journeys
        + " journeys, "
        + occurrences.size()
        + " touchpoints, "
        + transitions.size()
        + " transitions, "
        + variants.size()
        + " variants]";
  }

  /** {@return a duration as days, hours, minutes and seconds, such as {@code 1d 02:03:04}} */
  static String format(Duration d) {
    long s = d.toSeconds();
    String sign = s < 0 ? "-" : "";
    s = Math.abs(s);
    long days = s / 86_400;
    String hms = String.format(Locale.ROOT, "%02d:%02d:%02d", (s % 86_400) / 3600, (s % 3600) / 60, s % 60);
    return sign + (days > 0 ? days + "d " : "") + hms;
  }

  private static ImmutableMap<String, Long> freeze(Map<String, long[]> counts) {
    ImmutableMap.Builder<String, Long> b = ImmutableMap.builderWithExpectedSize(counts.size());
    counts.forEach((k, v) -> b.put(k, v[0]));
    return b.buildOrThrow();
  }

  /**
   * A growable array of waiting times: {@code long} nanoseconds while every wait fits in one (about
   * 292 years), {@link Duration}s once one does not (a placeholder date such as 0001-01-01 next to a
   * real one), so that any two instants give a wait.
   */
  private static final class Waits {
    /** The largest magnitude of whole seconds whose nanoseconds surely fit in a {@code long}. */
    private static final long MAX_SECONDS_IN_NANOS = Long.MAX_VALUE / 1_000_000_000L - 1;

    private long[] nanos = new long[4];
    private Duration[] wide = new Duration[0];
    private boolean isWide;
    int size;

    void add(Duration wait) {
      if (!isWide && Math.abs(wait.toSeconds()) > MAX_SECONDS_IN_NANOS) {
        wide = new Duration[Math.max(nanos.length, 4)];
        for (int i = 0; i < size; i++) {
          wide[i] = Duration.ofNanos(nanos[i]);
        }
        nanos = new long[0];
        isWide = true;
      }
      if (isWide) {
        if (size == wide.length) {
          wide = Arrays.copyOf(wide, size * 2);
        }
        wide[size++] = wait;
      } else {
        if (size == nanos.length) {
          nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = wait.toNanos();
      }
    }

    void sort() {
      if (isWide) {
        Arrays.sort(wide, 0, size);
      } else {
        Arrays.sort(nanos, 0, size);
      }
    }

    /** {@return the p-th percentile; {@link #sort()} first} */
    Duration percentile(double p) {
      return isWide ? Percentiles.sorted(wide, size, p) : Percentiles.sorted(nanos, size, p);
    }
  }

  /**
   * One edge of the graph: {@code target} directly follows {@code source}, {@code count} times.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param source the touchpoint id before
   * @param target the touchpoint id after
   * @param count |source &gt; target|, at least 1
   * @param probability |source &gt; target| / |source|, in (0, 1]
   * @param medianWait the median time from source to target (linear interpolation)
   * @param p90Wait the 90th percentile of the time from source to target (linear interpolation)
   */
  public record Transition(
      String source, String target, long count, double probability, Duration medianWait,
      Duration p90Wait) {

    /**
     * Validates the components.
     *
     * @param source the touchpoint id before
     * @param target the touchpoint id after
     * @param count |source &gt; target|, at least 1
     * @param probability |source &gt; target| / |source|, in (0, 1]
     * @param medianWait the median time from source to target
     * @param p90Wait the 90th percentile of the time from source to target
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code count} is below 1 or {@code probability} is not in
     *     (0, 1]
     */
    public Transition {
      requireNonNull(source, "source");
      requireNonNull(target, "target");
      requireNonNull(medianWait, "medianWait");
      requireNonNull(p90Wait, "p90Wait");
      checkArgument(count >= 1, "count must be at least 1, but was %s", count);
      checkArgument(
          probability > 0 && probability <= 1, "probability must be in (0, 1], but was %s",
          probability);
    }
  }

  /**
   * A trace variant: a distinct sequence of touchpoint ids and the journeys that follow it.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param touchpoints the touchpoint ids in order, at least one
   * @param count how many journeys follow it, at least 1
   * @param share count / N, in (0, 1]
   */
  public record Variant(List<String> touchpoints, long count, double share) {

    /**
     * Validates the components and copies the list.
     *
     * @param touchpoints the touchpoint ids in order, at least one
     * @param count how many journeys follow it, at least 1
     * @param share count / N, in (0, 1]
     * @throws NullPointerException if {@code touchpoints} is or holds null
     * @throws IllegalArgumentException if {@code touchpoints} is empty or {@code count} below 1
     */
    public Variant {
      touchpoints = ImmutableList.copyOf(requireNonNull(touchpoints, "touchpoints"));
      checkArgument(
          !touchpoints.isEmpty() && count >= 1,
          "a variant needs at least one touchpoint and one journey, but had %s and %s",
          touchpoints.size(),
          count);
    }
  }

  /**
   * Where journeys end: the touchpoint, how many journeys end there, and the rates.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param touchpoint the touchpoint id
   * @param ends end(a): journeys that end here
   * @param occurrences |a|: episodes here
   * @param rate end(a) / |a|: the chance that a journey ends after an episode here
   * @param share end(a) / N: the share of all journeys that end here
   */
  public record DropOff(String touchpoint, long ends, long occurrences, double rate, double share) {

    /**
     * Validates the components.
     *
     * @param touchpoint the touchpoint id
     * @param ends end(a): journeys that end here
     * @param occurrences |a|: episodes here
     * @param rate end(a) / |a|
     * @param share end(a) / N
     * @throws NullPointerException if {@code touchpoint} is null
     */
    public DropOff {
      requireNonNull(touchpoint, "touchpoint");
    }
  }
}
