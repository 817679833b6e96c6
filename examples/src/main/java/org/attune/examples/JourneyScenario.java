package org.attune.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.io.CsvColumns;
import org.attune.io.EventLog;
import org.attune.io.EventLogs;
import org.attune.io.LogMapping;
import org.attune.journey.BlindSpots;
import org.attune.journey.Conformance;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.journey.EmotionCurve;
import org.attune.journey.PlannedJourney;
import org.attune.journey.RelationshipView;
import org.attune.journey.TouchpointMix;
import org.attune.model.Actor;
import org.attune.model.Journey;
import org.attune.model.JourneyStage;
import org.attune.model.TouchpointOwnership;
import org.attune.report.EcosystemPicture;
import org.attune.report.FollowsPicture;

/**
 * Customer journeys from event logs: reads the textbook running example ({@code
 * ../shared/data/running-example.xes}, or the folder named by {@code -Dattune.data.dir}) if it is
 * there, else a small bank log bundled with the examples; prints the import report, the
 * directly-follows graph as a table, the variants and a planned-versus-actual check. Then, on the
 * bundled bank log, which carries customers, products, emotions and touchpoints of every ownership:
 * the touchpoint mix, the blind spots outside the bank's control, peak-end scores and one customer's
 * relationship over several products. Given a log of one's own (BPI Challenge 2012, say), it runs the
 * same process analytics on it: import report, directly-follows graph, variants, planned versus
 * actual (BPI 2012's happy path of a loan application, {@link #bpi2012Plan()}), and touchpoint mix.
 */
public final class JourneyScenario {

  private static final String BUNDLED = "journeys.csv";
  /** The customer of the bundled bank log whose ecosystem is drawn. */
  private static final String ANN = "customer:ann";
  /** How many variants and journeys a long log shows. */
  private static final int SHOWN = 10;

