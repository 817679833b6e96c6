package org.attune.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.attune.dynamics.Adaptation;
import org.attune.dynamics.CoEvolution;
import org.attune.dynamics.LogicDrift;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * A member whose wishes change and three gyms that keep up with them or not, after the flexibility
 * essay ("The Best Fit with Your Customers"), which holds that customers keep changing and, citing
 * Wheatley ("What Do We Measure and Why?"), that firm and customers should "coevolve". A static gym
 * never changes its offering; an adaptive one learns the member's wish two months late at a moderate
 * rate and moves its offering halfway toward what it learned; an over-eager one jumps to the wish it
 * saw two months ago. Each month the member and the gym share an episode that shows what she wants
 * and how she feels, and the gym learns from those episodes. The scenario prints their alignment
 * ({@code profile-deviation}) and, beneath it, their emotional attunement ({@code emotional}: how
 * well the gym's answer suits how she feels, undefined, "-", in the first month, before any episode)
 * month by month under a lasting shift, under seasons and under a random walk.
 */
public final class FlexibilityScenario {

  /** The member, by id. */
  static final Actor MEMBER = Actor.individual("member", "Member");

  /** The gym, by id. */
  static final Actor GYM = Actor.organisation("gym", "Gym");

  private FlexibilityScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    out.println("Flexibility: alignment (profile-deviation) and, beneath it, emotional attunement"
        + " of a member and a gym, month by month");
    out.println("-- A lasting shift: from month 3 the member wants functional 0.3 instead of 0.8");
    LogicDrift lasting = LogicDrift.scripted(Map.of(3, functional(0.3)));
    print(out, lasting, 12, 0, true);
    out.println("-- Seasons: the member's wish flips between 0.3 and 0.8 every two months");
    Map<Integer, Profile> seasons = new HashMap<>();
    for (int t = 1; t <= 12; t++) {
      seasons.put(t, functional(((t - 1) / 2) % 2 == 0 ? 0.3 : 0.8));
    }
    print(out, LogicDrift.scripted(seasons), 12, 0, true);
    out.println("-- A random walk: the wish moves by a normal step of 0.1 a month (seed 42), 24 months");
    print(out, LogicDrift.randomWalk(0.1), 24, 42, false);
    out.println("Adapting keeps the fit under lasting change, and the attunement with it: the static"
        + " gym keeps answering a member it believes served; adapting at once to what was seen two"
        + " months late chases the seasons out of phase, worse than not adapting at all.");
  }

  private static void print(
      PrintStream out, LogicDrift drift, int steps, long seed, boolean everyMonth) {
    print(out, "static", drift, Adaptation.none(), steps, seed, everyMonth);
    print(out, "adaptive", drift, Adaptation.exponential(0.3, 0.5, 2), steps, seed, everyMonth);
    print(out, "over-eager", drift, Adaptation.exponential(1, 1, 2), steps, seed, everyMonth);
  }

  private static void print(
      PrintStream out,
      String label,
      LogicDrift drift,
      Adaptation adaptation,
      int steps,
      long seed,
      boolean everyMonth) {
    CoEvolution.Run run = CoEvolution.builder(start(), MEMBER, GYM)
        .steps(steps)
        .every(Duration.ofDays(30))
        .seed(seed)
        .drift(drift)
        .adaptation(adaptation)
        .build()
        .run();
    out.println(line(label, run.alignment().values(), everyMonth));
    out.println(line("  attuned", run.attunement().values(), everyMonth));
  }

  /** A label, each value ("-" where undefined) if asked, and the mean of the defined values. */
  private static String line(String label, double[] values, boolean everyMonth) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s", label));
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
      if (everyMonth) {
        line.append(Double.isNaN(v) ? "    -" : String.format(Locale.ROOT, " %.2f", v));
      }
    }
    line.append(String.format(Locale.ROOT, "  mean %.2f", sum / n));
    return line.toString();
  }

  /** The member wants functional 0.8 and the gym offers it: aligned at the start. */
  static ServiceEcosystem start() {
    return ServiceEcosystem.builder()
        .add(GYM, MEMBER)
        .perspective(MEMBER, MEMBER, functional(0.8))
        .perspective(GYM, GYM, functional(0.8))
        .build();
  }

  private static Profile functional(double level) {
    return Profile.builder().level(Dimension.FUNCTIONAL, level).build();
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
