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
import org.attune.model.Journey;
import org.attune.model.JourneyStage;
import org.attune.model.TouchpointOwnership;

/**
 * Customer journeys from event logs: reads the textbook running example ({@code
 * ../shared/data/running-example.xes}, or the folder named by {@code -Dattune.data.dir}) if it is
 * there, else a small bank log bundled with the examples; prints the import report, the
 * directly-follows graph as a table, the variants and a planned-versus-actual check. Then, on the
 * bundled bank log, which carries customers, products, emotions and touchpoints of every ownership:
 * the touchpoint mix, the blind spots outside the bank's control, peak-end scores and one customer's
 * relationship over several products.
 */
public final class JourneyScenario {

  private static final String BUNDLED = "journeys.csv";

  private JourneyScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Objects.requireNonNull(out, "out");
    try {
      Path real = Path.of(System.getProperty("attune.data.dir", "../shared/data"))
          .resolve("running-example.xes");
      if (Files.isReadable(real)) {
        out.println("== The running example (van der Aalst), " + real);
        EventLog log = EventLogs.readXes(real, LogMapping.defaults());
        processView(out, log, PlannedJourney.builder()
            .step("register request")
            .step("examine casually", Duration.ofDays(2))
            .step("check ticket", Duration.ofDays(2))
            .step("decide", Duration.ofDays(7))
            .step("pay compensation", Duration.ofDays(14))
            .build());
      } else {
        out.println("== (running-example.xes not found at " + real.toAbsolutePath()
            + "; using the bundled bank log)");
        processView(out, bank(), bankPlan());
      }
      out.println();
      out.println("== The bundled bank log: the customer-experience lens");
      EventLog bank = bank();
      cxView(out, bank);
      out.println();
      out.println("== The bundled bank log as a service ecosystem");
      out.println(bank.toEcosystem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  private static void processView(PrintStream out, EventLog log, PlannedJourney plan) {
    out.print(log.report().render());
    DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
    out.println();
    out.println("-- Directly-follows graph: " + dfg);
    out.print(dfg.table());
    out.println();
    out.println("-- Variants");
    for (DirectlyFollowsGraph.Variant v : dfg.variants()) {
      out.printf(Locale.ROOT, "%3d  %5.1f%%  %s%n", v.count(), 100 * v.share(),
          String.join(" > ", v.touchpoints()));
    }
    out.println();
    out.println("-- Planned versus actual: " + plan.steps().stream()
        .map(PlannedJourney.Step::touchpointId).toList());
    for (Journey j : log.journeys()) {
      out.printf(Locale.ROOT, "%-8s %s%n", j.customer().id(), Conformance.of(plan, j));
    }
    Conformance.Summary s = Conformance.summarize(plan, log.journeys());
    out.printf(Locale.ROOT, "mean: content %.3f, sequence %.3f, timing %s, all steps in order %.0f%%%n",
        s.content(), s.sequence(),
        s.timing().isPresent() ? String.format(Locale.ROOT, "%.3f", s.timing().getAsDouble())
            : "undefined",
        100 * s.inOrder());
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
