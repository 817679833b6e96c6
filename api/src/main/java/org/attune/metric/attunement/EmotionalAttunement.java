package org.attune.metric.attunement;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.CustomerScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Emotion;
import org.attune.model.Episode;

/**
 * {@code emotional}: emotional and motivational attunement, the second condition of Ashworth,
 * Longmate &amp; Morrison (1992, "Patient participation: its meaning and significance in the context
 * of caring", <i>Journal of Advanced Nursing</i> 17): the provider's <em>responsiveness</em> to the
 * customer's emotional state, awareness of and empathy for the other's concern, not having the same
 * emotion. An equally anxious clinician shares the patient's distress (what Batson, Fultz &amp;
 * Schoenrade 1987, <i>Journal of Personality</i> 55, call personal distress, against empathic
 * concern); an attuned one answers it with warmth, calm and confidence, the extrinsic
 * interpersonal regulation of Zaki &amp; Williams (2013, <i>Emotion</i> 13). Emotions are points of the
 * pleasure–arousal–dominance space of Mehrabian &amp; Russell (1974, <i>An Approach to Environmental
 * Psychology</i>), each component in [−1, 1].
 *
 * <p>The attuned response to a customer state E_c = (p, a, d), {@link #attunedResponse(Emotion)}:
 *
 * <pre>
 *   R(E_c) = ( |p|,  a − 2 · max(0, a) · max(0, −p),  |d| )
 * </pre>
 *
 * <ul>
 *   <li>pleasure: shared where the customer is pleased, answered with warmth of the same intensity
 *       where she is displeased;
 *   <li>arousal: shared where she is pleased or calm; her excitement is answered with calm in
 *       proportion to her displeasure, from shared (p = 0) through neutral (p = −½) to its mirror
 *       (p = −1), so that the response never jumps at neutral pleasure;
 *   <li>dominance: shared where she feels in control, answered with confidence (reassurance) of the
 *       same intensity where she feels controlled.
 * </ul>
 *
 * <p>So pleased states (the octants {@link Emotion.Octant#EXUBERANT EXUBERANT} and {@link
 * Emotion.Octant#RELAXED RELAXED}) are answered in kind, the anxious patient (−0.5, 0.8, −0.5) by
 * (0.5, 0, 0.5). Each shared episode e scores by how near the provider's emotion E_p comes to the
 * attuned response, against the farthest the provider could be, the corner of the PAD cube opposite
 * R:
 *
 * <pre>
 *   s_e   = 1 − ‖E_p(e) − R(E_c(e))‖ / M(R),   M(R) = √( Σ_k (1 + |R_k|)² )  (in [√3, √12])
 *   score = mean_e s_e
 * </pre>
 *
 * <p>where e ranges over the customer's episodes at touchpoints the provider OPERATES that carry
 * the emotions of both sides. Each s_e, and so the score, is in [0, 1]: 1 where the provider gives
 * the attuned response, 0 at the opposite corner. Episodes count equally: weighting them by the
 * customer's distress would let a shared joy count for nothing, and her distress already decides
 * the response. Micro level.
 *
 * <p>The emotions of an episode are those it records. Where one side's emotion is not recorded, its
 * <b>mood</b> stands in (Heidegger's <i>Befindlichkeit</i>, the background against which anything
 * matters, in the alignment essay): {@link ServiceEcosystem#mood(Actor, java.time.Instant)} of the
 * customer at the episode's time, and on the provider's side that of the counterpart met (a member
 * of staff) if known and held, else of the provider itself. A recorded emotion always wins over a
 * mood.
 *
 * <p><b>Undefined</b> when the provider operates no touchpoint, the customer has no episode at one,
 * or none of those episodes carries both emotions (the reason counts the episodes lacking the
 * customer's emotion and those lacking the provider's).
 *
 * <p><b>Contributions</b>: the touchpoints ({@code "touchpoint <id>"}), each in proportion to the sum
 * of 1 − s_e over its episodes.
 *
 * <p>The sums run in time order, episodes at the same time in the order of their touchpoints' ids
 * and then of their misfits, so that equal ecosystems built in different orders give the same
 * bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's touchpoints are
 * found once per provider, then each customer's episodes at them are scored.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class EmotionalAttunement extends NamedMetric implements BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "emotional";

  private static final String NO_TOUCHPOINT =
      "The provider operates no touchpoint (no OPERATES relation), so no episode is shared.";
  private static final String NO_EPISODE =
      "The customer has no episode at a touchpoint the provider operates.";

  /**
   * The order of the sums: episodes in {@link Touchpoints#CANONICAL} order, those of the same time
   * and touchpoint in the order of their misfits, so that the sums do not depend on the order in
   * which the ecosystem was built.
   */
  private static final Comparator<Gap> ORDER =
      Comparator.comparing((Gap g) -> g.episode, Touchpoints.CANONICAL)
          .thenComparingDouble(g -> g.misfit);

  /** Creates the metric. */
  public EmotionalAttunement() {
    super(NAME);
  }

  /**
   * {@return the attuned response to {@code customer}: (|p|, a − 2 max(0, a) max(0, −p), |d|)}, her
   * pleasure shared or answered with warmth, her arousal shared or, in proportion to her
   * displeasure, answered with calm, her sense of control shared or answered with confidence (see
   * the class description)
   *
   * @param customer the customer's emotion
   */
  public static Emotion attunedResponse(Emotion customer) {
    requireNonNull(customer, "customer");
    double a = customer.arousal();
    double calming = 2 * Math.max(0, a) * Math.max(0, -customer.pleasure());
    return new Emotion(
        Math.abs(customer.pleasure()), a - calming, Math.abs(customer.dominance()));
  }

  /**
   * {@return 1 − s_e of one episode: how far {@code provider} lies from the attuned response to
   * {@code customer}, as a share of the farthest a provider could lie from it, in [0, 1]}
   */
  static double misfit(Emotion customer, Emotion provider) {
    Emotion r = attunedResponse(customer);
    double p = 1 + Math.abs(r.pleasure());
    double a = 1 + Math.abs(r.arousal());
    double d = 1 + Math.abs(r.dominance());
    double farthest = Math.sqrt(p * p + a * a + d * d);
    // the distance cannot exceed the farthest corner's; the bound only guards the last bit
    return Math.min(1, provider.distanceTo(r) / farthest);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Customer one =
        new Customer(
            new Touchpoints(dyad.ecosystem(), dyad.provider()),
            emotions(dyad.ecosystem(), dyad.provider()));
    ScoreSink sink = ScoreSink.single(NAME);
    one.score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "Over "
                + Texts.count(one.gaps, "shared episode", "shared episodes")
                + ", the provider's emotions lie "
                + Texts.number(1 - value)
                + " of the widest possible gap from the attuned response to the customer's"
                + " on average"
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    requireNonNull(provider, "provider");
    Touchpoints touchpoints = new Touchpoints(cohort.ecosystem(), provider);
    EmotionSource emotions = emotions(cohort.ecosystem(), provider);
    return touchpoints.each(cohort, NO_TOUCHPOINT, () -> new Customer(touchpoints, emotions));
  }

  /**
   * {@return where the emotions of the episodes that {@code provider} shares with its customers in
   * {@code ecosystem} come from}: the one place that decides it, for {@link #measure(Dyad)} and the
   * batch path alike: the episodes' own records ({@link EmotionSource#RECORDED}) when the ecosystem
   * holds no mood, else a source that falls back on each side's mood in force at the episode's time.
   */
  static EmotionSource emotions(ServiceEcosystem ecosystem, Actor provider) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(provider, "provider");
    return ecosystem.moods().isEmpty()
        ? EmotionSource.RECORDED
        : new WithMoods(ecosystem, provider);
  }

  /**
   * The episodes' own records, and where one side's emotion is missing, that side's mood in force at
   * the episode's time: the customer's, and on the provider's side the mood of the counterpart met
   * (a member of staff) if known and held, else the provider's own.
   */
  private record WithMoods(ServiceEcosystem ecosystem, Actor provider) implements EmotionSource {

    @Override
    public Optional<Emotion> customer(Episode episode) {
      Optional<Emotion> recorded = episode.customerEmotion();
      return recorded.isPresent() ? recorded : ecosystem.mood(episode.customer(), episode.time());
    }

    @Override
    public Optional<Emotion> provider(Episode episode) {
      Optional<Emotion> recorded = episode.providerEmotion();
      if (recorded.isPresent()) {
        return recorded;
      }
      Optional<Emotion> staff =
          episode.counterpart().flatMap(c -> ecosystem.mood(c, episode.time()));
      return staff.isPresent() ? staff : ecosystem.mood(provider, episode.time());
    }

    @Override
    public String origin() {
      return "recorded or given by a mood in force";
    }
  }

  /**
   * Where the emotions of customer and provider in a shared episode come from. An empty answer
   * leaves the episode out; if every episode is left out the score is undefined, and the reason
   * counts what was missing on each side. Immutable and thread-safe.
   */
  interface EmotionSource {

    /** The episodes' own records: {@link Episode#customerEmotion()}, {@link Episode#providerEmotion()}. */
    EmotionSource RECORDED =
        new EmotionSource() {
          @Override
          public Optional<Emotion> customer(Episode episode) {
            return episode.customerEmotion();
          }

          @Override
          public Optional<Emotion> provider(Episode episode) {
            return episode.providerEmotion();
          }

          @Override
          public String origin() {
            return "recorded";
          }
        };

    /**
     * {@return the customer's emotion in {@code episode}, one of the customer's, or empty}
     *
     * @param episode the episode, at a touchpoint the provider operates
     */
    Optional<Emotion> customer(Episode episode);

    /**
     * {@return the provider's emotion in {@code episode}, one of the customer's, or empty}
     *
     * @param episode the episode, at a touchpoint the provider operates
     */
    Optional<Emotion> provider(Episode episode);

    /**
     * {@return where the emotions come from, for the reason of an undefined score, such as {@code
     * "recorded"}: "None of the customer's 2 episodes ... has the emotions of both sides recorded"}
     */
    String origin();
  }

  /** An episode and the misfit of the provider's emotion in it; reused. */
  private static final class Gap {
    Episode episode;
    double misfit;

    Gap(Episode episode, double misfit) {
      this.episode = episode;
      this.misfit = misfit;
    }
  }

  /**
   * Scores one customer after another against the provider's touchpoints, keeping the number of
   * gaps of the last customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer implements CustomerScorer {
    private final Touchpoints touchpoints;
    private final Touchpoints.Shared shared;
    private final EmotionSource emotions;
    private Gap[] pool = new Gap[8];
    /** How many of the last customer's shared episodes carry both emotions. */
    int gaps;

    Customer(Touchpoints touchpoints, EmotionSource emotions) {
      this.touchpoints = touchpoints;
      this.shared = new Touchpoints.Shared(touchpoints);
      this.emotions = emotions;
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      gaps = 0;
      if (touchpoints.isEmpty()) {
        sink.undefined(i, NO_TOUCHPOINT);
        return;
      }
      shared.load(customer);
      if (shared.size() == 0) {
        sink.undefined(i, NO_EPISODE);
        return;
      }
      int n = 0;
      int noCustomer = 0;
      int noProvider = 0;
      for (int k = 0, m = shared.size(); k < m; k++) {
        Episode e = shared.get(k);
        Optional<Emotion> c = emotions.customer(e);
        Optional<Emotion> p = emotions.provider(e);
        if (c.isPresent() && p.isPresent()) {
          add(n++, e, misfit(c.get(), p.get()));
        } else {
          noCustomer += c.isPresent() ? 0 : 1;
          noProvider += p.isPresent() ? 0 : 1;
        }
      }
      gaps = n;
      if (n == 0) {
        sink.undefined(i, missing(shared.size(), noCustomer, noProvider));
        return;
      }
      Arrays.sort(pool, 0, n, ORDER);
      boolean factors = sink.wantsFactors();
      double sum = 0;
      for (int k = 0; k < n; k++) {
        Gap g = pool[k];
        sum += g.misfit;
        if (factors) {
          sink.misfit(touchpoints.factor(g.episode.touchpoint()), g.misfit);
        }
      }
      sink.defined(i, 1 - sum / n);
    }

    /** {@return the reason when none of the {@code shared} episodes carries both emotions} */
    private String missing(int shared, int noCustomer, int noProvider) {
      StringBuilder s =
          new StringBuilder("None of the customer's ")
              .append(Texts.count(shared, "episode", "episodes"))
              .append(" at the provider's touchpoints has the emotions of both sides ")
              .append(emotions.origin())
              .append(": ");
      if (noCustomer > 0) {
        s.append("the customer's emotion is missing from ").append(noCustomer);
      }
      if (noProvider > 0) {
        s.append(noCustomer > 0 ? ", the provider's from " : "the provider's emotion is missing from ")
            .append(noProvider);
      }
      return s.append('.').toString();
    }

    private void add(int k, Episode e, double misfit) {
      if (k == pool.length) {
        pool = Arrays.copyOf(pool, k * 2);
      }
      Gap g = pool[k];
      if (g == null) {
        pool[k] = new Gap(e, misfit);
      } else {
        g.episode = e;
        g.misfit = misfit;
      }
    }
  }
}
