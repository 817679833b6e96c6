package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.internal.Canonical;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * {@code partnership}: the doctor–patient seed of customer-dominant logic, where the outcome depends
 * on both parties and on a network of partners behind them (Heinonen &amp; Strandvik 2015; service
 * exchanged for service, Vargo &amp; Lusch 2016, axiom 1). Two parts, equally weighted:
 *
 * <pre>
 *   reciprocity     R = min(s_pc, s_cp) / max(s_pc, s_cp)
 *   partner support N = Σ_{r from the provider's partners} s_r / Σ_r s_r
 *   score           = (R + N) / 2
 * </pre>
 *
 * <p>where s_pc is the strength of the provider's SERVES relation to the customer and s_cp of the
 * customer's SERVES relation to the provider (0 when absent, so one-way service gives R = 0); r
 * ranges over the SERVES relations reaching the customer from other actors, and the provider's
 * partners are the actors joined to it by PARTNERS_WITH either way, other than the two parties.
 * Meso level.
 *
 * <p><b>Undefined</b> when neither party SERVES the other: there is no service relationship whose
 * partnership could be judged.
 *
 * <p><b>Contributions</b>: {@code "reciprocity"} with (1 − R) / 2 and {@code "partner support"} with
 * (1 − N) / 2 of the misfit, normalised to shares.
 *
 * <p>Worked example: the clinic SERVES Alice (0.8), Alice SERVES the clinic (0.4), the clinic's
 * partner pharmacy SERVES Alice (0.6) and a gym that is no partner SERVES her (0.2). R = 0.4 / 0.8 =
 * 0.5; N = 0.6 / (0.8 + 0.6 + 0.2) = 0.375; score = (0.5 + 0.375) / 2 = 0.4375.
 *
 * <p>The sum over the SERVES relations runs in the order of the sources' ids, so that equal
 * ecosystems built in different orders give the same bits.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Partnership extends BaseMetric implements AlignmentMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "partnership";

  /** Creates the metric. */
  public Partnership() {
    super(NAME, Level.MESO);
  }



  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    Actor customer = dyad.customer();
    Actor provider = dyad.provider();
    double toCustomer = strength(eco.relation(provider, RelationType.SERVES, customer));
    double toProvider = strength(eco.relation(customer, RelationType.SERVES, provider));
    if (toCustomer == 0 && toProvider == 0) {
      return Score.undefined(
          "Neither party SERVES the other, so there is no service relationship to judge.");
    }
    double reciprocity = Math.min(toCustomer, toProvider) / Math.max(toCustomer, toProvider);

    Set<Element> partners = eco.neighbours(provider, RelationType.PARTNERS_WITH, Direction.BOTH);
    double total = 0;
    double fromPartners = 0;
    int partnersServing = 0;
    for (Relation r :
        Canonical.bySource(eco.relations(customer, RelationType.SERVES, Direction.INCOMING))) {
      if (r.source().equals(customer)) {
        continue; // self-service is the customer's own, not support from others
      }
      total += r.strength();
      if (!r.source().equals(provider) && partners.contains(r.source())) {
        fromPartners += r.strength();
        partnersServing++;
      }
    }
    // total > 0 unless only the customer serves: then no one supports the customer, N = 0
    double support = total == 0 ? 0 : fromPartners / total;
    double value = (reciprocity + support) / 2;

    Map<String, Double> misfit = new LinkedHashMap<>();
    misfit.put("reciprocity", (1 - reciprocity) / 2);
    misfit.put("partner support", (1 - support) / 2);
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "Service between the two is "
            + Texts.percent(reciprocity)
            + " reciprocal, and the provider's partners bring "
            + Texts.percent(support)
            + " of the service the customer receives ("
            + Texts.count(partnersServing, "partner serves", "partners serve")
            + " it)"
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }

  private static double strength(Optional<Relation> relation) {
    return relation.map(Relation::strength).orElse(0.0);
  }

}
