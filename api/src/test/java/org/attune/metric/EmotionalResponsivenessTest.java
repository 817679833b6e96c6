package org.attune.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.attunement.EmotionalAttunement;
import org.attune.model.Actor;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.JourneyStage;
import org.attune.model.Mood;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.junit.jupiter.api.Test;

/**
 * The {@code emotional} metric as responsiveness (Ashworth, Longmate &amp; Morrison 1992: empathy for
 * the other's concern, not the same emotion), on the anxious patient of the alignment essay: one
 * patient, two clinicians, one as anxious as she is, one calm, warm and confident.
 */
class EmotionalResponsivenessTest {

  private static final Actor PATIENT = Actor.individual("patient", "Patient");
  private static final Actor ANXIOUS_DOCTOR = Actor.organisation("anxious", "Anxious clinician");
  private static final Actor CALM_DOCTOR = Actor.organisation("calm", "Calm clinician");
  private static final Touchpoint WARD =
      Touchpoint.of("ward", "Ward", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  private static final Touchpoint CONSULT =
      Touchpoint.of("consult", "Consultation", TouchpointOwnership.BRAND_OWNED,
          JourneyStage.PURCHASE);
  private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

  /** The anxious patient: displeased, aroused, not in control (the ANXIOUS octant). */
  private static final Emotion ANXIOUS = Emotion.of(-0.5, 0.8, -0.5);
  /** The reassuring clinician: warm, calm, confident. */
  private static final Emotion REASSURING = Emotion.of(0.5, -0.2, 0.6);

  private static ServiceEcosystem anxiousPatient() {
    return ServiceEcosystem.builder()
        .add(PATIENT, ANXIOUS_DOCTOR, CALM_DOCTOR, WARD, CONSULT)
        .relate(ANXIOUS_DOCTOR, RelationType.OPERATES, WARD)
        .relate(CALM_DOCTOR, RelationType.OPERATES, CONSULT)
        .episode(Episode.builder(PATIENT, WARD, MORNING).customerEmotion(ANXIOUS)
            .providerEmotion(ANXIOUS).build())
        .episode(Episode.builder(PATIENT, CONSULT, MORNING).customerEmotion(ANXIOUS)
            .providerEmotion(REASSURING).build())
        .build();
  }

  @Test
  void an_equally_anxious_clinician_is_poorly_attuned_to_an_anxious_patient() {
    // given: the patient E_c = (−0.5, 0.8, −0.5); the attuned response R(E_c):
    //   pleasure |−0.5| = 0.5 (warmth); arousal 0.8 − 2 · 0.8 · 0.5 = 0 (calm where she is
    //   aroused in displeasure); dominance |−0.5| = 0.5 (confidence where she has none)
    //   R = (0.5, 0, 0.5); the farthest corner of the cube from R is (−1, 1, −1), at
    //   M = √(1.5² + 1² + 1.5²) = √5.5
    // the anxious clinician E_p = (−0.5, 0.8, −0.5): E_p − R = (−1, 0.8, −1),
    //   ‖·‖ = √(1 + 0.64 + 1) = √2.64; score 1 − √2.64 / √5.5 = 1 − √0.48 = 0.3071796769724491
    ServiceEcosystem eco = anxiousPatient();

    // when
    Score score = new EmotionalAttunement().measure(new Dyad(eco, PATIENT, ANXIOUS_DOCTOR));

    // then: matching her emotion is not attuning to it
    ScoreAssert.assertThat(score)
        .hasValue(1 - Math.sqrt(0.48))
        .hasContributions("touchpoint ward", 1.0)
        .hasExplanationContaining("Over 1 shared episode");
    assertThat(score.value()).isLessThan(0.35);
  }

  @Test
  void a_calm_warm_confident_clinician_is_well_attuned_to_the_same_anxious_patient() {
    // given: R = (0.5, 0, 0.5) and M = √5.5 as above; the reassuring clinician
    //   E_p = (0.5, −0.2, 0.6): E_p − R = (0, −0.2, 0.1), ‖·‖ = √0.05;
    //   score 1 − √0.05 / √5.5 = 1 − √(1/110) = 1 − 0.0953462589245592 = 0.9046537410754408
    ServiceEcosystem eco = anxiousPatient();

    // when
    Score score = new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR));

