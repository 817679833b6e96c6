package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.internal.Texts;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Initiative;

/**
 * {@code recognition}: whether the customer's contributions are taken as worthy, the third condition
 * of Ashworth, Longmate &amp; Morrison (1992, "Patient participation: its meaning and significance in
 * the context of caring", <i>Journal of Advanced Nursing</i> 17): the acknowledged share of the
 * encounters the customer started at touchpoints the provider OPERATES.
 *
 * <pre>
 *   score = |{e : initiative(e) = CUSTOMER, acknowledged(e)}| / |{e : initiative(e) = CUSTOMER}|
 * </pre>
 *
 * <p>where e ranges over the customer's episodes at touchpoints the provider operates. Micro level.
 * Every initiative acknowledged scores 1.
 *
 * <p><b>Undefined</b> when the provider operates no touchpoint, or the customer took no initiative
 * at one.
 *
 * <p><b>Contributions</b>: the touchpoints ({@code "touchpoint <id>"}), each in proportion to its
 * unacknowledged customer initiatives.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Recognition extends NamedMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "recognition";

  /** Creates the metric. */
  public Recognition() {
    super(NAME);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Set<Element> operated = Touchpoints.operated(dyad);
    if (operated.isEmpty()) {
      return Score.undefined(
          "The provider operates no touchpoint (no OPERATES relation), so no initiative of the"
              + " customer reached it.");
    }
    int initiatives = 0;
    int acknowledged = 0;
    Map<String, Double> misfit = new LinkedHashMap<>();
    for (Episode e : Touchpoints.shared(dyad, operated)) {
      if (e.initiative() == Initiative.CUSTOMER) {
        initiatives++;
        if (e.acknowledged()) {
          acknowledged++;
        } else {
          misfit.merge(Touchpoints.factor(e.touchpoint()), 1.0, Double::sum);
        }
      }
    }
    if (initiatives == 0) {
      return Score.undefined(
          "The customer took no initiative at a touchpoint the provider operates.");
    }
    double value = (double) acknowledged / initiatives;
    List<Contribution> contributions = Contribution.shares(misfit);
    String explanation =
        "The provider acknowledged "
            + acknowledged
            + " of the customer's "
            + Texts.count(initiatives, "initiative", "initiatives")
            + Texts.costliest(contributions)
            + ".";
    return Score.defined(value, contributions, explanation);
  }}
