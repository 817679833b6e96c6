package org.attune.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.attune.dominance.ActorShare;
import org.attune.dominance.CustomerDominance;
import org.attune.ecosystem.Influence;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Dyad;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Mood;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.attune.report.DominancePicture;
import org.attune.report.EcosystemPicture;
import org.attune.report.ProfilePicture;
import org.attune.theory.CdlFoundations;
import org.attune.theory.SdlAxioms;
import org.attune.theory.TheoryReport;

/**
 * A patient's ecosystem, after the alignment essay (Khalil, on conceptualising "alignment with
 * customers", whose example is a healthcare service with the patient's close ones, a rehabilitation
 * facility, a nutritionist and the collectives the patient belongs to) and the partnership essay
 * (Powell, after Gummesson 2004: the physician brings expertise in therapies, the patient the
 * expertise of her own experience, and both rest on a network of partners).
 *
 * <p>Lena, 58, had a heart attack in January 2026 and was given a stent at the heart clinic. Three
 * months on she takes five medicines, checks her blood pressure, trains at a cardiac rehabilitation
 * centre, cooks differently with her family and has joined a heart patients' association. Her GP
 * prescribes, a nutritionist advises on her diet, a pharmacy dispenses and an insurer pays. The
 * scenario asks how well the clinic fits her logic, level by level; whether the four conditions of
 * attunement of Ashworth, Longmate &amp; Morrison (1992) hold between them; whether they meet as
 * partners; whether the ecosystem satisfies both logics' rules; who conducts her value formation; and
 * which actors bear most on it.
 *
 * <pre>
 * actors       lena; the clinic, her GP, a nutritionist, a rehabilitation centre, a pharmacy and an
 *              insurer, each SERVING her, served back (she pays, reports, shows up) and OFFERING a
 *              value proposition; her family and the heart association, collectives she is a
 *              MEMBER_OF and that INFLUENCE her
 * network      clinic PARTNERS_WITH gp, rehab-centre, insurer (and with lena: a shared care plan);
 *              nutritionist PARTNERS_WITH rehab-centre; pharmacy PARTNERS_WITH gp
 * her logic    functional 0.9 (w 3), emotional 0.8 (w 2), social 0.7, epistemic 0.8 (w 2),
 *              economic 0.4; ideal self functional 1.0, emotional 0.9, social 0.9, epistemic 0.9
 * the clinic   offering functional 0.9, emotional 0.5, social 0.4, epistemic 0.8, economic 0.7;
 *              its model of lena functional 0.9, emotional 0.3, epistemic 0.6, economic 0.4;
 *              lena's image of it functional 0.9, emotional 0.4, social 0.4, epistemic 0.5
 * activities   taking-medication 1.0, monitoring 0.6, exercising 0.8, cooking 0.8, peer-meetings 0.4
 * episodes     five at the clinic's ward, outpatient clinic and portal (two the clinic started,
 *              three she did, one of them left unacknowledged); two at the rehabilitation gym, one
 *              at the pharmacy counter, one at the peer group
 * </pre>
 *
 * <p>The ecosystem satisfies the five SDL axioms and the four checkable CDL foundations. The clinic
 * fits her well in the consultation room (micro), but its norms and roles are only half hers
 * (macro), and what binds is the meso level: of the activities in which her value forms, the clinic
 * supports only her medication and her monitoring, and leaves her training, her cooking and her
 * peers to others. That is the alignment essay's point: aligning with a customer reaches from the
 * dyad into her ecosystem.
 */
public final class PatientScenario {

  // -- actors -------------------------------------------------------------------------------------

  /** Lena, the patient: the customer of the scenario. */
  static final Actor PATIENT = Actor.individual("lena", "Lena");
  /** The heart clinic of the hospital where Lena was treated: the provider of the scenario. */
  static final Actor CLINIC = Actor.organisation("clinic", "Heart clinic");

  static final Actor GP = Actor.organisation("gp", "General practice");
  static final Actor NUTRITIONIST = Actor.individual("nutritionist", "Nutritionist");
  static final Actor REHAB = Actor.organisation("rehab-centre", "Cardiac rehabilitation centre");
  static final Actor FAMILY = Actor.collective("family", "Lena's family");
  static final Actor INSURER = Actor.organisation("insurer", "Health insurer");
  static final Actor PHARMACY = Actor.organisation("pharmacy", "Pharmacy");
  static final Actor ASSOCIATION =
      Actor.collective("heart-association", "Heart patients' association");

  // -- resources: operant (know-how that acts) and operand (what is acted on) ---------------------

