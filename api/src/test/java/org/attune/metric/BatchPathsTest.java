package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.alignment.ActivityCoverage;
import org.attune.metric.alignment.EcosystemReach;
import org.attune.metric.alignment.Institutional;
import org.attune.metric.alignment.Partnership;
import org.attune.metric.attunement.EmotionalAttunement;
import org.attune.metric.attunement.IdentitySafety;
import org.attune.metric.attunement.KnowledgeSymmetry;
import org.attune.metric.attunement.Recognition;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueProposition;
import org.junit.jupiter.api.Test;

/**
 * The batch paths of the ecosystem and attunement metrics, worked by hand over small cohorts (one
 * customer with misfit, one who fits perfectly, one undefined), and over cohorts of more than one
 * chunk against a provider with many relations, whose side every chunk shares. Each case also
 * checks that the batch agrees with {@code measure} to the bit, in sequence and on 8 threads.
 */
class BatchPathsTest {

  private static final Actor FIRM = Actor.organisation("firm", "Firm");
  private static final Actor BARE = Actor.organisation("bare", "Bare");
  private static final Actor PARTNER = Actor.organisation("pa", "Partner");
  private static final Actor X1 = Actor.organisation("x1", "Other 1");
  private static final Actor X2 = Actor.organisation("x2", "Other 2");
  private static final Actor ANN = Actor.individual("ann", "Ann");
  private static final Actor BEN = Actor.individual("ben", "Ben");
  private static final Actor CAT = Actor.individual("cat", "Cat");
  private static final Actor DAN = Actor.individual("dan", "Dan");
  private static final List<Actor> COHORT = List.of(ANN, BEN, CAT);

  /** More customers than one chunk, so that several chunks share the provider's prepared side. */
  private static final int MANY = Scoring.CHUNK + 200;

  /** Relations of a kind the provider has in the cases of many (customer j uses j % 600). */
  private static final int RELATIONS = 600;

  /**
   * How many institutions the provider adheres to in the cases of many, each a factor of every
   * customer: more than the 32 shares sorted by insertion.
   */
  private static final int INSTITUTIONS = 64;

  private static final Emotion CALM = Emotion.of(0.5, 0.5, 0.5);
  private static final Touchpoint T1 = touchpoint("t1");
  private static final Touchpoint T2 = touchpoint("t2");
  private static final Touchpoint T3 = touchpoint("t3");

  // ---------------------------------------------------------------- activity-coverage

  @Test
  void activity_coverage_batch_gives_the_supported_share_per_customer() {
    // given: the firm SUPPORTS a1, and a2 through the offer v1 it OFFERS
    Activity a1 = Activity.of("a1", "A1");
    Activity a2 = Activity.of("a2", "A2");
    Activity a3 = Activity.of("a3", "A3");
    Activity a4 = Activity.of("a4", "A4");
    ValueProposition v1 = ValueProposition.of("v1", "Offer 1");
    ServiceEcosystem eco =
        base()
            .add(a1, a2, a3, a4, v1)
            .relate(FIRM, RelationType.SUPPORTS, a1)
            .relate(FIRM, RelationType.OFFERS, v1)
            .relate(v1, RelationType.SUPPORTS, a2)
            .relate(ANN, RelationType.PERFORMS, a4, 0.25)
            .relate(ANN, RelationType.PERFORMS, a1, 0.5)
            .relate(ANN, RelationType.PERFORMS, a3, 0.25)
            .relate(BEN, RelationType.PERFORMS, a1, 1.0)
            .relate(BEN, RelationType.PERFORMS, a2, 0.5)
            .build();

    // when
    Scores scores = batch(new ActivityCoverage(), eco, FIRM, COHORT);

    // then
    // ann: a1 0.5 of a1 0.5 + a3 0.25 + a4 0.25 = 0.5; misfit a3 0.25, a4 0.25: 0.5 each, by id
    assertThat(scores.value(0)).isEqualTo(0.5);
    assertThat(scores.topFactors(0))
        .containsExactly(
            new Contribution("activity a3", 0.5), new Contribution("activity a4", 0.5));
    // ben: a1 (direct) and a2 (through v1) are both supported: 1.5 / 1.5 = 1
    assertThat(scores.value(1)).isEqualTo(1.0);
    assertThat(scores.topFactors(1)).isEmpty();
    // cat performs nothing
    assertThat(scores.reason(2))
        .contains(
            "The customer performs no activity (no PERFORMS relation), so there is nothing to be"
                + " invited into.");
  }

