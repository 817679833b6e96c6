package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Element;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueProposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two equal ecosystems, built in different orders, give every metric's score to the bit, with the
 * same contributions in the same order. The strengths are chosen so that the order of a sum shows in
 * its last bits: (0.1 + 0.2) + 0.3 is 0.6000000000000001, (0.3 + 0.2) + 0.1 is 0.6.
 */
class BuildOrderTest {

  private static final Actor CUSTOMER = Actor.individual("customer", "Customer");
  private static final Actor PROVIDER = Actor.organisation("provider", "Provider");
  private static final Actor PARTNER = Actor.organisation("partner", "Partner");
  private static final Actor ALLY = Actor.organisation("ally", "Ally");
  private static final Actor FRIEND = Actor.individual("friend", "Friend");
  private static final Actor RIVAL = Actor.organisation("rival", "Rival");
  private static final ValueProposition OFFER = ValueProposition.of("offer", "Offer");
  private static final Touchpoint APP =
      Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  private static final Touchpoint PHONE =
      Touchpoint.of("phone", "Phone", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  private static Activity activity(int k) {
    return Activity.of("a" + k, "Activity " + k);
  }

  private static Institution institution(int k) {
    return Institution.of(
        "i" + k, "Institution " + k, k % 2 == 0 ? InstitutionKind.ROLE : InstitutionKind.NORM);
  }

  private static Episode episode(Touchpoint at, double pleasure, boolean acknowledged) {
    return Episode.builder(CUSTOMER, at, NOON)
        .initiative(Initiative.CUSTOMER)
        .acknowledged(acknowledged)
        .customerEmotion(Emotion.of(pleasure, 0, 0))
        .providerEmotion(Emotion.of(0, 0, 0))
        .build();
  }

  /** The elements, the relations and the episodes, each one step, in the order written. */
  private static List<Consumer<ServiceEcosystem.Builder>> elements() {
    List<Element> all = new ArrayList<>(List.of(CUSTOMER, PROVIDER, PARTNER, ALLY, FRIEND, RIVAL));
    all.add(OFFER);
    all.add(APP);
    all.add(PHONE);
    for (int k = 1; k <= 5; k++) {
      all.add(activity(k));
      all.add(institution(k));
    }
    List<Consumer<ServiceEcosystem.Builder>> steps = new ArrayList<>();
    for (Element e : all) {
      steps.add(b -> b.add(e));
    }
    return steps;
  }

  private static List<Consumer<ServiceEcosystem.Builder>> rest() {
    double[] s = {0.1, 0.2, 0.3, 0.7, 0.6};
    List<Consumer<ServiceEcosystem.Builder>> steps = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      int i = k;
      // activity-coverage: a1, a3 supported directly, a2 through the offer; a4, a5 not
      steps.add(b -> b.relate(CUSTOMER, RelationType.PERFORMS, activity(i), s[i - 1]));
      // institutional and identity-safety: i1..i4 for the customer, i1..i5 for the provider
      if (i <= 4) {
        steps.add(b -> b.relate(CUSTOMER, RelationType.ADHERES_TO, institution(i), s[i - 1]));
      }
      steps.add(b -> b.relate(PROVIDER, RelationType.ADHERES_TO, institution(i), s[5 - i]));
    }
    steps.add(b -> b.relate(PROVIDER, RelationType.SUPPORTS, activity(1)));
    steps.add(b -> b.relate(PROVIDER, RelationType.SUPPORTS, activity(3)));
    steps.add(b -> b.relate(PROVIDER, RelationType.OFFERS, OFFER));
    steps.add(b -> b.relate(OFFER, RelationType.SUPPORTS, activity(2)));
    // ecosystem-reach and partnership
    steps.add(b -> b.relate(PROVIDER, RelationType.SERVES, CUSTOMER, 0.1));
    steps.add(b -> b.relate(PARTNER, RelationType.SERVES, CUSTOMER, 0.2));
    steps.add(b -> b.relate(ALLY, RelationType.SERVES, CUSTOMER, 0.3));
    steps.add(b -> b.relate(RIVAL, RelationType.SERVES, CUSTOMER, 0.7));
    steps.add(b -> b.relate(FRIEND, RelationType.INFLUENCES, CUSTOMER, 0.6));
    steps.add(b -> b.relate(ALLY, RelationType.INFLUENCES, CUSTOMER, 0.3));
    steps.add(b -> b.relate(RIVAL, RelationType.INFLUENCES, CUSTOMER, 0.1));
    steps.add(b -> b.relate(PARTNER, RelationType.INFLUENCES, CUSTOMER, 0.2));
    steps.add(b -> b.relate(CUSTOMER, RelationType.SERVES, PROVIDER, 0.3));
    steps.add(b -> b.relate(PROVIDER, RelationType.PARTNERS_WITH, PARTNER));
    steps.add(b -> b.relate(ALLY, RelationType.PARTNERS_WITH, PROVIDER));
    // the profile metrics and knowledge-symmetry
    Profile own = Profile.builder().level(Dimension.FUNCTIONAL, 0.9).level(Dimension.SOCIAL, 0.2)
        .build();
    Profile offering = Profile.builder().level(Dimension.FUNCTIONAL, 0.5).build();
    steps.add(b -> b.perspective(CUSTOMER, CUSTOMER, own));
    steps.add(b -> b.perspective(PROVIDER, PROVIDER, offering));
    steps.add(b -> b.perspective(CUSTOMER, PROVIDER, offering));
    steps.add(b -> b.perspective(PROVIDER, CUSTOMER, own));
    // emotional and recognition: eight episodes at the same instant, the provider neutral, their
    // misfits p / √((1 + p)² + 1 + 1) for the customer's pleasures p, summed in different orders
    // (summed in different orders, they would differ in the last bits)
    steps.add(b -> b.relate(PROVIDER, RelationType.OPERATES, APP));
    steps.add(b -> b.relate(PROVIDER, RelationType.OPERATES, PHONE));
    double[] pleasures = {0.1, 0.2, 0.3, 0.7, 0.6, 0.45, 0.9, 0.35};
    for (int k = 0; k < pleasures.length; k++) {
      Episode e = episode(k % 3 == 0 ? APP : PHONE, pleasures[k], k % 2 == 0);
      steps.add(b -> b.episode(e));
    }
    return steps;
  }