  static final Resource OWN_EXPERIENCE =
      Resource.operant("own-experience", "Knowledge of her own body and life");
  static final Resource CARDIOLOGY = Resource.operant("cardiology", "Cardiology expertise");
  static final Resource FAMILY_MEDICINE =
      Resource.operant("family-medicine", "Family medicine and her history");
  static final Resource NUTRITION_SCIENCE =
      Resource.operant("nutrition-science", "Nutrition know-how");
  static final Resource PHYSIOTHERAPY =
      Resource.operant("physiotherapy", "Exercise physiology know-how");
  static final Resource COOKING_SKILLS = Resource.operant("cooking-skills", "Home cooking skills");
  static final Resource PEER_EXPERIENCE =
      Resource.operant("peer-experience", "Other heart patients' experience");
  static final Resource PHARMACOLOGY = Resource.operant("pharmacology", "Pharmacology know-how");
  static final Resource MEDICATION =
      Resource.operand("medication", "Aspirin, clopidogrel, statin, beta blocker, ACE inhibitor");
  static final Resource BP_MONITOR = Resource.operand("bp-monitor", "Blood-pressure monitor");
  static final Resource HEALTH_RECORD = Resource.operand("health-record", "Patient record");
  static final Resource TRAINING_EQUIPMENT =
      Resource.operand("training-equipment", "Training equipment");
  static final Resource DIET_PLAN = Resource.operand("diet-plan", "Diet plan");
  static final Resource CARE_FUNDS = Resource.operand("care-funds", "Insurance funds");

  // -- Lena's activities ----------------------------------------------------------------------------

  static final Activity TAKING_MEDICATION = Activity.of("taking-medication", "Taking her medicines");
  static final Activity MONITORING =
      Activity.of("monitoring", "Checking her blood pressure and symptoms");
  static final Activity EXERCISING = Activity.of("exercising", "Walking and training");
  static final Activity COOKING = Activity.of("cooking", "Cooking heart-healthy meals");
  static final Activity PEER_MEETINGS =
      Activity.of("peer-meetings", "Meeting other heart patients");

  // -- value propositions -------------------------------------------------------------------------

  static final ValueProposition CARDIAC_CARE =
      ValueProposition.of("cardiac-care", "Care after a heart attack");
  static final ValueProposition PRIMARY_CARE =
      ValueProposition.of("primary-care", "Primary care and prescriptions");
  static final ValueProposition DIET_COUNSELLING =
      ValueProposition.of("diet-counselling", "Diet counselling");
  static final ValueProposition REHAB_PROGRAMME =
      ValueProposition.of("rehab-programme", "Twelve weeks of cardiac rehabilitation");
  static final ValueProposition DISPENSING =
      ValueProposition.of("dispensing", "Dispensing and medication advice");
  static final ValueProposition HEALTH_COVER = ValueProposition.of("health-cover", "Health cover");

  // -- institutions -------------------------------------------------------------------------------

  static final Institution PRIVACY =
      Institution.of("patient-privacy", "Confidentiality of health data", InstitutionKind.RULE);
  static final Institution GUIDELINES =
      Institution.of(
          "treatment-guidelines", "Guidelines for care after a heart attack", InstitutionKind.RULE);
  static final Institution REIMBURSEMENT =
      Institution.of("reimbursement-rules", "Reimbursement rules", InstitutionKind.RULE);
  static final Institution SHARED_DECISIONS =
      Institution.of("shared-decisions", "Shared decision-making", InstitutionKind.NORM);
  static final Institution PARTNER_ROLE =
      Institution.of("partner-role", "The patient as a partner in her care", InstitutionKind.ROLE);
  static final Institution EXPERT_ROLE =
      Institution.of("expert-role", "The doctor knows best", InstitutionKind.ROLE);
  static final Institution FAMILY_CARE =
      Institution.of("family-care", "Caring for one another", InstitutionKind.NORM);
  static final Institution PEER_SUPPORT =
      Institution.of("peer-support", "Solidarity among patients", InstitutionKind.VALUE);

  // -- touchpoints --------------------------------------------------------------------------------