  private JourneyScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    run(Page.console(out), Optional.empty());
  }

  /**
   * Runs the scenario, the directly-follows graphs and the bank customer's ecosystem drawn beside
   * the text; then, if a log is given, the same analytics on it.
   *
   * @param page where to write
   * @param log an XES log of one's own (such as BPI Challenge 2012, {@code .xes} or {@code
   *     .xes.gz}), if any
   */
  public static void run(Page page, Optional<Path> log) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(log, "log");
    PrintStream out = page.out();
    try {
      EventLog bank = bank();
      DirectlyFollowsGraph bankGraph = DirectlyFollowsGraph.of(bank.journeys());
      Path real = Path.of(System.getProperty("attune.data.dir", "../shared/data"))
          .resolve("running-example.xes");
      if (Files.isReadable(real)) {
        out.println("== The running example (van der Aalst), running-example.xes");
        EventLog example = EventLogs.readXes(real, LogMapping.defaults());
        DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(example.journeys());
        processView(out, example, dfg, PlannedJourney.builder()
            .step("register request")
            .step("examine casually", Duration.ofDays(2))
            .step("check ticket", Duration.ofDays(2))
            .step("decide", Duration.ofDays(7))
            .step("pay compensation", Duration.ofDays(14))
            .build());
        page.figure("journeys-running-example", "The directly-follows graph of the running"
            + " example, with how often each step follows another", FollowsPicture.of(dfg).svg());
      } else {
        out.println("== (running-example.xes not found; using the bundled bank log)");
        processView(out, bank, bankGraph, bankPlan());
      }
      page.panel();
      out.println("== The bundled bank log: the customer-experience lens");
      cxView(out, bank);
      page.figure("journeys-bank", "The directly-follows graph of the bank's customers' journeys:"
          + " touchpoints the bank owns, its partners own, and others own",
          FollowsPicture.of(bankGraph).svg());
      page.panel();
      out.println("== The bundled bank log as a service ecosystem");
      ServiceEcosystem eco = bank.toEcosystem();
      out.println(eco);
      Actor ann = eco.actor(ANN).orElseThrow();
      page.figure("journeys-ann", "Ann's customer ecosystem as the bank log records it: her"
          + " journeys' touchpoints, the products she holds, the staff she met",
          EcosystemPicture.of(eco, ann).svg());
      page.panel();
      if (log.isPresent()) {
        Path path = log.get();
        out.println("== A log of one's own: " + path.getFileName());
        EventLog own = EventLogs.readXes(path, LogMapping.defaults());
        DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(own.journeys());
        // BPI 2012's happy path, else a plan of the step most journeys start at
        processView(out, own, dfg, isBpi2012(own) ? bpi2012Plan()
            : PlannedJourney.of(dfg.variants().get(0).touchpoints().get(0)));
        out.println();
        out.println("-- Touchpoint mix over all journeys");
        out.print(TouchpointMix.of(own.journeys()).table());
        // a busy log's rare paths hide its frequent ones: draw those met in 5% of journeys or more
        long least = Math.max(1, dfg.journeyCount() / 20);
        page.figure("journeys-log", "The directly-follows graph of " + path.getFileName()
                + (least > 1 ? ", the transitions met at least " + least + " times (in 5% of"
                    + " journeys) and what they reach" : ""),
            FollowsPicture.of(dfg).withMinimumCount(least).svg());
        page.panel();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args a path to an XES log of one's own, optionally
   */
  public static void main(String[] args) {
    run(Page.console(System.out), args.length > 0 ? Optional.of(Path.of(args[0])) : Optional.empty());
  }

  private static void processView(
      PrintStream out, EventLog log, DirectlyFollowsGraph dfg, PlannedJourney plan) {
    out.print(log.report().render());
    out.println();
    out.println("-- Directly-follows graph: " + dfg);
    String[] table = dfg.table().lines().toArray(String[]::new);
    for (int i = 0; i < Math.min(table.length, 2 * SHOWN + 1); i++) {
      out.println(table[i]);
    }
    if (table.length > 2 * SHOWN + 1) {
      out.printf(Locale.ROOT, "(and %d transitions more)%n", table.length - 2 * SHOWN - 1);
    }
    out.println();
    List<DirectlyFollowsGraph.Variant> variants = dfg.variants();
    out.println("-- Variants" + (variants.size() > SHOWN
        ? " (the " + SHOWN + " most frequent of " + variants.size() + ")" : ""));
    for (DirectlyFollowsGraph.Variant v : variants.subList(0, Math.min(SHOWN, variants.size()))) {
      out.printf(Locale.ROOT, "%3d  %5.1f%%  %s%n", v.count(), 100 * v.share(),
          String.join(" > ", v.touchpoints()));
    }
    out.println();
    out.println("-- Planned versus actual: " + plan.steps().stream()
        .map(PlannedJourney.Step::touchpointId).toList());
    List<Journey> journeys = log.journeys();
    for (Journey j : journeys.subList(0, Math.min(SHOWN, journeys.size()))) {
      out.printf(Locale.ROOT, "%-8s %s%n", j.customer().id(), Conformance.of(plan, j));
    }
    if (journeys.size() > SHOWN) {
      out.printf(Locale.ROOT, "(and %d journeys more)%n", journeys.size() - SHOWN);
    }
    Conformance.Summary s = Conformance.summarize(plan, journeys);
    out.printf(Locale.ROOT, "mean: content %.3f, sequence %.3f, timing %s, all steps in order %.0f%%%n",
        s.content(), s.sequence(),
        s.timing().isPresent() ? String.format(Locale.ROOT, "%.3f", s.timing().getAsDouble())
            : "undefined",
        100 * s.inOrder());
  }

  /** {@return whether the log is BPI Challenge 2012's, by its first activity} */
  private static boolean isBpi2012(EventLog log) {
    return log.touchpoints().stream().anyMatch(t -> t.id().equals("A_SUBMITTED"));
  }

  /**
   * {@return the happy path of a loan application in BPI Challenge 2012: submitted, pre-accepted
   * within a day, an offer sent within a week and returned within a fortnight, approved and activated
   * within a month}
   */
  static PlannedJourney bpi2012Plan() {
    return PlannedJourney.builder()
        .step("A_SUBMITTED")
        .step("A_PARTLYSUBMITTED", Duration.ofDays(1))
        .step("A_PREACCEPTED", Duration.ofDays(1))
        .step("A_ACCEPTED", Duration.ofDays(7))
        .step("O_SELECTED", Duration.ofDays(7))
        .step("O_CREATED", Duration.ofDays(1))
        .step("O_SENT", Duration.ofDays(1))
        .step("O_SENT_BACK", Duration.ofDays(14))
        .step("A_REGISTERED", Duration.ofDays(14))
        .step("A_APPROVED", Duration.ofDays(1))
        .step("A_ACTIVATED", Duration.ofDays(1))
        .build();
  }

  private static void cxView(PrintStream out, EventLog log) {
    out.print(log.report().render());
    out.println();
    out.println("-- Touchpoint mix over all journeys");
    out.print(TouchpointMix.of(log.journeys()).table());
    out.println();
    out.println("-- Blind spots (outside the bank's ownership; journeys ending at "
        + "first-statement or sign-contract completed)");
    for (BlindSpots.BlindSpot b : BlindSpots.of(log.journeys(),
        List.of("first-statement", "sign-contract")).ranked()) {
      out.printf(Locale.ROOT, "%-16s %-16s score %.3f  reach %.2f  negativity %.2f  drop-off %.2f%n",
          b.touchpoint().id(), b.touchpoint().ownership(), b.score(), b.reach(), b.negativity(),
          b.dropOffRate());
    }
    out.println();
    out.println("-- Emotion: peak-end versus mean pleasure, per journey");
    for (Journey j : log.journeys()) {
      EmotionCurve c = EmotionCurve.of(j);
      out.printf(Locale.ROOT, "%-13s %-17s peak-end %+.2f  mean %+.2f%n", j.customer().id(),
          j.proposition().map(p -> p.id()).orElse("-"), c.peakEnd().orElse(Double.NaN),
          c.meanPleasure().orElse(Double.NaN));
    }
    out.println();
    RelationshipView ann = RelationshipView.all(log.journeys()).get(0);
    out.println("-- Relationship of " + ann.customer().id() + ": " + ann.journeys().size()
        + " journeys (" + ann.propositions().stream().map(p -> p.id()).toList() + "), "
        + ann.episodeCount() + " episodes over " + ann.span().toDays() + " days");
    out.printf(Locale.ROOT, "   peak-end over the whole relationship %+.2f; brand-controlled share %.2f;"
            + " staff met %s%n",
        ann.emotions().peakEnd().orElse(Double.NaN), ann.mix().brandControlledShare(),
        ann.counterparts().entrySet().stream()
            .map(e -> e.getKey().name() + " x" + e.getValue()).toList());
  }

  /** {@return the plan of the bundled bank log: website, application, contract, first statement} */
  static PlannedJourney bankPlan() {
    return PlannedJourney.builder()
        .step("visit-website")
        .step("apply-online", Duration.ofDays(1))
        .step("sign-contract", Duration.ofDays(7))
        .step("first-statement", Duration.ofDays(35))
        .build();
  }

  /** {@return the bundled bank log, each touchpoint given its owner and stage} */
  static EventLog bank() throws IOException {
    LogMapping mapping = LogMapping.builder()
        .customerAttribute("customer")
        .productAttribute("product")
        .pleasureAttribute("pleasure")
        .touchpoint("see-ad", TouchpointOwnership.SOCIAL_EXTERNAL, JourneyStage.PREPURCHASE)
        .touchpoint("read-reviews", TouchpointOwnership.SOCIAL_EXTERNAL, JourneyStage.PREPURCHASE)
        .touchpoint("comparison-site", TouchpointOwnership.SOCIAL_EXTERNAL,
            JourneyStage.PREPURCHASE)
        .touchpoint("visit-website", TouchpointOwnership.BRAND_OWNED, JourneyStage.PREPURCHASE)
        .touchpoint("broker-call", TouchpointOwnership.PARTNER_OWNED, JourneyStage.PURCHASE)
        .touchpoint("apply-online", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE)
        .touchpoint("sign-contract", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE)
        .idPrefixes("customer:", "", "staff:", "product:")
        .build();
    InputStream in = JourneyScenario.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("the bundled resource " + BUNDLED + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return EventLogs.readCsv(reader, CsvColumns.defaults().withResource("resource"), mapping);
    }
  }
}
