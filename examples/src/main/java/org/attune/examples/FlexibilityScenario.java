package org.attune.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.dynamics.Adaptation;
import org.attune.dynamics.CoEvolution;
import org.attune.dynamics.LogicDrift;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.report.LineChart;

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

  /** The three gyms, in the order printed and drawn. */
  static final List<String> GYMS = List.of("static", "adaptive", "over-eager");

  private FlexibilityScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    run(Page.console(out));
  }

  /**
   * Runs the scenario, a chart of each case's trajectories beside its text.
   *
   * @param page where to write
   */
  public static void run(Page page) {
    PrintStream out = page.out();
    out.println("Flexibility: alignment (profile-deviation) and, beneath it, emotional attunement"
        + " of a member and a gym, month by month");
    out.println("-- A lasting shift: from month 3 the member wants functional 0.3 instead of 0.8");
    LogicDrift lasting = LogicDrift.scripted(Map.of(3, functional(0.3)));
    List<CoEvolution.Run> runs = print(out, lasting, 12, 0, true);
    page.figure("flexibility-lasting", "A lasting shift: alignment of the static, adaptive and"
        + " over-eager gym, month by month", chart("Alignment under a lasting shift", runs, false));
    page.figure("flexibility-lasting-attunement", "A lasting shift: emotional attunement (undefined"
        + " in the first month, before any episode)",
        chart("Emotional attunement under a lasting shift", runs, true));
    page.panel();
    out.println("-- Seasons: the member's wish flips between 0.3 and 0.8 every two months");
    Map<Integer, Profile> seasons = new HashMap<>();
    for (int t = 1; t <= 12; t++) {
      seasons.put(t, functional(((t - 1) / 2) % 2 == 0 ? 0.3 : 0.8));
    }
    runs = print(out, LogicDrift.scripted(seasons), 12, 0, true);
    page.figure("flexibility-seasons", "Seasons: the over-eager gym chases the member's wish out"
        + " of phase", chart("Alignment under seasons", runs, false));
    page.panel();
    out.println("-- A random walk: the wish moves by a normal step of 0.1 a month (seed 42), 24 months");
    runs = print(out, LogicDrift.randomWalk(0.1), 24, 42, false);
    page.figure("flexibility-walk", "A random walk of the member's wish over 24 months",
        chart("Alignment under a random walk", runs, false));
    out.println("Adapting keeps the fit under lasting change, and the attunement with it: the static"
        + " gym keeps answering a member it believes served; adapting at once to what was seen two"
        + " months late chases the seasons out of phase, worse than not adapting at all.");
    page.panel();
  }

  /** The three gyms' trajectories of alignment, or of attunement, as one chart. */
  private static String chart(String title, List<CoEvolution.Run> runs, boolean attunement) {
    List<LineChart.Line> lines = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      CoEvolution.Run r = runs.get(i);
      lines.add(LineChart.Line.of(GYMS.get(i), attunement ? r.attunement() : r.alignment()));
    }
    return LineChart.of(title, lines).svg();
  }

  private static List<CoEvolution.Run> print(
      PrintStream out, LogicDrift drift, int steps, long seed, boolean everyMonth) {
    return List.of(
        print(out, GYMS.get(0), drift, Adaptation.none(), steps, seed, everyMonth),
        print(out, GYMS.get(1), drift, Adaptation.exponential(0.3, 0.5, 2), steps, seed,
            everyMonth),
        print(out, GYMS.get(2), drift, Adaptation.exponential(1, 1, 2), steps, seed, everyMonth));
  }

  private static CoEvolution.Run print(
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
    return run;
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
