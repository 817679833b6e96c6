package org.attune.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.attune.model.Episode;
import org.attune.model.Journey;

/**
 * Planned versus actual: how far an actual journey conforms to a {@link PlannedJourney}, in the three
 * respects CJML tells apart (Halvorsrud, Kvale &amp; Følstad 2016): whether the planned touchpoints
 * happened, whether they happened in the planned order, and whether they happened in time.
 *
 * <p>With P = p_1 … p_m the planned touchpoint ids and A = a_1 … a_n the actual ones (episode order):
 *
 * <ul>
 *   <li><b>content</b> = Σ_t min(#t in P, #t in A) / m: the share of planned touchpoints that
 *       happened, a touchpoint planned twice needing two visits;
 *   <li><b>sequence</b> = |LCS(P, A)| / m: the longest common subsequence of the two (Hirschberg
 *       1975), over the planned length; 1 when every planned step happened in order, whatever else
 *       happened in between;
 *   <li><b>timing</b> = on-time steps / timed steps. The LCS aligns planned steps with episodes, each
 *       matched step with its earliest possible episode. A step with a time limit is <i>timed</i> when
 *       it was matched and so was the step before it (the first step is measured from the start of
 *       the actual journey); it is <i>on time</i> when it followed within its limit. Empty when no
 *       step is timed.
 * </ul>
 *
 * It also lists the deviations: {@linkplain #missing() planned steps left unmatched}, {@linkplain
 * #adHoc() episodes outside the plan} (CJML's ad-hoc touchpoints) and {@linkplain #late() late
 * steps}.
 *
 * <p>Immutable, null-hostile and thread-safe.
 */
public final class Conformance {

  private final PlannedJourney plan;
  private final Journey actual;
  private final double content;
  private final double sequence;
  private final OptionalDouble timing;
  private final ImmutableList<PlannedJourney.Step> missing;
  private final ImmutableList<Episode> adHoc;
  private final ImmutableList<PlannedJourney.Step> late;

