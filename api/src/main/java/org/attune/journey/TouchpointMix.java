package org.attune.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.JourneyStage;
import org.attune.model.TouchpointOwnership;

/**
 * The touchpoint mix of one or more journeys: how their episodes spread over the touchpoint
 * ownerships (brand-, partner-, customer-owned, social/external) and the journey stages (pre-purchase,
 * purchase, post-purchase) of Lemon &amp; Verhoef (2016, "Understanding customer experience throughout
 * the customer journey", <i>Journal of Marketing</i> 80(6)).
 *
 * <p>Each episode counts once, at its touchpoint's ownership and stage; a touchpoint visited twice
 * counts twice. With n(o, s) episodes of ownership o at stage s and N = Σ n(o, s):
 *
 * <pre>
 *   share(o, s) = n(o, s) / N      share(o) = Σ_s n(o, s) / N      share(s) = Σ_o n(o, s) / N
 * </pre>
 *
 * Over many journeys the episodes are pooled, so a long journey weighs more than a short one; for the
 * mix of each journey, call {@link #of(Journey)} per journey.
 *
 * <p>Immutable, null-hostile and thread-safe; maps iterate in enum order and hold every constant.
 */
public final class TouchpointMix {

  private static final int O = TouchpointOwnership.values().length;
  private static final int S = JourneyStage.values().length;

  private final long[] counts = new long[O * S];
  private final long total;

  // a dense ownership-by-stage table: both enums are closed, so their ordinals index it
  @SuppressWarnings("EnumOrdinal")
  private TouchpointMix(Iterable<Journey> journeys) {
    long n = 0;
    for (Journey j : journeys) {
      requireNonNull(j, "journeys must not hold null");
      for (Episode e : j.episodes()) {
        counts[e.touchpoint().ownership().ordinal() * S + e.touchpoint().stage().ordinal()]++;
        n++;
      }
    }
    checkArgument(n > 0, "journeys must hold at least one journey, but was empty");
    this.total = n;
  }

  /**
   * {@return the mix of one journey}
   *
   * @param journey the journey
   */
  public static TouchpointMix of(Journey journey) {
    return new TouchpointMix(List.of(requireNonNull(journey, "journey")));
  }

  /**
   * {@return the mix of many journeys, their episodes pooled}
   *
   * @param journeys at least one journey
   * @throws IllegalArgumentException if {@code journeys} is empty
   */
  public static TouchpointMix of(Iterable<Journey> journeys) {
    return new TouchpointMix(requireNonNull(journeys, "journeys"));
  }

  /** {@return N: the number of episodes counted, at least 1} */
  public long episodes() {
    return total;
  }

  /**
   * {@return n(o, s): the episodes at touchpoints of ownership {@code o} and stage {@code s}}
   *
   * @param o the ownership
   * @param s the stage
   */
  @SuppressWarnings("EnumOrdinal") // the dense table of the constructor
  public long count(TouchpointOwnership o, JourneyStage s) {
    return counts[requireNonNull(o, "o").ordinal() * S + requireNonNull(s, "s").ordinal()];
  }

  /**
   * {@return Σ_s n(o, s): the episodes at touchpoints of ownership {@code o}}
   *
   * @param o the ownership
   */
  public long count(TouchpointOwnership o) {
    long n = 0;
    for (JourneyStage s : JourneyStage.values()) {
      n += count(o, s);
    }
    return n;
  }

  /**
   * {@return Σ_o n(o, s): the episodes at touchpoints of stage {@code s}}
   *
   * @param s the stage
   */
  public long count(JourneyStage s) {
    long n = 0;
    for (TouchpointOwnership o : TouchpointOwnership.values()) {
      n += count(o, s);
    }
    return n;
  }

  /**
   * {@return share(o, s) = n(o, s) / N, in [0, 1]}
   *
   * @param o the ownership
   * @param s the stage
   */
  public double share(TouchpointOwnership o, JourneyStage s) {
    return (double) count(o, s) / total;
  }

  /**
   * {@return share(o) = Σ_s n(o, s) / N, in [0, 1]}
   *
   * @param o the ownership
   */
  public double share(TouchpointOwnership o) {
    return (double) count(o) / total;
  }

  /**
   * {@return share(s) = Σ_o n(o, s) / N, in [0, 1]}
   *
   * @param s the stage
   */
  public double share(JourneyStage s) {
    return (double) count(s) / total;
  }

  /**
   * {@return the share of episodes at touchpoints the brand controls: share(BRAND_OWNED); the rest
   * lies outside its control (Lemon &amp; Verhoef 2016)}
   */
  public double brandControlledShare() {
    long n = 0;
    for (TouchpointOwnership o : TouchpointOwnership.values()) {
      if (o.isBrandControlled()) {
        n += count(o);
      }
    }
    return (double) n / total;
  }

  /** {@return the share of each ownership, in enum order, every constant present} */
  public Map<TouchpointOwnership, Double> byOwnership() {
    EnumMap<TouchpointOwnership, Double> m = new EnumMap<>(TouchpointOwnership.class);
    for (TouchpointOwnership o : TouchpointOwnership.values()) {
      m.put(o, share(o));
    }
    return Collections.unmodifiableMap(m);
  }

  /** {@return the share of each stage, in enum order, every constant present} */
  public Map<JourneyStage, Double> byStage() {
    EnumMap<JourneyStage, Double> m = new EnumMap<>(JourneyStage.class);
    for (JourneyStage s : JourneyStage.values()) {
      m.put(s, share(s));
    }
    return Collections.unmodifiableMap(m);
  }

  /** {@return a table of the shares, ownership by row and stage by column, with totals} */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s", "ownership\\stage"));
    for (JourneyStage s : JourneyStage.values()) {
      sb.append(String.format(Locale.ROOT, "  %12s", s.name()));
    }
    sb.append(String.format(Locale.ROOT, "  %12s%n", "all"));
    for (TouchpointOwnership o : TouchpointOwnership.values()) {
      sb.append(String.format(Locale.ROOT, "%-16s", o.name()));
      for (JourneyStage s : JourneyStage.values()) {
        sb.append(String.format(Locale.ROOT, "  %12.3f", share(o, s)));
      }
      sb.append(String.format(Locale.ROOT, "  %12.3f%n", share(o)));
    }
    sb.append(String.format(Locale.ROOT, "%-16s", "all"));
    for (JourneyStage s : JourneyStage.values()) {
      sb.append(String.format(Locale.ROOT, "  %12.3f", share(s)));
    }
    sb.append(String.format(Locale.ROOT, "  %12.3f%n", 1.0));
    return sb.toString();
  }

  @Override
  public String toString() {
    return "TouchpointMix[" + total + " episodes, by ownership " + byOwnership() + ", by stage "
        + byStage() + "]";
  }
}
