package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;

/**
 * {@code ecosystem-reach}: how much of what bears on the customer comes from the provider's side.
 * The customer's ecosystem, not the dyad, is where its value forms (the customer ecosystem of Voima,
 * Heinonen &amp; Strandvik 2011; Heinonen &amp; Strandvik 2015, "Customer-dominant logic: foundations
 * and implications", <i>Journal of Services Marketing</i> 29(6/7)); a provider aligns with it by
 * reaching the customer itself or through its partners:
 *
 * <pre>
 *   score = Σ_{r from the provider's side} s_r / Σ_r s_r
 * </pre>
 *
 * <p>where r ranges over the INFLUENCES and SERVES relations reaching the customer, with strength
 * s_r, and the provider's side is the provider and its partners (PARTNERS_WITH, either way). Meso
 * level.
 *
 * <p><b>Undefined</b> when no INFLUENCES or SERVES relation reaches the customer.
 *
 * <p><b>Contributions</b>: the actors outside the provider's side ({@code "actor <id>"}), each in
 * proportion to the strength of its relations reaching the customer.
 *
 * <p>The sums run over INFLUENCES, then SERVES, each in the order of the sources' ids, so that equal
 * ecosystems built in different orders give the same bits.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class EcosystemReach extends BaseMetric implements AlignmentMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "ecosystem-reach";

  /** The relation types whose strength reaches the customer, in a fixed order. */
  private static final List<RelationType> REACHING =
      List.of(RelationType.INFLUENCES, RelationType.SERVES);

  /** Creates the metric. */
  public EcosystemReach() {
    super(NAME, Level.MESO);
  }



  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    Set<Element> partners =
        eco.neighbours(dyad.provider(), RelationType.PARTNERS_WITH, Direction.BOTH);
    Set<Element> side = new HashSet<>(partners);
    side.add(dyad.provider());
    double total = 0;
    double reached = 0;
    int relations = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (RelationType type : REACHING) {
      for (Relation r :
          Canonical.bySource(eco.relations(dyad.customer(), type, Direction.INCOMING))) {
        relations++;
        total += r.strength();
        if (side.contains(r.source())) {
          reached += r.strength();
        } else {
          misfit.merge("actor " + r.source().id(), r.strength(), Double::sum);
        }
      }
    }
    if (relations == 0) {
      return Score.undefined(
          "No INFLUENCES or SERVES relation reaches the customer, so there is no reach to share.");
    }
    double value = reached / total;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        Texts.percent(value)
            + " of the influence and service reaching the customer comes from the provider or its "
            + Texts.count(partners.size(), "partner", "partners")
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }

}