  private static ServiceEcosystem build(long seed) {
    List<Consumer<ServiceEcosystem.Builder>> elements = elements();
    List<Consumer<ServiceEcosystem.Builder>> rest = rest();
    if (seed < 0) {
      Collections.reverse(elements);
      Collections.reverse(rest);
    } else if (seed > 0) {
      Collections.shuffle(elements, new Random(seed));
      Collections.shuffle(rest, new Random(seed));
    }
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
    elements.forEach(step -> step.accept(builder));
    rest.forEach(step -> step.accept(builder));
    return builder.build();
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void equal_ecosystems_built_in_different_orders_should_score_the_same_bits(long seed) {
    // given
    ServiceEcosystem written = build(0);
    ServiceEcosystem other = build(seed);
    assertThat(other).isEqualTo(written);
    // when, then
    for (Metric metric : Metrics.registry().metrics()) {
      Score want = metric.measure(new Dyad(written, CUSTOMER, PROVIDER));
      Score got = metric.measure(new Dyad(other, CUSTOMER, PROVIDER));
      String what = metric.name() + ", order " + seed;
      assertThat(want.isDefined()).as(what + " is defined").isTrue();
      assertThat(Double.doubleToRawLongBits(got.value()))
          .as(what + ": " + got.value() + " vs " + want.value())
          .isEqualTo(Double.doubleToRawLongBits(want.value()));
      assertThat(got.contributions()).as(what).isEqualTo(want.contributions());
      assertThat(got.explanation()).as(what).isEqualTo(want.explanation());
    }
  }
}
