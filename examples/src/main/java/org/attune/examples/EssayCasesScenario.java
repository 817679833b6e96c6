package org.attune.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Mood;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.JourneyStage;
import org.attune.testlib.scenario.DoctorAndPatient;

/**
 * The essays' own cases, as the library reads them: partners rather than parties (the partnership
 * essay, after Gummesson), the ideal self (Sirgy, in the alignment essay), the anxious patient
 * (Ashworth's emotional attunement, with moods as its background). Servitization, the journeys
 * essay's case, is the {@link ServitizationScenario}.
 */
public final class EssayCasesScenario {

  static final Actor MAYA = Actor.individual("maya", "Maya");
  static final Actor BRAND = Actor.organisation("brand", "Brand");

  static final Actor PATIENT = Actor.individual("patient", "Patient");
  static final Actor CLINIC = Actor.organisation("clinic", "Clinic");
  static final Touchpoint CONSULT =
      Touchpoint.of("consult", "Consultation", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  static final Instant VISIT = Instant.parse("2026-03-02T09:00:00Z");
  /** Anxious: displeased, aroused, not in control. */
  static final Emotion ANXIOUS = Emotion.of(-0.6, 0.7, -0.5);
  /** Calm, warm and confident: a reassuring clinician. */
  static final Emotion REASSURING = Emotion.of(0.4, -0.3, 0.5);

  private EssayCasesScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print what it finds
   */
  public static void run(PrintStream out) {
    requireNonNull(out, "out");
    MetricRegistry metrics = MetricRegistry.builtIns();

    out.println("-- Parties or partners? (the partnership essay, after Gummesson 2004) --");
    for (var c : new String[] {"parties", "partners", "partners, the doctor's network",
        "partners, both sides' networks"}) {
      Score s = metrics.metric("partnership").measure(DoctorAndPatient.dyad(doctorAndPatient(c)));
      out.println(String.format(Locale.ROOT, "%-32s partnership %s", c, value(s)));
    }

    out.println();
    out.println("-- The ideal self (Sirgy, in the alignment essay) --");
    Score ideal = metrics.metric("self-congruity").measure(new Dyad(idealSelf(), MAYA, BRAND));
    out.println(ideal.explanation());

    out.println();
    out.println("-- The anxious patient (Ashworth: attunement is responsiveness, not matching) --");
    for (var c : new String[] {"an equally anxious clinician", "a reassuring clinician",
        "a reassuring clinician, the patient's mood recorded only"}) {
      Score s = metrics.metric("emotional").measure(new Dyad(anxiousPatient(c), PATIENT, CLINIC));
      out.println(String.format(Locale.ROOT, "%-56s emotional %s", c, value(s)));
    }

  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** {@return the doctor and the patient of the partnership essay, as the case names them} */
  static ServiceEcosystem doctorAndPatient(String c) {
    return switch (c) {
      case "parties" -> DoctorAndPatient.parties().build();
      case "partners" -> DoctorAndPatient.partners().build();
      case "partners, the doctor's network" ->
          DoctorAndPatient.providerNetwork(DoctorAndPatient.partners()).build();
      default -> DoctorAndPatient.networks().build();
    };
  }

  /** Maya sees herself as reserved, would like to be expressive, and sees the brand as expressive. */
  static ServiceEcosystem idealSelf() {
    return ServiceEcosystem.builder()
        .add(MAYA, BRAND)
        .relate(BRAND, RelationType.SERVES, MAYA)
        .perspective(MAYA, MAYA, profile(0.2, 0.4))
        .perspective(MAYA, MAYA, Aspect.IDEAL, profile(0.9, 0.8))
        .perspective(MAYA, BRAND, profile(0.8, 0.8))
        .build();
  }

  /** {@return an anxious patient at a consultation, with the clinician the case names} */
  static ServiceEcosystem anxiousPatient(String c) {
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder()
            .add(PATIENT, CLINIC, CONSULT)
            .relate(CLINIC, RelationType.SERVES, PATIENT)
            .relate(CLINIC, RelationType.OPERATES, CONSULT);
    Episode.Builder visit =
        Episode.builder(PATIENT, CONSULT, VISIT).initiative(Initiative.CUSTOMER).acknowledged(true);
    switch (c) {
      case "an equally anxious clinician" ->
          visit.customerEmotion(ANXIOUS).providerEmotion(ANXIOUS);
      case "a reassuring clinician" -> visit.customerEmotion(ANXIOUS).providerEmotion(REASSURING);
      default -> {
        // the patient's state is known from her mood that morning, not from the visit itself
        b.mood(Mood.of(PATIENT, ANXIOUS, VISIT.minusSeconds(3 * 3600)));
        visit.providerEmotion(REASSURING);
      }
    }
    return b.episode(visit.build()).build();
  }

  private static Profile profile(double emotional, double social) {
    return Profile.builder()
        .level(Dimension.EMOTIONAL, emotional)
        .level(Dimension.SOCIAL, social)
        .build();
  }

  private static String value(Score s) {
    return s.isDefined()
        ? String.format(Locale.ROOT, "%.3f", s.value())
        : "undefined (" + s.reason().orElse("") + ")";
  }
}