  static final Touchpoint WARD =
      Touchpoint.of(
          "ward", "Cardiology ward", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  static final Touchpoint OUTPATIENT =
      Touchpoint.of(
          "outpatient", "Outpatient clinic", TouchpointOwnership.BRAND_OWNED,
          JourneyStage.POSTPURCHASE);
  static final Touchpoint PORTAL =
      Touchpoint.of(
          "portal", "Patient portal", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
  static final Touchpoint REHAB_GYM =
      Touchpoint.of(
          "rehab-gym", "Rehabilitation gym", TouchpointOwnership.PARTNER_OWNED,
          JourneyStage.POSTPURCHASE);
  static final Touchpoint PHARMACY_COUNTER =
      Touchpoint.of(
          "pharmacy-counter", "Pharmacy counter", TouchpointOwnership.PARTNER_OWNED,
          JourneyStage.POSTPURCHASE);
  static final Touchpoint PEER_GROUP =
      Touchpoint.of(
          "peer-group", "Peer group evenings", TouchpointOwnership.SOCIAL_EXTERNAL,
          JourneyStage.POSTPURCHASE);

  // -- logics, models and images ------------------------------------------------------------------

  /** Lena's own logic, her actual self: what matters to her, and how much. */
  static final Profile OWN_LOGIC =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9, 3) // to recover, and not to have a second attack
          .level(Dimension.EMOTIONAL, 0.8, 2) // to feel safe in her own body again
          .level(Dimension.SOCIAL, 0.7) // to be back with her family and at work
          .level(Dimension.EPISTEMIC, 0.8, 2) // to understand what happened and what to do
          .level(Dimension.ECONOMIC, 0.4) // what it costs her
          .build();
  /** Lena's ideal self: active, confident, in the know, among people. */
  static final Profile IDEAL_SELF =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 1.0)
          .level(Dimension.EMOTIONAL, 0.9)
          .level(Dimension.SOCIAL, 0.9)
          .level(Dimension.EPISTEMIC, 0.9)
          .build();
  /** The clinic's offering, its own logic: strong in medicine and information, less in the rest. */
  static final Profile OFFERING =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9)
          .level(Dimension.EMOTIONAL, 0.5)
          .level(Dimension.SOCIAL, 0.4)
          .level(Dimension.EPISTEMIC, 0.8)
          .level(Dimension.ECONOMIC, 0.7)
          .build();
  /** The clinic's model of Lena: it underrates her fear and does not see that her life matters. */
  static final Profile CLINICS_MODEL =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9)
          .level(Dimension.EMOTIONAL, 0.3)
          .level(Dimension.EPISTEMIC, 0.6)
          .level(Dimension.ECONOMIC, 0.4)
          .build();
  /** Lena's image of the clinic: she trusts its medicine, and has not found its information. */
  static final Profile IMAGE_OF_CLINIC =
      Profile.builder()
          .level(Dimension.FUNCTIONAL, 0.9)
          .level(Dimension.EMOTIONAL, 0.4)
          .level(Dimension.SOCIAL, 0.4)
          .level(Dimension.EPISTEMIC, 0.5)
          .build();

  // -- moments ------------------------------------------------------------------------------------

  /** Lena's mood since she came home from hospital: low, tense, not in control. */
  static final Emotion HOME_MOOD = Emotion.of(-0.4, 0.3, -0.5);

  private static final MetricRegistry METRICS = MetricRegistry.builtIns();

  /** How many actors of the influence ranking {@link #run(PrintStream)} prints. */
  private static final int INFLUENCE_SHOWN = 8;

  private PatientScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print what it finds
   */
  public static void run(PrintStream out) {
    run(Page.console(out));
  }

  /**
   * Runs the scenario, its pictures beside its text: Lena's ecosystem, her logic against the clinic's
   * offering and against its model of her, and where her value forms.
   *
   * @param page where to write
   */
  public static void run(Page page) {
    requireNonNull(page, "page");
    PrintStream out = page.out();
    ServiceEcosystem eco = ecosystem();
    Dyad dyad = new Dyad(eco, PATIENT, CLINIC);

    out.println("-- Alignment by level: the clinic and Lena --");
    AlignmentReport report = AlignmentReport.of(dyad, METRICS);
    for (Level level : Level.values()) {
      OptionalDouble score = report.levelScore(level);
      out.println(
          String.format(
              Locale.ROOT, "%-5s %s", level.name().toLowerCase(Locale.ROOT),
              score.isPresent() ? String.format(Locale.ROOT, "%.3f", score.getAsDouble())
                  : "undefined"));
      for (AlignmentReport.Entry e : report.entries(level)) {
        out.println(String.format(Locale.ROOT, "  %-20s %s", e.metric(), value(e.score())));
      }
    }
    out.println(
        "Binding level: "
            + report.bindingLevel().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("none"));
    out.println(report.bindingExplanation());
    for (AlignmentReport.Entry e : report.entries(Level.MICRO)) {
      if (e.metric().equals("profile-deviation") || e.metric().equals("self-congruity")) {
        out.println(e.metric() + ": " + e.score().explanation());
      }
    }
    out.println();
    page.figure("patient-ecosystem", "Lena's customer ecosystem: the actors, resources,"
            + " institutions, activities, touchpoints and propositions her own ties reach, in rings"
            + " by distance from her; line width is the strength of a relation",
        EcosystemPicture.of(eco, PATIENT).svg());
    page.figure("patient-offering", "Lena's own logic against the clinic's offering, dimension"
            + " by dimension, each row as thick as the dimension weighs for her",
        ProfilePicture.offering(eco, PATIENT, CLINIC).svg());
    page.figure("patient-model", "Lena's own logic against the clinic's model of her",
        ProfilePicture.model(eco, PATIENT, CLINIC).svg());
    page.panel();

    out.println("-- Attunement: the four conditions of Ashworth, Longmate & Morrison (1992) --");
    String[][] conditions = {
      {"knowledge-symmetry", "a mutual stock of knowledge"},
      {"emotional", "emotional and motivational attunement"},
      {"recognition", "contributions taken as worthy"},
      {"identity-safety", "identity not under threat"},
      {"attunement", "all four at once"}
    };
    for (String[] c : conditions) {
      Score s = METRICS.metric(c[0]).measure(dyad);
      out.println(String.format(Locale.ROOT, "%-18s %s  (%s)", c[0], value(s), c[1]));
      out.println("  " + s.explanation());
    }

    out.println();
    out.println("-- Partnership: partners rather than parties (Powell, after Gummesson 2004) --");
    Score partnership = METRICS.metric("partnership").measure(dyad);
    out.println("partnership " + value(partnership));
    out.println(partnership.explanation());

    out.println();
    out.println("-- The rules of both logics: SDL axioms and CDL foundations --");
    TheoryReport sdl = SdlAxioms.all().check(eco);
    TheoryReport cdl = CdlFoundations.all().check(eco);
    out.print(sdl.render());
    out.println();
    out.print(cdl.render());
    out.println(
        sdl.holds() && cdl.holds()
            ? "Both logics hold: every service is answered, every provider holds a model of Lena"
                + " against her own logic, and her ecosystem reaches past the firms that serve her."
            : "Failing: " + failing(sdl, cdl));

    out.println();
    out.println("-- Who conducts Lena's value formation (customer dominance) --");
    CustomerDominance dominance = CustomerDominance.of(eco, PATIENT);
    out.println(dominance.explanation());
    out.println("Shares of the value weight:");
    for (ActorShare s : dominance.ranking()) {
      out.println(
          String.format(
              Locale.ROOT, "  %-18s %-8s %.3f", s.actor().id(),
              s.side().name().toLowerCase(Locale.ROOT), s.share()));
    }

    out.println();
    page.figure("patient-dominance", "Where Lena's value-in-use forms, and who took the"
            + " initiative in her episodes",
        DominancePicture.of(List.of(DominancePicture.Row.of("lena", dominance))).svg());
    page.panel();

    out.println("-- Influence: who bears most on Lena, and through what --");
    List<Influence> influence = eco.influence(PATIENT);
    for (Influence i : influence.subList(0, Math.min(INFLUENCE_SHOWN, influence.size()))) {
      out.println(
          String.format(
              Locale.ROOT, "  %-18s %.3f  %s", i.actor().id(), i.strength(), path(eco, i)));
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

  /** {@return Lena's ecosystem, three months after her heart attack} */
  static ServiceEcosystem ecosystem() {
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder()
            .add(PATIENT, CLINIC, GP, NUTRITIONIST, REHAB, FAMILY, INSURER, PHARMACY, ASSOCIATION)
            .add(OWN_EXPERIENCE, CARDIOLOGY, FAMILY_MEDICINE, NUTRITION_SCIENCE, PHYSIOTHERAPY)
            .add(COOKING_SKILLS, PEER_EXPERIENCE, PHARMACOLOGY)
            .add(MEDICATION, BP_MONITOR, HEALTH_RECORD, TRAINING_EQUIPMENT, DIET_PLAN, CARE_FUNDS)
            .add(TAKING_MEDICATION, MONITORING, EXERCISING, COOKING, PEER_MEETINGS)
            .add(CARDIAC_CARE, PRIMARY_CARE, DIET_COUNSELLING, REHAB_PROGRAMME, DISPENSING)
            .add(HEALTH_COVER)
            .add(PRIVACY, GUIDELINES, REIMBURSEMENT, SHARED_DECISIONS, PARTNER_ROLE, EXPERT_ROLE)
            .add(FAMILY_CARE, PEER_SUPPORT)
            .add(WARD, OUTPATIENT, PORTAL, REHAB_GYM, PHARMACY_COUNTER, PEER_GROUP);
    services(b);
    resources(b);
    institutions(b);
    perspectives(b);
    valueInUse(b);
    episodes(b);
    return b.build();
  }

  /** Service for service: each provider serves Lena and offers her a proposition; she serves back. */
  private static void services(ServiceEcosystem.Builder b) {
    b.relate(CLINIC, RelationType.SERVES, PATIENT, 0.9)
        .relate(PATIENT, RelationType.SERVES, CLINIC, 0.6) // pays, reports her readings
        .relate(GP, RelationType.SERVES, PATIENT, 0.7)
        .relate(PATIENT, RelationType.SERVES, GP, 0.5)
        .relate(NUTRITIONIST, RelationType.SERVES, PATIENT, 0.5)
        .relate(PATIENT, RelationType.SERVES, NUTRITIONIST, 0.4)
        .relate(REHAB, RelationType.SERVES, PATIENT, 0.7)
        .relate(PATIENT, RelationType.SERVES, REHAB, 0.5)
        .relate(PHARMACY, RelationType.SERVES, PATIENT, 0.5)
        .relate(PATIENT, RelationType.SERVES, PHARMACY, 0.6)
        .relate(INSURER, RelationType.SERVES, PATIENT, 0.5)
        .relate(PATIENT, RelationType.SERVES, INSURER, 0.8) // her premiums
        .relate(CLINIC, RelationType.OFFERS, CARDIAC_CARE)
        .relate(GP, RelationType.OFFERS, PRIMARY_CARE)
        .relate(NUTRITIONIST, RelationType.OFFERS, DIET_COUNSELLING)
        .relate(REHAB, RelationType.OFFERS, REHAB_PROGRAMME)
        .relate(PHARMACY, RelationType.OFFERS, DISPENSING)
        .relate(INSURER, RelationType.OFFERS, HEALTH_COVER)
        // the care network: referrals, discharge letters, e-prescriptions, a care contract
        .relate(CLINIC, RelationType.PARTNERS_WITH, GP, 0.7)
        .relate(CLINIC, RelationType.PARTNERS_WITH, REHAB, 0.8)
        .relate(INSURER, RelationType.PARTNERS_WITH, CLINIC, 0.6)
        .relate(NUTRITIONIST, RelationType.PARTNERS_WITH, REHAB, 0.7)
        .relate(PHARMACY, RelationType.PARTNERS_WITH, GP, 0.7)
        .relate(CLINIC, RelationType.PARTNERS_WITH, PATIENT, 0.5) // the care plan they agreed
        // her collectives
        .relate(PATIENT, RelationType.MEMBER_OF, FAMILY, 1.0)
        .relate(PATIENT, RelationType.MEMBER_OF, ASSOCIATION, 0.5)
        .relate(FAMILY, RelationType.INFLUENCES, PATIENT, 0.8)
        .relate(ASSOCIATION, RelationType.INFLUENCES, PATIENT, 0.4)
        // the touchpoints
        .relate(CLINIC, RelationType.OPERATES, WARD)
        .relate(CLINIC, RelationType.OPERATES, OUTPATIENT)
        .relate(CLINIC, RelationType.OPERATES, PORTAL)
        .relate(REHAB, RelationType.OPERATES, REHAB_GYM)
        .relate(PHARMACY, RelationType.OPERATES, PHARMACY_COUNTER)
        .relate(ASSOCIATION, RelationType.OPERATES, PEER_GROUP);
  }

  /** Her activities, who supports them, and the resources every actor integrates. */
  private static void resources(ServiceEcosystem.Builder b) {
    b.relate(PATIENT, RelationType.PERFORMS, TAKING_MEDICATION, 1.0)
        .relate(PATIENT, RelationType.PERFORMS, MONITORING, 0.6)
        .relate(PATIENT, RelationType.PERFORMS, EXERCISING, 0.8)
        .relate(PATIENT, RelationType.PERFORMS, COOKING, 0.8)
        .relate(PATIENT, RelationType.PERFORMS, PEER_MEETINGS, 0.4)
        // the clinic reads her readings with her: the one activity it co-produces
        .relate(CLINIC, RelationType.PERFORMS, MONITORING, 0.6)
        .relate(CLINIC, RelationType.SUPPORTS, TAKING_MEDICATION, 0.8)
        .relate(CARDIAC_CARE, RelationType.SUPPORTS, MONITORING)
        .relate(PRIMARY_CARE, RelationType.SUPPORTS, TAKING_MEDICATION, 0.6)
        .relate(DISPENSING, RelationType.SUPPORTS, TAKING_MEDICATION, 0.6)
        .relate(REHAB_PROGRAMME, RelationType.SUPPORTS, EXERCISING)
        .relate(HEALTH_COVER, RelationType.SUPPORTS, EXERCISING, 0.5)
        .relate(DIET_COUNSELLING, RelationType.SUPPORTS, COOKING, 0.8)
        .relate(FAMILY, RelationType.SUPPORTS, COOKING)
        .relate(ASSOCIATION, RelationType.SUPPORTS, PEER_MEETINGS)
        .relate(TAKING_MEDICATION, RelationType.INTEGRATES, MEDICATION)
        .relate(TAKING_MEDICATION, RelationType.INTEGRATES, OWN_EXPERIENCE, 0.5)
        .relate(MONITORING, RelationType.INTEGRATES, BP_MONITOR)
        .relate(MONITORING, RelationType.INTEGRATES, OWN_EXPERIENCE, 0.8)
        .relate(EXERCISING, RelationType.INTEGRATES, TRAINING_EQUIPMENT, 0.6)
        .relate(EXERCISING, RelationType.INTEGRATES, PHYSIOTHERAPY, 0.8)
        .relate(COOKING, RelationType.INTEGRATES, COOKING_SKILLS)
        .relate(COOKING, RelationType.INTEGRATES, DIET_PLAN, 0.7)
        .relate(PEER_MEETINGS, RelationType.INTEGRATES, PEER_EXPERIENCE)
        .relate(PATIENT, RelationType.ACCESSES, OWN_EXPERIENCE, 0.8)
        .relate(PATIENT, RelationType.ACCESSES, BP_MONITOR)
        .relate(CLINIC, RelationType.ACCESSES, CARDIOLOGY)
        .relate(CLINIC, RelationType.ACCESSES, HEALTH_RECORD)
        .relate(GP, RelationType.ACCESSES, FAMILY_MEDICINE)
        .relate(GP, RelationType.ACCESSES, HEALTH_RECORD, 0.8)
        .relate(NUTRITIONIST, RelationType.ACCESSES, NUTRITION_SCIENCE)
        .relate(NUTRITIONIST, RelationType.ACCESSES, DIET_PLAN)
        .relate(REHAB, RelationType.ACCESSES, PHYSIOTHERAPY)
        .relate(REHAB, RelationType.ACCESSES, TRAINING_EQUIPMENT)
        .relate(FAMILY, RelationType.ACCESSES, COOKING_SKILLS)
        .relate(ASSOCIATION, RelationType.ACCESSES, PEER_EXPERIENCE)
        .relate(PHARMACY, RelationType.ACCESSES, PHARMACOLOGY)
        .relate(PHARMACY, RelationType.ACCESSES, MEDICATION)
        .relate(INSURER, RelationType.ACCESSES, CARE_FUNDS);
  }

  /** Rules, norms, values and roles: hers, the clinic's and the others'. */
  private static void institutions(ServiceEcosystem.Builder b) {
    for (Actor a : List.of(PATIENT, CLINIC, GP, NUTRITIONIST, REHAB, PHARMACY, INSURER)) {
      b.relate(a, RelationType.ADHERES_TO, PRIVACY);
    }
    b.relate(PATIENT, RelationType.ADHERES_TO, GUIDELINES, 0.6)
        .relate(PATIENT, RelationType.ADHERES_TO, REIMBURSEMENT, 0.5)
        .relate(PATIENT, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.9)
        .relate(PATIENT, RelationType.ADHERES_TO, PARTNER_ROLE, 1.0)
        .relate(PATIENT, RelationType.ADHERES_TO, EXPERT_ROLE, 0.2)
        .relate(PATIENT, RelationType.ADHERES_TO, FAMILY_CARE, 1.0)
        .relate(PATIENT, RelationType.ADHERES_TO, PEER_SUPPORT, 0.8)
        .relate(CLINIC, RelationType.ADHERES_TO, GUIDELINES, 1.0)
        .relate(CLINIC, RelationType.ADHERES_TO, REIMBURSEMENT, 0.9)
        .relate(CLINIC, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.5)
        .relate(CLINIC, RelationType.ADHERES_TO, PARTNER_ROLE, 0.8)
        .relate(CLINIC, RelationType.ADHERES_TO, EXPERT_ROLE, 0.6)
        .relate(GP, RelationType.ADHERES_TO, GUIDELINES, 0.8)
        .relate(GP, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.8)
        .relate(GP, RelationType.ADHERES_TO, PARTNER_ROLE, 0.8)
        .relate(REHAB, RelationType.ADHERES_TO, GUIDELINES, 0.9)
        .relate(REHAB, RelationType.ADHERES_TO, REIMBURSEMENT, 0.8)
        .relate(REHAB, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.8)
        .relate(REHAB, RelationType.ADHERES_TO, PARTNER_ROLE, 0.9)
        .relate(NUTRITIONIST, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.7)
        .relate(PHARMACY, RelationType.ADHERES_TO, GUIDELINES, 0.6)
        .relate(INSURER, RelationType.ADHERES_TO, REIMBURSEMENT, 1.0)
        .relate(FAMILY, RelationType.ADHERES_TO, FAMILY_CARE, 1.0)
        .relate(ASSOCIATION, RelationType.ADHERES_TO, PEER_SUPPORT, 1.0);
  }

  /**
   * Her logic and ideal self, the clinic's offering, its model of her and her image of it; and the
   * model each other provider holds of her, each seeing what its own service touches.
   */
  private static void perspectives(ServiceEcosystem.Builder b) {
    b.perspective(PATIENT, PATIENT, OWN_LOGIC)
        .perspective(PATIENT, PATIENT, Aspect.IDEAL, IDEAL_SELF)
        .perspective(CLINIC, CLINIC, OFFERING)
        .perspective(CLINIC, PATIENT, CLINICS_MODEL)
        .perspective(PATIENT, CLINIC, IMAGE_OF_CLINIC)
        .perspective(GP, PATIENT, model(0.8, 0.7, 0.7, 0.6, 0.4)) // her doctor for twenty years
        .perspective(REHAB, PATIENT, model(0.9, 0.6, 0.5, 0.6, 0.3))
        .perspective(
            NUTRITIONIST,
            PATIENT,
            Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.6)
                .level(Dimension.EPISTEMIC, 0.7)
                .level(Dimension.ECONOMIC, 0.5)
                .build())
        .perspective(
            PHARMACY,
            PATIENT,
            Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.8)
                .level(Dimension.ECONOMIC, 0.5)
                .build())
        // the insurer sees a cost
        .perspective(
            INSURER,
            PATIENT,
            Profile.builder()
                .level(Dimension.FUNCTIONAL, 0.5)
                .level(Dimension.ECONOMIC, 0.8)
                .build());
  }

  private static Profile model(
      double functional, double emotional, double social, double epistemic, double economic) {
    return Profile.builder()
        .level(Dimension.FUNCTIONAL, functional)
        .level(Dimension.EMOTIONAL, emotional)
        .level(Dimension.SOCIAL, social)
        .level(Dimension.EPISTEMIC, epistemic)
        .level(Dimension.ECONOMIC, economic)
        .build();
  }

  /** What Lena makes of it all, in the activities where it formed. */
  private static void valueInUse(ServiceEcosystem.Builder b) {
    b.valueInUse(ValueInUse.of(PATIENT, Sphere.CUSTOMER, 0.9, FAMILY).in(COOKING))
        .valueInUse(ValueInUse.of(PATIENT, Sphere.CUSTOMER, 0.6).in(EXERCISING)) // her walks
        .valueInUse(ValueInUse.of(PATIENT, Sphere.CUSTOMER, 0.4, ASSOCIATION).in(PEER_MEETINGS))
        .valueInUse(ValueInUse.of(PATIENT, Sphere.JOINT, 0.7, CLINIC).in(MONITORING))
        .valueInUse(ValueInUse.of(PATIENT, Sphere.JOINT, 0.6, REHAB).in(EXERCISING))
        .valueInUse(ValueInUse.of(PATIENT, Sphere.JOINT, 0.5, GP).in(TAKING_MEDICATION))
        .valueInUse(ValueInUse.of(PATIENT, Sphere.JOINT, 0.3, NUTRITIONIST).in(COOKING))
        // the insurer's forms before it approved the rehabilitation: value destroyed
        .valueInUse(ValueInUse.of(PATIENT, Sphere.JOINT, -0.1, INSURER).in(EXERCISING))
        // weekly dose packs the pharmacy fills: value facilitated in the provider sphere
        .valueInUse(ValueInUse.of(PATIENT, Sphere.PROVIDER, 0.1, PHARMACY).in(TAKING_MEDICATION));
  }

  /** Her encounters, from the ward to the peer group, and her mood since she came home. */
  private static void episodes(ServiceEcosystem.Builder b) {
    b.mood(Mood.of(PATIENT, HOME_MOOD, day(16)))
        // the cardiologist explains the stent and the medicines before discharge
        .episode(
            Episode.builder(PATIENT, WARD, day(14))
                .initiative(Initiative.PROVIDER)
                .customerEmotion(Emotion.of(-0.7, 0.8, -0.6))
                .providerEmotion(Emotion.of(0.6, -0.2, 0.6))
                .proposition(CARDIAC_CARE)
                .build())
        // the first follow-up, hurried; how she felt was not asked, her mood stands in
        .episode(
            Episode.builder(PATIENT, OUTPATIENT, day(33))
                .initiative(Initiative.PROVIDER)
                .providerEmotion(Emotion.of(0.0, 0.4, 0.7))
                .proposition(CARDIAC_CARE)
                .build())
        // she asks why the beta blocker tires her; a nurse calls back
        .episode(
            Episode.builder(PATIENT, PORTAL, day(40))
                .initiative(Initiative.CUSTOMER)
                .acknowledged(true)
                .customerEmotion(Emotion.of(-0.3, 0.4, -0.3))
                .providerEmotion(Emotion.of(0.4, -0.1, 0.4))
                .proposition(CARDIAC_CARE)
                .build())
        // she asks when she may go back to work; a standard reply misses the question
        .episode(
            Episode.builder(PATIENT, PORTAL, day(51))
                .initiative(Initiative.CUSTOMER)
                .acknowledged(false)
                .customerEmotion(Emotion.of(-0.5, 0.5, -0.4))
                .providerEmotion(Emotion.of(0.0, 0.0, 0.3))
                .proposition(CARDIAC_CARE)
                .build())
        // chest tightness while training: she asks for an earlier check and gets it
        .episode(
            Episode.builder(PATIENT, OUTPATIENT, day(68))
                .initiative(Initiative.CUSTOMER)
                .acknowledged(true)
                .customerEmotion(Emotion.of(-0.6, 0.7, -0.5))
                .providerEmotion(Emotion.of(0.5, -0.3, 0.5))
                .proposition(CARDIAC_CARE)
                .build())
        .episode(
            Episode.builder(PATIENT, REHAB_GYM, day(47))
                .initiative(Initiative.PROVIDER)
                .customerEmotion(Emotion.of(0.2, 0.3, -0.1))
                .providerEmotion(Emotion.of(0.5, 0.3, 0.4))
                .proposition(REHAB_PROGRAMME)
                .build())
        .episode(
            Episode.builder(PATIENT, REHAB_GYM, day(61))
                .initiative(Initiative.CUSTOMER) // to train after work
                .acknowledged(true)
                .customerEmotion(Emotion.of(0.5, 0.2, 0.4))
                .proposition(REHAB_PROGRAMME)
                .build())
        .episode(
            Episode.builder(PATIENT, PHARMACY_COUNTER, day(36))
                .initiative(Initiative.CUSTOMER) // a refill, and a question on interactions
                .acknowledged(true)
                .proposition(DISPENSING)
                .build())
        .episode(
            Episode.builder(PATIENT, PEER_GROUP, day(56))
                .initiative(Initiative.CUSTOMER)
                .customerEmotion(Emotion.of(0.6, 0.3, 0.3))
                .build());
  }

  /** {@return 09:00 UTC on the given day of 2026, day 1 being 1 January} */
  private static Instant day(int day) {
    return Instant.parse("2026-01-01T09:00:00Z").plusSeconds(86_400L * (day - 1));
  }

  /**
   * {@return the chain of an influence as the relations that carry it, each written from its source
   * to its target with its strength}, such as {@code "rehab-centre OFFERS rehab-programme 1.00;
   * rehab-programme SUPPORTS exercising 1.00; lena PERFORMS exercising 0.80"}
   */
  static String path(ServiceEcosystem eco, Influence influence) {
    List<String> steps = new ArrayList<>();
    List<Element> path = influence.path();
    for (int k = 0; k + 1 < path.size(); k++) {
      Element from = path.get(k);
      Element to = path.get(k + 1);
      Optional<Relation> carrying = Optional.empty();
      for (RelationType type : eco.relationTypes()) {
        for (Relation r : Stream.of(eco.relation(from, type, to), eco.relation(to, type, from))
            .flatMap(Optional::stream)
            .toList()) {
          if (carries(r, from)
              && (carrying.isEmpty() || r.strength() > carrying.get().strength())) {
            carrying = Optional.of(r);
          }
        }
      }
      Relation r = carrying.orElseThrow();
      steps.add(String.format(Locale.ROOT, "%s %s %s %.2f",
          r.source().id(), r.type().name(), r.target().id(), r.strength()));
    }
    return String.join("; ", steps);
  }

  /** {@return whether the effect of {@code r} flows away from {@code from}} */
  private static boolean carries(Relation r, Element from) {
    EffectFlow flow = r.type().flow();
    return flow == EffectFlow.MUTUAL
        || (flow == EffectFlow.FORWARD) == r.source().equals(from);
  }

  private static String failing(TheoryReport sdl, TheoryReport cdl) {
    List<String> ids = new ArrayList<>();
    sdl.failing().forEach(r -> ids.add(r.id()));
    cdl.failing().forEach(r -> ids.add(r.id()));
    return String.join(", ", ids);
  }

  private static String value(Score s) {
    return s.isDefined()
        ? String.format(Locale.ROOT, "%.3f", s.value())
        : "undefined (" + s.reason().orElse("") + ")";
  }
}
