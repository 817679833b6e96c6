package org.attune.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.attune.dominance.ActorShare;
import org.attune.dominance.CustomerDominance;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Initiative;
import org.attune.model.Sphere;
import org.attune.report.DominancePicture;
import org.attune.report.EcosystemPicture;
import org.attune.testlib.scenario.Orchestra;

/**
 * Who conducts the orchestra? After the customer-dominance essay (Heinonen): in the exchange the
 * customer sits in the audience while the firm plays and its management conducts; in co-creation the
 * customer is invited on stage, the firm still conducting; in customer-dominant logic the customer
 * conducts, and firms are among the players she invites in. The same cast (Pat, her clinic, a lab,
 * her family and a pharmacy; the test kit's {@link Orchestra}) under the three arrangements, told
 * apart only by where Pat's value-in-use forms and by who took the initiative in her episodes; the
 * scenario sets their readings of {@link CustomerDominance} side by side.
 */
public final class OrchestraScenario {

  /** The patient. */
  static final Actor PAT = Orchestra.PAT;

  /** Her clinic. */
  static final Actor CLINIC = Orchestra.CLINIC;

  /** The three arrangements, in the essay's order. */
  static final List<String> ARRANGEMENTS =
      List.of("provider-dominant", "co-creation", "customer-dominant");

  private OrchestraScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print what it finds
   */
  public static void run(PrintStream out) {
    run(Page.console(out));
  }

  /**
   * Runs the scenario, its pictures beside its text.
   *
   * @param page where to write
   */
  public static void run(Page page) {
    requireNonNull(page, "page");
    PrintStream out = page.out();
    List<CustomerDominance> readings = new ArrayList<>();
    for (String a : ARRANGEMENTS) {
      readings.add(CustomerDominance.of(arrangement(a), PAT));
    }
    out.println("Who conducts Pat's value formation? The three arrangements side by side:");
    out.println();
    out.print(table(readings));
    out.println();
    for (int i = 0; i < readings.size(); i++) {
      out.println("-- " + ARRANGEMENTS.get(i) + " --");
      out.println(readings.get(i).explanation());
    }
    List<DominancePicture.Row> rows = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      rows.add(DominancePicture.Row.of(ARRANGEMENTS.get(i), readings.get(i)));
    }
    page.figure("orchestra", "The customer in the audience, on stage, conducting: where Pat's"
            + " value-in-use forms and who took the initiative, under the three arrangements",
        DominancePicture.of(rows).svg());
    page.figure("orchestra-cast", "The cast, the same under all three arrangements: Pat, the"
            + " clinic and its front desk; the lab, her family and the pharmacy are tied to her only"
            + " by the value she forms with them",
        EcosystemPicture.of(Orchestra.customerDominant(), PAT).svg());
    page.panel();
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** {@return the readings as a table: one column per arrangement} */
  static String table(List<CustomerDominance> readings) {
    StringBuilder t = new StringBuilder();
    row(t, "", ARRANGEMENTS, Function.identity());
    row(t, "provider sphere", readings, d -> percent(d.share(Sphere.PROVIDER).orElse(0)));
    row(t, "joint sphere", readings, d -> percent(d.share(Sphere.JOINT).orElse(0)));
    row(t, "customer sphere", readings, d -> percent(d.share(Sphere.CUSTOMER).orElse(0)));
    row(t, "dominance index", readings,
        d -> String.format(Locale.ROOT, "%.3f", d.index().orElse(Double.NaN)));
    row(t, "reading", readings, d -> d.reading().map(r -> words(r.name())).orElse("undefined"));
    row(t, "carries most value", readings, d -> {
      ActorShare top = d.ranking().get(0);
      return top.actor().id() + " " + percent(top.share());
    });
    row(t, "initiative (Pat/all)", readings,
        d -> d.initiated(Initiative.CUSTOMER) + "/"
            + (d.initiated(Initiative.CUSTOMER) + d.initiated(Initiative.PROVIDER)));
    row(t, "conductor", readings, d -> d.conductor().map(s -> words(s.name())).orElse("neither"));
    row(t, "arrangement", readings,
        d -> d.arrangement().map(a -> words(a.name())).orElse("undefined"));
    row(t, "clinic invited in", readings, d -> d.invites(CLINIC) ? "yes" : "no");
    return t.toString();
  }

  private static <T> void row(
      StringBuilder t, String label, List<T> cells, Function<T, String> text) {
    t.append(String.format(Locale.ROOT, "%-22s", label));
    for (T c : cells) {
      t.append(String.format(Locale.ROOT, "%-29s", text.apply(c)));
    }
    t.setLength(t.toString().stripTrailing().length());
    t.append('\n');
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the ecosystem of the arrangement named}: the test kit's {@link
   * Orchestra#providerDominant()} (the clinic plans and runs Pat's care), {@link
   * Orchestra#coCreation()} (they plan it together) or {@link Orchestra#customerDominant()} (Pat
   * manages her life with her family)
   */
  static ServiceEcosystem arrangement(String name) {
    return switch (name) {
      case "provider-dominant" -> Orchestra.providerDominant();
      case "co-creation" -> Orchestra.coCreation();
      case "customer-dominant" -> Orchestra.customerDominant();
      default -> throw new IllegalArgumentException(
          "arrangement must be one of " + ARRANGEMENTS + ", but was \"" + name + "\"");
    };
  }
}