  @Test
  void activity_coverage_prepares_a_provider_with_many_supports_once_for_every_chunk() {
    // given: 3 × 600 activities; the firm SUPPORTS a(3m) and OFFERS v(m), which SUPPORTS a(3m+1);
    // customer j performs a(3m), a(3m+1) and a(3m+2) for m = j % 600
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM);
    List<Activity> activities = new ArrayList<>();
    for (int m = 0; m < RELATIONS; m++) {
      for (int k = 0; k < 3; k++) {
        activities.add(Activity.of(String.format("a%06d", 3 * m + k), "A"));
      }
      ValueProposition v = ValueProposition.of("v" + m, "V");
      b.add(activities.subList(3 * m, 3 * m + 3))
          .add(v)
          .relate(FIRM, RelationType.SUPPORTS, activities.get(3 * m))
          .relate(FIRM, RelationType.OFFERS, v)
          .relate(v, RelationType.SUPPORTS, activities.get(3 * m + 1));
    }
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      int m = j % RELATIONS;
      b.relate(customers.get(j), RelationType.PERFORMS, activities.get(3 * m), 0.5)
          .relate(customers.get(j), RelationType.PERFORMS, activities.get(3 * m + 1), 0.25)
          .relate(customers.get(j), RelationType.PERFORMS, activities.get(3 * m + 2), 0.25);
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new ActivityCoverage(), eco, FIRM, customers);

    // then: a(3m) 0.5 and a(3m+1) 0.25 are supported, a(3m+2) 0.25 is not: 0.75 / 1.0 = 0.75, and
    // a(3m+2) is the whole misfit
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(0.75);
      assertThat(scores.topFactors(j))
          .containsExactly(
              new Contribution(String.format("activity a%06d", 3 * (j % RELATIONS) + 2), 1.0));
    }
  }

  // ---------------------------------------------------------------- ecosystem-reach

  @Test
  void ecosystem_reach_batch_gives_the_share_from_the_providers_side_per_customer() {
    // given: the partner PARTNERS_WITH the firm (counted either way)
    ServiceEcosystem eco =
        base()
            .relate(PARTNER, RelationType.PARTNERS_WITH, FIRM)
            .relate(FIRM, RelationType.SERVES, ANN, 0.5)
            .relate(PARTNER, RelationType.INFLUENCES, ANN, 0.25)
            .relate(X1, RelationType.INFLUENCES, ANN, 0.25)
            .relate(X2, RelationType.SERVES, ANN, 0.5)
            .relate(FIRM, RelationType.SERVES, BEN, 1.0)
            .relate(PARTNER, RelationType.SERVES, BEN, 0.5)
            .relate(CAT, RelationType.SERVES, FIRM)
            .build();

    // when
    Scores scores = batch(new EcosystemReach(), eco, FIRM, COHORT);

    // then
    // ann: reached firm 0.5 + partner 0.25 of 0.5 + 0.25 + 0.25 + 0.5 = 1.5: 0.75 / 1.5 = 0.5;
    // misfit x1 0.25 (INFLUENCES, first) and x2 0.5: x2 0.5 / 0.75, x1 0.25 / 0.75
    assertThat(scores.value(0)).isEqualTo(0.5);
    assertThat(scores.topFactors(0))
        .containsExactly(
            new Contribution("actor x2", 0.5 / 0.75), new Contribution("actor x1", 0.25 / 0.75));
    // ben: firm 1.0 and partner 0.5 are the whole reach: 1
    assertThat(scores.value(1)).isEqualTo(1.0);
    assertThat(scores.topFactors(1)).isEmpty();
    // cat serves the firm, but nothing reaches cat
    assertThat(scores.reason(2))
        .contains(
            "No INFLUENCES or SERVES relation reaches the customer, so there is no reach to"
                + " share.");
  }

  @Test
  void ecosystem_reach_prepares_a_provider_with_many_partners_once_for_every_chunk() {
    // given: the firm has 600 partners, half of them naming it; partner j % 600 serves customer j
    // with 0.75, and x1, no partner, influences customer j with 0.25
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM, X1);
    List<Actor> partners = partners(b);
    for (int m = 0; m < RELATIONS; m++) {
      Actor partner = partners.get(m);
      b.relate(
          m % 2 == 0 ? partner : FIRM, RelationType.PARTNERS_WITH, m % 2 == 0 ? FIRM : partner);
    }
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      b.relate(partners.get(j % RELATIONS), RelationType.SERVES, customers.get(j), 0.75)
          .relate(X1, RelationType.INFLUENCES, customers.get(j), 0.25);
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new EcosystemReach(), eco, FIRM, customers);

    // then: 0.75 / (0.25 + 0.75) = 0.75, x1 the whole misfit
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(0.75);
      assertThat(scores.topFactors(j)).containsExactly(new Contribution("actor x1", 1.0));
    }
  }

  // ---------------------------------------------------------------- institutional

  @Test
  void institutional_batch_gives_the_weighted_jaccard_per_customer() {
    // given: the firm ADHERES_TO i1 0.5 and i2 1.0; the bare provider to nothing
    Institution i1 = Institution.of("i1", "I1", InstitutionKind.NORM);
    Institution i2 = Institution.of("i2", "I2", InstitutionKind.NORM);
    Institution i3 = Institution.of("i3", "I3", InstitutionKind.NORM);
    ServiceEcosystem eco =
        base()
            .add(i1, i2, i3)
            .relate(FIRM, RelationType.ADHERES_TO, i2, 1.0)
            .relate(FIRM, RelationType.ADHERES_TO, i1, 0.5)
            .relate(ANN, RelationType.ADHERES_TO, i3, 0.5)
            .relate(ANN, RelationType.ADHERES_TO, i1, 0.5)
            .relate(BEN, RelationType.ADHERES_TO, i1, 0.5)
            .relate(BEN, RelationType.ADHERES_TO, i2, 1.0)
            .build();

    // when
    Scores firm = batch(new Institutional(), eco, FIRM, COHORT);
    Scores bare = batch(new Institutional(), eco, BARE, COHORT);

    // then
    // ann:  i1 min 0.5 max 0.5 |0|, i2 min 0 max 1.0 |1.0|, i3 min 0 max 0.5 |0.5|
    //       Σ min / Σ max = 0.5 / 2.0 = 0.25; misfit 1.5: i2 1.0 / 1.5, i3 0.5 / 1.5
    assertThat(firm.value(0)).isEqualTo(0.25);
    assertThat(firm.topFactors(0))
        .containsExactly(
            new Contribution("institution i2", 1.0 / 1.5),
            new Contribution("institution i3", 0.5 / 1.5));
    // ben adheres as the firm does: 1.5 / 1.5 = 1
    assertThat(firm.value(1)).isEqualTo(1.0);
    assertThat(firm.topFactors(1)).isEmpty();
    // cat adheres to nothing: 0 / 1.5 = 0; misfit i1 0.5, i2 1.0 of 1.5
    assertThat(firm.value(2)).isEqualTo(0.0);
    assertThat(firm.topFactors(2))
        .containsExactly(
            new Contribution("institution i2", 1.0 / 1.5),
            new Contribution("institution i1", 0.5 / 1.5));
    // against the bare provider: ann 0 / 1.0 = 0, i1 and i3 tie in the order of their ids;
    // cat and the bare provider adhere to nothing
    assertThat(bare.value(0)).isEqualTo(0.0);
    assertThat(bare.topFactors(0))
        .containsExactly(
            new Contribution("institution i1", 0.5), new Contribution("institution i3", 0.5));
    assertThat(bare.reason(2))
        .contains(
            "Neither the customer nor the provider adheres to any institution (no ADHERES_TO"
                + " relation).");
  }

  @Test
  void institutional_prepares_a_provider_with_many_institutions_once_for_every_chunk() {
    // given: the firm adheres to 64 institutions with 0.5; customer j to institution j % 64, 1.0
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM);
    List<Institution> institutions = new ArrayList<>();
    for (int m = 0; m < INSTITUTIONS; m++) {
      Institution k = Institution.of(String.format("k%06d", m), "K", InstitutionKind.NORM);
      institutions.add(k);
      b.add(k).relate(FIRM, RelationType.ADHERES_TO, k, 0.5);
    }
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      b.relate(customers.get(j), RelationType.ADHERES_TO, institutions.get(j % INSTITUTIONS), 1.0);
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new Institutional(), eco, FIRM, customers);

    // then: for customer j, min 0.5 and max 1.0 at its institution, min 0 and max 0.5 at the 63
    // others: 0.5 / (0.5 · 63 + 1.0) = 0.5 / 32.5, exact in doubles; every |c − p| is 0.5, so the
    // top three factors are the first three institutions by id
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(0.5 / 32.5);
      assertThat(scores.topFactors(j))
          .extracting(Contribution::factor)
          .containsExactly("institution k000000", "institution k000001", "institution k000002");
    }
  }

  // ---------------------------------------------------------------- partnership

  @Test
  void partnership_batch_gives_the_four_conditions_per_customer() {
    // given
    ServiceEcosystem eco =
        base()
            .relate(FIRM, RelationType.PARTNERS_WITH, PARTNER)
            .relate(FIRM, RelationType.SERVES, ANN, 1.0)
            .relate(ANN, RelationType.SERVES, FIRM, 0.5)
            .relate(PARTNER, RelationType.SERVES, ANN, 0.5)
            .relate(X1, RelationType.SERVES, ANN, 0.5)
            .relate(FIRM, RelationType.SERVES, BEN, 0.5)
            .relate(BEN, RelationType.SERVES, FIRM, 0.5)
            .relate(PARTNER, RelationType.SERVES, BEN, 0.5)
            .relate(X1, RelationType.SERVES, CAT, 0.5)
            .build();

    // when
    Scores scores = batch(new Partnership(), eco, FIRM, COHORT);

    // then: no PARTNERS_WITH between firm and customer (W = 0), no operant resource (E = 0), no
    // activity (K = 0, co-production 1/4 of the misfit); the firm's partner pa, tie 1: S_p = 1
    // ann: R = 0.5 / 1.0 = 0.5, T = 0.25; the customer's partners pa 0.5 and x1 0.5:
    //      S_c = 1 − 0.5 · 0.5 = 0.75, N = (1 + 0.75) / 2 = 0.875; (0.25 + 0.875) / 4 = 0.28125;
    //      misfit 0.71875: co-production 0.25, then partnership tie and provider's expertise
    //      0.125 each (customer's expertise ties with them, fourth in the metric's order)
    assertThat(scores.value(0)).isEqualTo(0.28125);
    assertThat(scores.topFactors(0))
        .extracting(Contribution::factor)
        .containsExactly("co-production", "partnership tie", "provider's expertise");
    assertThat(scores.topFactors(0).get(0).share()).isCloseTo(0.25 / 0.71875, within(1e-12));
    // ben: R = 1, T = 0.5; pa 0.5: S_c = 0.5, N = 0.75; (0.5 + 0.75) / 4 = 0.3125
    assertThat(scores.value(1)).isEqualTo(0.3125);
    assertThat(scores.topFactors(1).get(0).share()).isCloseTo(0.25 / 0.6875, within(1e-12));
    // cat and the firm have no tie
    assertThat(scores.reason(2))
        .contains(
            "Neither party SERVES the other and neither PARTNERS_WITH the other, so there is no"
                + " relationship whose partnership could be judged.");
  }

  @Test
  void partnership_prepares_a_provider_with_many_partners_once_for_every_chunk() {
    // given: the firm has 600 partners; it serves customer j with 0.5, j serves it back with 0.5,
    // partner j % 600 serves j with 0.5 and x1, no partner, with 0.5
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM, X1);
    List<Actor> partners = partners(b);
    for (Actor partner : partners) {
      b.relate(FIRM, RelationType.PARTNERS_WITH, partner);
    }
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      Actor c = customers.get(j);
      b.relate(FIRM, RelationType.SERVES, c, 0.5)
          .relate(c, RelationType.SERVES, FIRM, 0.5)
          .relate(partners.get(j % RELATIONS), RelationType.SERVES, c, 0.5)
          .relate(X1, RelationType.SERVES, c, 0.5);
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new Partnership(), eco, FIRM, customers);

    // then: R = 1, W = 0: T = 0.5; E = K = 0; the firm's 600 partners, ties 1: S_p = 1; partner
    // j % 600 and x1 serve j: S_c = 1 − 0.5 · 0.5 = 0.75; N = 0.875; (0.5 + 0.875) / 4 = 0.34375,
    // exact in doubles
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(0.34375);
      assertThat(scores.topFactors(j))
          .extracting(Contribution::factor)
          .containsExactly("co-production", "partnership tie", "provider's expertise");
    }
  }

  // ---------------------------------------------------------------- knowledge-symmetry

  @Test
  void knowledge_symmetry_batch_gives_the_mean_knowledge_per_customer() {
    // given: the firm's own logic: functional 0.5, emotional 0.5, equal weights
    Profile offering = profile(0.5, 0.5);
    Profile annOwn = profile(1.0, 0.5);
    Profile image = Profile.builder().level(Dimension.FUNCTIONAL, 0.5).build();
    ServiceEcosystem eco =
        base()
            .perspective(FIRM, FIRM, offering)
            .perspective(ANN, ANN, annOwn)
            .perspective(FIRM, ANN, profile(0.5, 0.5))
            .perspective(ANN, FIRM, image)
            .perspective(BEN, BEN, annOwn)
            .perspective(FIRM, BEN, annOwn)
            .perspective(BEN, FIRM, offering)
            .perspective(CAT, CAT, annOwn)
            .build();

    // when
    Scores scores = batch(new KnowledgeSymmetry(), eco, FIRM, COHORT);

    // then
    // ann: the firm's model misses functional by 0.5 (weight 1 of 2): 1 − 0.5 / 2 = 0.75;
    //      ann's image lacks emotional (deviation 1): 1 − 1 / 2 = 0.5; (0.75 + 0.5) / 2 = 0.625
    //      misfit w d / (2 Σ w): functional (model) 0.5 / 4 = 0.125, emotional (image) 1 / 4
    //      = 0.25, of 0.375
    assertThat(scores.value(0)).isEqualTo(0.625);
    assertThat(scores.topFactors(0))
        .containsExactly(
            new Contribution("emotional (customer's image of the provider)", 0.25 / 0.375),
            new Contribution("functional (provider's model of the customer)", 0.125 / 0.375));
    // ben: model and image are exact
    assertThat(scores.value(1)).isEqualTo(1.0);
    assertThat(scores.topFactors(1)).isEmpty();
    // cat has only its own logic
    assertThat(scores.reason(2))
        .contains(
            "Knowledge symmetry needs all four perspectives, but the provider's model of the"
                + " customer (provider, customer), the customer's image of the provider (customer,"
                + " provider) are missing.");
  }

  @Test
  void knowledge_symmetry_names_every_missing_perspective_in_the_batch() {
    // given: the firm has no own logic; ann has all the rest, dan nothing
    ServiceEcosystem eco =
        base()
            .add(DAN)
            .perspective(ANN, ANN, profile(1.0, 0.5))
            .perspective(FIRM, ANN, profile(0.5, 0.5))
            .perspective(ANN, FIRM, profile(0.5, 0.5))
            .build();

    // when
    Scores scores = batch(new KnowledgeSymmetry(), eco, FIRM, List.of(ANN, DAN));

    // then
    assertThat(scores.reason(0))
        .contains(
            "Knowledge symmetry needs all four perspectives, but the provider's own logic"
                + " (provider, provider) is missing.");
    assertThat(scores.reason(1))
        .contains(
            "Knowledge symmetry needs all four perspectives, but the customer's own logic"
                + " (customer, customer), the provider's model of the customer (provider,"
                + " customer), the provider's own logic (provider, provider), the customer's image"
                + " of the provider (customer, provider) are missing.");
  }

  @Test
  void knowledge_symmetry_prepares_a_provider_with_many_dimensions_once_for_every_chunk() {
    // given: the firm's own logic has 40 dimensions at 0.5; each customer's image of it only the
    // first 20 of them, at 0.5; each customer's own logic and the firm's model of it are equal
    Profile.Builder offer = Profile.builder();
    Profile.Builder half = Profile.builder();
    for (int d = 0; d < 40; d++) {
      offer.level(Dimension.of(String.format("d%02d", d)), 0.5, 1.0);
      if (d < 20) {
        half.level(Dimension.of(String.format("d%02d", d)), 0.5, 1.0);
      }
    }
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder().add(FIRM).perspective(FIRM, FIRM, offer.build());
    List<Actor> customers = customers(b);
    Profile own = profile(0.25, 0.75);
    Profile image = half.build();
    for (Actor c : customers) {
      b.perspective(c, c, own).perspective(FIRM, c, own).perspective(c, FIRM, image);
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new KnowledgeSymmetry(), eco, FIRM, customers);

    // then: the firm knows each customer exactly (1); each customer misses 20 of 40 equally
    // weighted dimensions by 1: 1 − 20 / 40 = 0.5; (1 + 0.5) / 2 = 0.75; the misfit is shared
    // equally by d20..d39 (image), ties in the offering's order
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(0.75);
      assertThat(scores.topFactors(j))
          .extracting(Contribution::factor)
          .containsExactly(
              "d20 (customer's image of the provider)",
              "d21 (customer's image of the provider)",
              "d22 (customer's image of the provider)");
    }
  }

  // ---------------------------------------------------------------- emotional

  @Test
  void emotional_batch_gives_the_mean_emotional_closeness_per_customer() {
    // given: the firm operates t1 and t2, not t3
    ServiceEcosystem eco =
        touchpoints()
            .episode(episode(ANN, T2, 2, Emotion.NEUTRAL, Emotion.of(0.5, 0, 0), null))
            .episode(episode(ANN, T1, 1, Emotion.NEUTRAL, Emotion.of(1, 0, 0), null))
            .episode(episode(ANN, T3, 3, Emotion.NEUTRAL, Emotion.of(-1, -1, -1), null))
            .episode(episode(ANN, T1, 4, Emotion.NEUTRAL, null, null))
            .episode(episode(BEN, T1, 1, CALM, CALM, null))
            .episode(episode(CAT, T2, 1, null, null, null))
            .episode(episode(DAN, T3, 1, Emotion.NEUTRAL, Emotion.NEUTRAL, null))
            .build();

    // when
    Scores scores = batch(new EmotionalAttunement(), eco, FIRM, List.of(ANN, BEN, CAT, DAN));
    Scores bare = batch(new EmotionalAttunement(), eco, BARE, List.of(ANN, BEN));

    // then
    // ann is neutral, so the attuned response is neutral too, and the farthest corner lies √3
    // from it: at t1 (day 1) distance 1, at t2 (day 2) 0.5; t3 is not the firm's, day 4 lacks the
    //      firm's emotion: 1 − (1 / √3 + 0.5 / √3) / 2; misfit t1 1 and t2 0.5 of 1.5
    assertThat(scores.value(0))
        .isEqualTo(1 - (1 / Math.sqrt(3) + 0.5 / Math.sqrt(3)) / 2);
    assertThat(scores.topFactors(0))
        .containsExactly(
            new Contribution("touchpoint t1", 1 / 1.5),
            new Contribution("touchpoint t2", 0.5 / 1.5));
    // ben: equal emotions
    assertThat(scores.value(1)).isEqualTo(1.0);
    assertThat(scores.topFactors(1)).isEmpty();
    // cat: one episode, no emotion; dan: only at t3
    assertThat(scores.reason(2))
        .contains(
            "None of the customer's 1 episode at the provider's touchpoints has the emotions of"
                + " both sides recorded: the customer's emotion is missing from 1, the provider's"
                + " from 1.");
    assertThat(scores.reason(3))
        .contains("The customer has no episode at a touchpoint the provider operates.");
    assertThat(bare.reason(0))
        .contains(
            "The provider operates no touchpoint (no OPERATES relation), so no episode is shared.");
  }

  @Test
  void emotional_prepares_a_provider_with_many_touchpoints_once_for_every_chunk() {
    // given: the firm operates 600 touchpoints; customer j has one episode at touchpoint j % 600
    // with distance 1 and one at t1, which the firm does not operate
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM, T1);
    List<Touchpoint> operated = operated(b);
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      Touchpoint t = operated.get(j % RELATIONS);
      b.episode(episode(customers.get(j), t, 1, Emotion.NEUTRAL, Emotion.of(0, 1, 0), null));
      b.episode(episode(customers.get(j), T1, 2, Emotion.NEUTRAL, Emotion.of(0, -1, 0), null));
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new EmotionalAttunement(), eco, FIRM, customers);

    // then: the customers are neutral, so the attuned response is neutral and the farthest
    // corner lies √3 from it: 1 − (1 / √3) / 1, touchpoint j the whole misfit
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(1 - 1 / Math.sqrt(3) / 1);
      assertThat(scores.topFactors(j))
          .containsExactly(
              new Contribution(String.format("touchpoint u%06d", j % RELATIONS), 1.0));
    }
  }

  // ---------------------------------------------------------------- recognition

  @Test
  void recognition_batch_gives_the_acknowledged_share_per_customer() {
    // given: the firm operates t1 and t2; episodes given out of time order
    ServiceEcosystem eco =
        touchpoints()
            .episode(episode(ANN, T1, 3, null, null, Initiative.CUSTOMER))
            .episode(acknowledged(ANN, T1, 1))
            .episode(episode(ANN, T2, 2, null, null, Initiative.CUSTOMER))
            .episode(episode(ANN, T2, 4, null, null, Initiative.PROVIDER))
            .episode(episode(ANN, T3, 5, null, null, Initiative.CUSTOMER))
            .episode(acknowledged(BEN, T2, 1))
            .episode(episode(CAT, T1, 1, null, null, Initiative.PROVIDER))
            .build();

    // when
    Scores scores = batch(new Recognition(), eco, FIRM, COHORT);

    // then
    // ann: customer initiatives at t1 day 1 (acknowledged), t2 day 2, t1 day 3 (t3 is not the
    //      firm's, day 4 was the firm's initiative): 1 / 3; t2 and t1 one unacknowledged each,
    //      t2 first in time
    assertThat(scores.value(0)).isEqualTo(1.0 / 3);
    assertThat(scores.topFactors(0))
        .containsExactly(
            new Contribution("touchpoint t2", 0.5), new Contribution("touchpoint t1", 0.5));
    // ben: one initiative, acknowledged
    assertThat(scores.value(1)).isEqualTo(1.0);
    assertThat(scores.topFactors(1)).isEmpty();
    // cat took no initiative
    assertThat(scores.reason(2))
        .contains("The customer took no initiative at a touchpoint the provider operates.");
  }

  @Test
  void recognition_prepares_a_provider_with_many_touchpoints_once_for_every_chunk() {
    // given: the firm operates 600 touchpoints; customer j took two initiatives at touchpoint
    // j % 600, the first acknowledged
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM);
    List<Touchpoint> operated = operated(b);
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      Touchpoint t = operated.get(j % RELATIONS);
      b.episode(acknowledged(customers.get(j), t, 1));
      b.episode(episode(customers.get(j), t, 2, null, null, Initiative.CUSTOMER));
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new Recognition(), eco, FIRM, customers);

    // then: 1 / 2, touchpoint j the whole misfit
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(0.5);
      assertThat(scores.topFactors(j))
          .containsExactly(
              new Contribution(String.format("touchpoint u%06d", j % RELATIONS), 1.0));
    }
  }

  // ---------------------------------------------------------------- identity-safety

  @Test
  void identity_safety_batch_gives_the_accepted_weight_of_the_providers_roles_per_customer() {
    // given: the firm holds the roles r2 (1.0) and r1 (0.5) and the norm n1; the bare provider
    // only the norm
    Institution r1 = Institution.of("r1", "R1", InstitutionKind.ROLE);
    Institution r2 = Institution.of("r2", "R2", InstitutionKind.ROLE);
    Institution n1 = Institution.of("n1", "N1", InstitutionKind.NORM);
    ServiceEcosystem eco =
        base()
            .add(r1, r2, n1)
            .relate(FIRM, RelationType.ADHERES_TO, r2, 1.0)
            .relate(FIRM, RelationType.ADHERES_TO, n1, 1.0)
            .relate(FIRM, RelationType.ADHERES_TO, r1, 0.5)
            .relate(BARE, RelationType.ADHERES_TO, n1, 1.0)
            .relate(ANN, RelationType.ADHERES_TO, r1, 0.5)
            .relate(ANN, RelationType.ADHERES_TO, n1, 0.5)
            .relate(BEN, RelationType.ADHERES_TO, r2, 1.0)
            .relate(BEN, RelationType.ADHERES_TO, r1, 1.0)
            .build();

    // when
    Scores firm = batch(new IdentitySafety(), eco, FIRM, COHORT);
    Scores bare = batch(new IdentitySafety(), eco, BARE, COHORT);

    // then
    // ann: Σ p = 0.5 + 1.0 = 1.5 (r1, r2 in id order); threat 0.5 (1 − 0.5) + 1.0 (1 − 0)
    //      = 0.25 + 1.0 = 1.25; 1 − 1.25 / 1.5; misfit r2 1.0 / 1.25, r1 0.25 / 1.25
    assertThat(firm.value(0)).isEqualTo(1 - 1.25 / 1.5);
    assertThat(firm.topFactors(0))
        .containsExactly(
            new Contribution("institution r2", 1.0 / 1.25),
            new Contribution("institution r1", 0.25 / 1.25));
    // ben accepts both roles fully
    assertThat(firm.value(1)).isEqualTo(1.0);
    assertThat(firm.topFactors(1)).isEmpty();
    // cat accepts neither: 1 − 1.5 / 1.5 = 0, misfit in proportion to p
    assertThat(firm.value(2)).isEqualTo(0.0);
    assertThat(firm.topFactors(2))
        .containsExactly(
            new Contribution("institution r2", 1.0 / 1.5),
            new Contribution("institution r1", 0.5 / 1.5));
    // the bare provider holds no role
    assertThat(bare.reason(0))
        .contains(
            "The provider adheres to no ROLE institution, so no role can threaten the customer's"
                + " identity.");
  }

  @Test
  void identity_safety_prepares_a_provider_with_many_roles_once_for_every_chunk() {
    // given: the firm holds 64 roles with 0.5 each; customer j adheres fully to role j % 64
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM);
    List<Institution> roles = new ArrayList<>();
    for (int m = 0; m < INSTITUTIONS; m++) {
      Institution role = Institution.of(String.format("r%06d", m), "R", InstitutionKind.ROLE);
      roles.add(role);
      b.add(role).relate(FIRM, RelationType.ADHERES_TO, role, 0.5);
    }
    List<Actor> customers = customers(b);
    for (int j = 0; j < MANY; j++) {
      b.relate(customers.get(j), RelationType.ADHERES_TO, roles.get(j % INSTITUTIONS), 1.0);
    }
    ServiceEcosystem eco = b.build();

    // when
    Scores scores = batch(new IdentitySafety(), eco, FIRM, customers);

    // then: Σ p = 0.5 · 64 = 32; the threat is 0.5 for each of the 63 roles other than the
    // customer's own: 31.5 (exact in doubles); 1 − 31.5 / 32; the top factor is the first role by
    // id other than the customer's own
    for (int j = 0; j < MANY; j++) {
      assertThat(scores.value(j)).isEqualTo(1 - 31.5 / 32);
      assertThat(scores.topFactors(j).get(0).factor())
          .isEqualTo(j % INSTITUTIONS == 0 ? "institution r000001" : "institution r000000");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** {@return the scores of a sequential batch}, once every batch agrees with measure */
  private static Scores batch(
      Metric metric, ServiceEcosystem eco, Actor provider, List<Actor> customers) {
    BatchAgreement.assertAgrees(metric, eco, provider, customers, "batch paths");
    return Scoring.sequential().score(metric, Cohort.of(eco, customers), provider);
  }

  private static ServiceEcosystem.Builder base() {
    return ServiceEcosystem.builder().add(FIRM, BARE, PARTNER, X1, X2, ANN, BEN, CAT);
  }

  /** {@return a base ecosystem with t1, t2, t3, of which the firm operates t1 and t2} */
  private static ServiceEcosystem.Builder touchpoints() {
    return base()
        .add(DAN, T1, T2, T3)
        .relate(FIRM, RelationType.OPERATES, T1)
        .relate(FIRM, RelationType.OPERATES, T2);
  }

  /** {@return MANY customers, added to {@code b}} */
  private static List<Actor> customers(ServiceEcosystem.Builder b) {
    List<Actor> customers = new ArrayList<>(MANY);
    for (int j = 0; j < MANY; j++) {
      customers.add(Actor.individual(String.format("c%06d", j), "C"));
    }
    b.add(customers);
    return customers;
  }

  /** {@return 600 partners, added to {@code b}} */
  private static List<Actor> partners(ServiceEcosystem.Builder b) {
    List<Actor> partners = new ArrayList<>(RELATIONS);
    for (int m = 0; m < RELATIONS; m++) {
      partners.add(Actor.organisation(String.format("p%06d", m), "P"));
    }
    b.add(partners);
    return partners;
  }

  /** {@return 600 touchpoints the firm operates, added to {@code b}} */
  private static List<Touchpoint> operated(ServiceEcosystem.Builder b) {
    List<Touchpoint> operated = new ArrayList<>(RELATIONS);
    for (int m = 0; m < RELATIONS; m++) {
      Touchpoint t = touchpoint(String.format("u%06d", m));
      operated.add(t);
      b.add(t).relate(FIRM, RelationType.OPERATES, t);
    }
    return operated;
  }

  private static Profile profile(double functional, double emotional) {
    return Profile.builder()
        .level(Dimension.FUNCTIONAL, functional)
        .level(Dimension.EMOTIONAL, emotional)
        .build();
  }

  private static Touchpoint touchpoint(String id) {
    return Touchpoint.of(id, id, TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  }

  private static Episode episode(
      Actor customer,
      Touchpoint at,
      int day,
      Emotion customerEmotion,
      Emotion providerEmotion,
      Initiative initiative) {
    Episode.Builder e = Episode.builder(customer, at, day(day));
    Optional.ofNullable(customerEmotion).ifPresent(e::customerEmotion);
    Optional.ofNullable(providerEmotion).ifPresent(e::providerEmotion);
    Optional.ofNullable(initiative).ifPresent(e::initiative);
    return e.build();
  }

  private static Episode acknowledged(Actor customer, Touchpoint at, int day) {
    return Episode.builder(customer, at, day(day))
        .initiative(Initiative.CUSTOMER)
        .acknowledged(true)
        .build();
  }

  private static Instant day(int day) {
    return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400L * day);
  }
}
