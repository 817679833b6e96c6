package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * {@code institutional}: how far customer and provider share institutions, the rules, norms, values,
 * roles, beliefs and practices that coordinate value co-creation (SDL axiom 5: Vargo &amp; Lusch 2016,
 * "Institutions and axioms: an extension and update of service-dominant logic", <i>Journal of the
 * Academy of Marketing Science</i> 44(1)), as the weighted Jaccard similarity of their ADHERES_TO
 * strengths (Ioffe 2010, "Improved consistent sampling, weighted minhash and L1 sketching"):
 *
 * <pre>
 *   score = Σ_k min(c_k, p_k) / Σ_k max(c_k, p_k)
 * </pre>
 *
 * <p>where k ranges over the institutions either adheres to, and c_k, p_k are the strengths with
 * which the customer and the provider adhere to k (0 if they do not). Macro level. Adhering to the
 * same institutions with the same strengths scores 1.
 *
 * <p><b>Undefined</b> when neither adheres to any institution.
 *
 * <p><b>Contributions</b>: the institutions ({@code "institution <id>"}), each in proportion to
 * max(c_k, p_k) − min(c_k, p_k) = |c_k − p_k|; ties in the order of the institutions' ids.
 *
 * <p>The sums run in the order of the institutions' ids, so that equal ecosystems built in different
 * orders give the same bits.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Institutional extends BaseMetric implements AlignmentMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "institutional";

  /** Creates the metric. */
  public Institutional() {
    super(NAME, Level.MACRO);
  }



  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    ServiceEcosystem eco = dyad.ecosystem();
    Map<Element, Double> c = adherence(eco, dyad.customer());
    Map<Element, Double> p = adherence(eco, dyad.provider());
    if (c.isEmpty() && p.isEmpty()) {
      return Score.undefined(
          "Neither the customer nor the provider adheres to any institution (no ADHERES_TO"
              + " relation).");
    }
    Set<Element> union = new TreeSet<>(Canonical.BY_ID);
    union.addAll(c.keySet());
    union.addAll(p.keySet());
    double shared = 0;
    double either = 0;
    int both = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (Element k : union) {
      double ck = c.getOrDefault(k, 0.0);
      double pk = p.getOrDefault(k, 0.0);
      shared += Math.min(ck, pk);
      either += Math.max(ck, pk);
      if (ck > 0 && pk > 0) {
        both++;
      }
      misfit.put("institution " + k.id(), Math.abs(ck - pk));
    }
    double value = shared / either;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "The customer and the provider share "
            + both
            + " of "
            + Texts.count(union.size(), "institution", "institutions")
            + " between them, with a weighted overlap of "
            + Texts.number(value)
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }


  private static Map<Element, Double> adherence(ServiceEcosystem eco, Actor actor) {
    Map<Element, Double> result = new LinkedHashMap<>();
    for (Relation r : eco.relations(actor, RelationType.ADHERES_TO, Direction.OUTGOING)) {
      result.put(r.target(), r.strength());
    }
    return result;
  }
}