    // then
    ScoreAssert.assertThat(score)
        .hasValue(1 - Math.sqrt(1.0 / 110))
        .hasContributions("touchpoint consult", 1.0)
        .hasExplanationContaining("the provider's emotions lie 0.10 of the widest possible gap from"
            + " the attuned response");
    assertThat(score.value()).isGreaterThan(0.8);
  }

  @Test
  void a_shared_joy_is_attunement() {
    // given: a pleased, lively, confident customer E_c = (0.8, 0.6, 0.4): nothing to regulate,
    //   R = E_c; the farthest corner (−1, −1, −1) at M = √(1.8² + 1.6² + 1.4²) = √7.76
    //   the provider E_p = (0.7, 0.5, 0.4): E_p − R = (−0.1, −0.1, 0), ‖·‖ = √0.02
    //   score 1 − √(0.02 / 7.76) = 1 − 0.0507673... = 0.9492326...
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(PATIENT, CALM_DOCTOR, CONSULT)
            .relate(CALM_DOCTOR, RelationType.OPERATES, CONSULT)
            .episode(Episode.builder(PATIENT, CONSULT, MORNING)
                .customerEmotion(Emotion.of(0.8, 0.6, 0.4))
                .providerEmotion(Emotion.of(0.7, 0.5, 0.4)).build())
            .build();

    // when
    Score score = new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR));

    // then
    ScoreAssert.assertThat(score).hasValue(1 - Math.sqrt(0.02 / 7.76));
  }

  @Test
  void the_attuned_response_shares_pleasure_and_regulates_distress() {
    // pleased states are shared as they are
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(0.8, 0.6, 0.4)))
        .isEqualTo(Emotion.of(0.8, 0.6, 0.4));
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(0.3, -0.2, 0.1)))
        .isEqualTo(Emotion.of(0.3, -0.2, 0.1));
    // a dependent customer (+P +A −D) is lent confidence: (0.4, 0.5, |−0.6|)
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(0.4, 0.5, -0.6)))
        .isEqualTo(Emotion.of(0.4, 0.5, 0.6));
    // full displeasure in full arousal and no control is answered by full warmth, calm and
    // confidence: (1, 1 − 2 · 1 · 1, 1) = (1, −1, 1)
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(-1, 1, -1)))
        .isEqualTo(Emotion.of(1, -1, 1));
    // a sad, calm customer (−P −A −D) keeps her calm: (0.6, −0.5, 0.5)
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(-0.6, -0.5, -0.5)))
        .isEqualTo(Emotion.of(0.6, -0.5, 0.5));
    // the arousal answer is continuous across neutral pleasure: 0.8 at p = 0 and 0.8 · (1 − 2 ·
    // 0.01) = 0.784 at p = −0.01, not a jump to −0.8
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(0, 0.8, 0)).arousal())
        .isEqualTo(0.8);
    assertThat(EmotionalAttunement.attunedResponse(Emotion.of(-0.01, 0.8, 0)).arousal())
        .isCloseTo(0.784, within(1e-12));
  }

  @Test
  void every_episode_scores_in_0_to_1_and_the_worst_response_scores_0() {
    // given: the customer at (−1, 1, −1), R = (1, −1, 1); the provider at the opposite corner
    //   (−1, 1, −1): ‖E_p − R‖ = √12 = M; score 1 − 1 = 0
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(PATIENT, CALM_DOCTOR, CONSULT, WARD)
            .relate(CALM_DOCTOR, RelationType.OPERATES, CONSULT)
            .relate(CALM_DOCTOR, RelationType.OPERATES, WARD)
            .episode(Episode.builder(PATIENT, CONSULT, MORNING)
                .customerEmotion(Emotion.of(-1, 1, -1))
                .providerEmotion(Emotion.of(-1, 1, -1)).build())
            .build();

    // when, then
    ScoreAssert.assertThat(new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR)))
        .hasValue(0.0);
    // and over a grid of customer and provider states, every score lies in [0, 1]
    double[] grid = {-1, -0.5, 0, 0.5, 1};
    for (double p : grid) {
      for (double a : grid) {
        for (double d : grid) {
          Emotion customer = Emotion.of(p, a, d);
          for (Emotion provider : List.of(Emotion.of(-1, -1, -1), Emotion.of(1, 1, 1),
              Emotion.of(-1, 1, -1), Emotion.of(1, -1, 1), Emotion.NEUTRAL, customer)) {
            ServiceEcosystem one = eco.toBuilder()
                .episode(Episode.builder(PATIENT, WARD, MORNING.plusSeconds(60))
                    .customerEmotion(customer).providerEmotion(provider).build())
                .build();
            double value =
                new EmotionalAttunement().measure(new Dyad(one, PATIENT, CALM_DOCTOR)).value();
            // the mean with the first episode's 0: at most 0.5
            assertThat(value).as("%s against %s", customer, provider).isBetween(0.0, 0.5);
          }
        }
      }
    }
  }

  @Test
  void the_reason_says_whose_emotion_is_missing() {
    // given: the patient's episodes at the consultation lack the provider's emotion (one), the
    // customer's (another), or both (a third)
    Episode noProvider = Episode.builder(PATIENT, CONSULT, MORNING).customerEmotion(ANXIOUS).build();
    Episode noCustomer = Episode.builder(PATIENT, CONSULT, MORNING.plusSeconds(60))
        .providerEmotion(REASSURING).build();
    Episode neither = Episode.builder(PATIENT, CONSULT, MORNING.plusSeconds(120)).build();
    ServiceEcosystem.Builder base =
        ServiceEcosystem.builder()
            .add(PATIENT, CALM_DOCTOR, CONSULT)
            .relate(CALM_DOCTOR, RelationType.OPERATES, CONSULT);

    // when, then
    assertThat(reason(base.build().toBuilder().episode(noProvider).build()))
        .isEqualTo("None of the customer's 1 episode at the provider's touchpoints has the emotions"
            + " of both sides recorded: the provider's emotion is missing from 1.");
    assertThat(reason(base.build().toBuilder().episode(noCustomer).build()))
        .isEqualTo("None of the customer's 1 episode at the provider's touchpoints has the emotions"
            + " of both sides recorded: the customer's emotion is missing from 1.");
    assertThat(reason(base.build().toBuilder().episode(noProvider).episode(noCustomer)
            .episode(neither).build()))
        .isEqualTo("None of the customer's 3 episodes at the provider's touchpoints has the"
            + " emotions of both sides recorded: the customer's emotion is missing from 2, the"
            + " provider's from 2.");
  }

  private static String reason(ServiceEcosystem eco) {
    return new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR)).reason()
        .orElseThrow();
  }

  @Test
  void many_episodes_of_the_same_encounter_score_as_one() {
    // given: the anxious patient meets the anxious clinician on twelve mornings
    ServiceEcosystem.Builder b = anxiousPatient().toBuilder();
    for (int day = 1; day <= 12; day++) {
      b.episode(Episode.builder(PATIENT, WARD, MORNING.plusSeconds(86_400L * day))
          .customerEmotion(ANXIOUS).providerEmotion(ANXIOUS).build());
    }

    // when, then: the mean of thirteen misfits of √0.48 each is √0.48
    ScoreAssert.assertThat(
            new EmotionalAttunement().measure(new Dyad(b.build(), PATIENT, ANXIOUS_DOCTOR)))
        .hasValue(1 - Math.sqrt(0.48))
        .hasExplanationContaining("Over 13 shared episodes");
  }

  @Test
  void the_batch_path_agrees_with_measure_on_the_anxious_patient() {
    BatchAgreement.assertAgrees(new EmotionalAttunement(), anxiousPatient(), CALM_DOCTOR,
        List.of(PATIENT), "anxious patient, calm clinician");
    BatchAgreement.assertAgrees(new EmotionalAttunement(), anxiousPatient(), ANXIOUS_DOCTOR,
        List.of(PATIENT), "anxious patient, anxious clinician");
  }

  /** The anxious patient whose state that morning is known from her mood only. */
  private static ServiceEcosystem anxiousMood() {
    Actor nurse = Actor.individual("nurse", "Nurse");
    return ServiceEcosystem.builder()
        .add(PATIENT, CALM_DOCTOR, nurse, CONSULT)
        .relate(CALM_DOCTOR, RelationType.OPERATES, CONSULT)
        .mood(Mood.of(PATIENT, Emotion.of(0.6, 0.2, 0.3), MORNING.minusSeconds(86_400)))
        .mood(Mood.of(PATIENT, ANXIOUS, MORNING.minusSeconds(3_600)))
        .mood(Mood.of(CALM_DOCTOR, ANXIOUS, MORNING.minusSeconds(3_600)))
        .mood(Mood.of(nurse, REASSURING, MORNING.minusSeconds(7_200)))
        // the nurse met her, in no recorded emotion: the nurse's mood stands in, not the clinic's
        .episode(Episode.builder(PATIENT, CONSULT, MORNING).counterpart(nurse).build())
        .build();
  }

  @Test
  void moods_in_force_stand_in_for_emotions_an_episode_does_not_record() {
    // given: her mood since an hour before is ANXIOUS (the one of the day before no longer holds);
    //   the nurse she met has been REASSURING since two hours before, the clinic's own mood is
    //   ANXIOUS; so the episode reads as the calm clinician's above: 1 − √(1/110)
    ServiceEcosystem eco = anxiousMood();

    // when
    Score score = new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR));

    // then
    ScoreAssert.assertThat(score).hasValue(1 - Math.sqrt(1.0 / 110));
  }

  @Test
  void a_recorded_emotion_wins_over_a_mood() {
    // given: the same morning, with the clinician's emotion recorded as ANXIOUS
    ServiceEcosystem eco = anxiousMood().toBuilder()
        .episode(Episode.builder(PATIENT, CONSULT, MORNING.plusSeconds(60))
            .providerEmotion(ANXIOUS).build())
        .build();

    // when
    Score score = new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR));

    // then: the mean of the nurse's episode (1 − √(1/110)) and the anxious one (1 − √0.48)
    ScoreAssert.assertThat(score)
        .hasValue(((1 - Math.sqrt(1.0 / 110)) + (1 - Math.sqrt(0.48))) / 2);
  }

  @Test
  void a_mood_that_begins_after_the_episode_does_not_stand_in() {
    // given: her only mood begins after the visit
    ServiceEcosystem eco = ServiceEcosystem.builder()
        .add(PATIENT, CALM_DOCTOR, CONSULT)
        .relate(CALM_DOCTOR, RelationType.OPERATES, CONSULT)
        .mood(Mood.of(PATIENT, ANXIOUS, MORNING.plusSeconds(1)))
        .episode(Episode.builder(PATIENT, CONSULT, MORNING).providerEmotion(REASSURING).build())
        .build();

    // when
    Score score = new EmotionalAttunement().measure(new Dyad(eco, PATIENT, CALM_DOCTOR));

    // then
    assertThat(score.isDefined()).isFalse();
    assertThat(score.reason()).hasValueSatisfying(r -> assertThat(r)
        .contains("recorded or given by a mood in force")
        .contains("the customer's emotion is missing from 1"));
  }

  @Test
  void the_batch_path_agrees_with_measure_where_moods_stand_in() {
    BatchAgreement.assertAgrees(new EmotionalAttunement(), anxiousMood(), CALM_DOCTOR,
        List.of(PATIENT), "anxious mood, reassuring nurse");
  }
}
