package org.attune.testlib.docs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.ecosystem.Level;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.Contribution;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/** How close the offering's emotional level comes to the customer's: 1 − |C − P|. */
public final class EmotionalFit extends BaseMetric implements AlignmentMetric {

  public EmotionalFit() {
    super("emotional-fit", Level.MICRO);
  }

  @Override
  public Score measure(Dyad dyad) {
    Optional<Profile> own = dyad.ecosystem().ownLogic(dyad.customer());
    Optional<Profile> offering = dyad.ecosystem().ownLogic(dyad.provider());
    if (own.isEmpty() || offering.isEmpty()
        || own.get().level(Dimension.EMOTIONAL).isEmpty()
        || offering.get().level(Dimension.EMOTIONAL).isEmpty()) {
      return Score.undefined("The customer's or the provider's emotional level is missing.");
    }
    double gap = Math.abs(own.get().level(Dimension.EMOTIONAL).getAsDouble()
        - offering.get().level(Dimension.EMOTIONAL).getAsDouble());
    List<Contribution> why = gap == 0 ? List.of() : Contribution.shares(Map.of("emotional", gap));
    return Score.defined(1 - gap, why, "The emotional levels lie " + gap + " apart.");
  }
}