  private Conformance(PlannedJourney plan, Journey actual) {
    this.plan = plan;
    this.actual = actual;
    List<PlannedJourney.Step> steps = plan.steps();
    List<Episode> episodes = actual.episodes();
    int m = steps.size();
    int n = episodes.size();

    Map<String, Integer> planned = new HashMap<>();
    for (PlannedJourney.Step s : steps) {
      planned.merge(s.touchpointId(), 1, Integer::sum);
    }
    Map<String, Integer> happened = new HashMap<>();
    for (Episode e : episodes) {
      happened.merge(e.touchpoint().id(), 1, Integer::sum);
    }
    long found = 0;
    for (Map.Entry<String, Integer> e : planned.entrySet()) {
      found += Math.min(e.getValue(), happened.getOrDefault(e.getKey(), 0));
    }
    this.content = (double) found / m;

    // l[i][j] = |LCS(P[i..], A[j..])|
    int[][] l = new int[m + 1][n + 1];
    for (int i = m - 1; i >= 0; i--) {
      String p = steps.get(i).touchpointId();
      for (int j = n - 1; j >= 0; j--) {
        l[i][j] = p.equals(episodes.get(j).touchpoint().id())
            ? l[i + 1][j + 1] + 1
            : Math.max(l[i + 1][j], l[i][j + 1]);
      }
    }
    this.sequence = (double) l[0][0] / m;

    int[] match = new int[m];
    Arrays.fill(match, -1);
    boolean[] matchedEpisode = new boolean[n];
    int i = 0;
    int j = 0;
    while (i < m && j < n) {
      if (steps.get(i).touchpointId().equals(episodes.get(j).touchpoint().id())
          && l[i][j] == l[i + 1][j + 1] + 1) {
        match[i] = j;
        matchedEpisode[j] = true;
        i++;
        j++;
      } else if (l[i][j + 1] == l[i][j]) {
        j++; // keep the step for a later episode
      } else {
        i++; // the step cannot be matched without losing length
      }
    }

    List<PlannedJourney.Step> missingSteps = new ArrayList<>();
    List<PlannedJourney.Step> lateSteps = new ArrayList<>();
    int timed = 0;
    int onTime = 0;
    for (int k = 0; k < m; k++) {
      PlannedJourney.Step s = steps.get(k);
      if (match[k] < 0) {
        missingSteps.add(s);
        continue;
      }
      if (s.within().isEmpty()) {
        continue;
      }
      Instant reference;
      if (k == 0) {
        reference = actual.start();
      } else if (match[k - 1] >= 0) {
        reference = episodes.get(match[k - 1]).time();
      } else {
        continue; // the step before did not happen: not timed
      }
      timed++;
      Duration took = Duration.between(reference, episodes.get(match[k]).time());
      if (took.compareTo(s.within().get()) <= 0) {
        onTime++;
      } else {
        lateSteps.add(s);
      }
    }
    List<Episode> extra = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      if (!matchedEpisode[e]) {
        extra.add(episodes.get(e));
      }
    }
    this.timing = timed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / timed);
    this.missing = ImmutableList.copyOf(missingSteps);
    this.adHoc = ImmutableList.copyOf(extra);
    this.late = ImmutableList.copyOf(lateSteps);
  }

  /**
   * {@return how far {@code actual} conforms to {@code plan}}
   *
   * @param plan the planned journey
   * @param actual the actual journey
   */
  public static Conformance of(PlannedJourney plan, Journey actual) {
    return new Conformance(requireNonNull(plan, "plan"), requireNonNull(actual, "actual"));
  }

  /**
   * {@return the mean of each measure over many journeys}; the timing mean is over the journeys whose
   * timing is defined
   *
   * @param plan the planned journey
   * @param journeys at least one actual journey
   * @throws IllegalArgumentException if {@code journeys} is empty
   */
  public static Summary summarize(PlannedJourney plan, Iterable<Journey> journeys) {
    requireNonNull(plan, "plan");
    requireNonNull(journeys, "journeys");
    long n = 0;
    long timed = 0;
    long complete = 0;
    double content = 0;
    double sequence = 0;
    double timing = 0;
    for (Journey j : journeys) {
      Conformance c = of(plan, requireNonNull(j, "journeys must not hold null"));
      n++;
      content += c.content;
      sequence += c.sequence;
      if (c.timing.isPresent()) {
        timed++;
        timing += c.timing.getAsDouble();
      }
      if (c.sequence == 1) {
        complete++;
      }
    }
    checkArgument(n > 0, "journeys must hold at least one journey, but was empty");
    return new Summary(n, content / n, sequence / n,
        timed == 0 ? OptionalDouble.empty() : OptionalDouble.of(timing / timed),
        (double) complete / n);
  }

  /** {@return the plan} */
  public PlannedJourney plan() {
    return plan;
  }

  /** {@return the actual journey} */
  public Journey actual() {
    return actual;
  }

  /** {@return content conformance: Σ_t min(#t in P, #t in A) / m, in [0, 1]} */
  public double content() {
    return content;
  }

  /** {@return sequence conformance: |LCS(P, A)| / m, in [0, 1]} */
  public double sequence() {
    return sequence;
  }

  /** {@return timing conformance: on-time steps / timed steps, in [0, 1]; empty if none is timed} */
  public OptionalDouble timing() {
    return timing;
  }

  /** {@return the planned steps the alignment left unmatched, in plan order} */
  public List<PlannedJourney.Step> missing() {
    return missing;
  }

  /** {@return the episodes outside the alignment (ad-hoc touchpoints), in time order} */
  public List<Episode> adHoc() {
    return adHoc;
  }

  /** {@return the timed steps that came later than their limit, in plan order} */
  public List<PlannedJourney.Step> late() {
    return late;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Conformance[content=%.3f, sequence=%.3f, timing=%s, missing=%d, adHoc=%d,"
            + " late=%d]", content, sequence,
        timing.isPresent() ? String.format(Locale.ROOT, "%.3f", timing.getAsDouble()) : "undefined",
        missing.size(), adHoc.size(), late.size());
  }

  /**
   * The mean conformance of many journeys to one plan.
   *
   * <p>Immutable, null-hostile and thread-safe.
   *
   * @param journeys how many journeys were compared, at least 1
   * @param content the mean content conformance
   * @param sequence the mean sequence conformance
   * @param timing the mean timing conformance over the journeys where it is defined; empty if none
   * @param inOrder the share of journeys whose sequence conformance is 1: every step, in order
   */
  public record Summary(
      long journeys, double content, double sequence, OptionalDouble timing, double inOrder) {

    /**
     * Validates the components.
     *
     * @param journeys how many journeys were compared, at least 1
     * @param content the mean content conformance
     * @param sequence the mean sequence conformance
     * @param timing the mean timing conformance where defined
     * @param inOrder the share of journeys with sequence conformance 1
     * @throws NullPointerException if {@code timing} is null
     */
    public Summary {
      requireNonNull(timing, "timing");
    }
  }
}
