package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.data.Offset;
import org.attune.dominance.ActorShare;
import org.attune.dominance.Arrangement;
import org.attune.dominance.CustomerDominance;
import org.attune.dominance.DominanceReading;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.Influence;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentReport;
import org.attune.metric.Dyad;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Score;
import org.attune.model.Element;
import org.attune.theory.CdlFoundations;
import org.attune.theory.SdlAxioms;
import org.attune.theory.TheoryReport;
import org.junit.jupiter.api.Test;

class PatientScenarioTest {

  private static final Offset<Double> EXACT = within(1e-9);

  private static final ServiceEcosystem ECO = PatientScenario.ecosystem();
  private static final Dyad DYAD = new Dyad(ECO, PatientScenario.PATIENT, PatientScenario.CLINIC);

  private static Score measure(String metric) {
    return MetricRegistry.builtIns().metric(metric).measure(DYAD);
  }

  @Test
  void every_element_has_a_lower_case_hyphenated_id_and_is_tied_in() {
    // when
    List<Element> elements = ECO.elements();

    // then: nine actors, fourteen resources, five activities, six propositions, eight
    // institutions, six touchpoints; none left without a relation
    assertThat(elements).hasSize(9 + 14 + 5 + 6 + 8 + 6);
    assertThat(ECO.actors())
        .extracting(Element::id)
        .containsExactlyInAnyOrder(
            "lena", "clinic", "gp", "nutritionist", "rehab-centre", "family", "insurer",
            "pharmacy", "heart-association");
    assertThat(elements).allSatisfy(e -> {
      assertThat(e.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(ECO.relations(e, Direction.BOTH)).as("relations of %s", e.id()).isNotEmpty();
    });
  }

  @Test
  void the_profile_deviation_of_lena_and_the_clinic_is_worked_by_hand() {
    // given: C = her logic, P = the clinic's offering, weights hers
    //   functional  w 3  C 0.9  P 0.9   3 × 0.0²  = 0
    //   emotional   w 2  C 0.8  P 0.5   2 × 0.3²  = 0.18
    //   social      w 1  C 0.7  P 0.4   1 × 0.3²  = 0.09
    //   epistemic   w 2  C 0.8  P 0.8   2 × 0.0²  = 0
    //   economic    w 1  C 0.4  P 0.7   1 × 0.3²  = 0.09
    // Σ = 0.36 over Σ w = 9: 0.04; 1 − sqrt(0.04) = 0.8

    // when
    Score s = measure("profile-deviation");

    // then: emotional holds 0.18 / 0.36 of the misfit
    assertThat(s.value()).isCloseTo(0.8, EXACT);
    assertThat(s.contributions().get(0).factor()).isEqualTo("emotional");
    assertThat(s.contributions().get(0).share()).isCloseTo(0.5, EXACT);
  }

  @Test
  void her_actual_and_ideal_selves_fit_her_image_of_the_clinic_as_worked_by_hand() {
    // given: her image I of the clinic: functional 0.9, emotional 0.4, social 0.4, epistemic 0.5,
    // economic absent (0)
    //   actual self, her weights: 3×|0.9−0.9| + 2×|0.8−0.4| + 1×|0.7−0.4| + 2×|0.8−0.5|
    //     + 1×|0.4−0| = 0 + 0.8 + 0.3 + 0.6 + 0.4 = 2.1 over 9: 1 − 2.1/9
    //   ideal self, weights 1: |1.0−0.9| + |0.9−0.4| + |0.9−0.4| + |0.9−0.5| = 1.5 over 4: 1 − 1.5/4
    double actual = 1 - 2.1 / 9;
    double ideal = 1 - 1.5 / 4;

    // when
    Score s = measure("self-congruity");

    // then
    assertThat(s.value()).isCloseTo((actual + ideal) / 2, EXACT);
  }

  @Test
  void meso_binds_the_clinics_fit_because_it_supports_few_of_her_activities() {
    // given:
    //   activity-coverage: she performs medication 1.0, monitoring 0.6, exercising 0.8, cooking
    //     0.8, peer meetings 0.4 = 3.6; the clinic supports medication and, through cardiac care,
    //     monitoring = 1.6; 1.6 / 3.6
    //   institutional: min over (lena, clinic): privacy 1.0, guidelines 0.6, reimbursement 0.5,
    //     shared decisions 0.5, partner role 0.8, expert role 0.2 = 3.6; max: 1.0 + 1.0 + 0.9
    //     + 0.9 + 1.0 + 0.6 + family care 1.0 + peer support 0.8 = 7.2; 3.6 / 7.2 = 0.5
    //   ecosystem-reach: SERVES from the clinic and its partners 0.9 + gp 0.7 + rehab 0.7
    //     + insurer 0.5 = 2.8, of 2.8 + nutritionist 0.5 + pharmacy 0.5 + family 0.8
    //     + association 0.4 = 5.0
    //   micro's weakest, matching: within 0.1 on functional (w 3) and epistemic (w 2) of 9
    double coverage = 1.6 / 3.6;

    // when
    AlignmentReport report = AlignmentReport.of(DYAD, MetricRegistry.builtIns());

    // then
    assertThat(report.bindingLevel()).contains(Level.MESO);
    assertThat(report.weakest(Level.MESO).orElseThrow().metric()).isEqualTo("activity-coverage");
    assertThat(report.weakest(Level.MESO).orElseThrow().score().value())
        .isCloseTo(coverage, EXACT);
    assertThat(measure("ecosystem-reach").value()).isCloseTo(2.8 / 5.0, EXACT);
    assertThat(report.levelScore(Level.MACRO).orElseThrow()).isCloseTo(0.5, EXACT);
    assertThat(report.weakest(Level.MICRO).orElseThrow().metric()).isEqualTo("matching");
    assertThat(report.weakest(Level.MICRO).orElseThrow().score().value())
        .isCloseTo(5.0 / 9, EXACT);
    assertThat(report.bindingExplanation())
        .isEqualTo("Meso activity-coverage (0.44) bounds fit: micro matching 0.56, macro"
            + " institutional 0.50.");
    // every level has a score, and the binding one is the lowest of the three here
    assertThat(report.levelScore(Level.MESO).orElseThrow())
        .isLessThan(report.levelScore(Level.MICRO).orElseThrow());
  }

  @Test
  void all_four_attunement_conditions_are_defined_and_worked_by_hand() {
    // given:
    // knowledge-symmetry: the clinic's model M of her against her logic C (her weights, 9):
    //   2×|0.8−0.3| + social missing 1×1 + 2×|0.8−0.6| = 1.0 + 1 + 0.4 = 2.4: 1 − 2.4/9;
    //   her image I against the offering P (weights 1, 5): |0.5−0.4| + |0.8−0.5| + economic
    //   missing 1 = 1.4: 1 − 1.4/5
    double knowledge = ((1 - 2.4 / 9) + (1 - 1.4 / 5)) / 2;
    // emotional: per episode at the clinic's touchpoints, the attuned response to her state
    // (p, a, d) is R = (|p|, a − 2·max(0, a)·max(0, −p), |d|); s = 1 − ‖E_p − R‖ / M(R),
    // M(R) = sqrt(Σ (1 + |R_k|)²)
    //   ward     (−0.7, 0.8, −0.6): R (0.7, −0.32, 0.6), E_p (0.6, −0.2, 0.6)
    //            gap² 0.01 + 0.0144 = 0.0244; M² 1.7² + 1.32² + 1.6² = 7.1924
    //   outpatient, her mood (−0.4, 0.3, −0.5): R (0.4, 0.06, 0.5), E_p (0.0, 0.4, 0.7)
    //            gap² 0.16 + 0.1156 + 0.04 = 0.3156; M² 1.96 + 1.1236 + 2.25 = 5.3336
    //   portal   (−0.3, 0.4, −0.3): R (0.3, 0.16, 0.3), E_p (0.4, −0.1, 0.4)
    //            gap² 0.01 + 0.0676 + 0.01 = 0.0876; M² 1.69 + 1.3456 + 1.69 = 4.7256
    //   portal   (−0.5, 0.5, −0.4): R (0.5, 0, 0.4), E_p (0.0, 0.0, 0.3)
    //            gap² 0.25 + 0 + 0.01 = 0.26; M² 2.25 + 1 + 1.96 = 5.21
    //   outpatient (−0.6, 0.7, −0.5): R (0.6, −0.14, 0.5), E_p (0.5, −0.3, 0.5)
    //            gap² 0.01 + 0.0256 = 0.0356; M² 2.56 + 1.2996 + 2.25 = 6.1096
    double emotional =
        (5
                - Math.sqrt(0.0244 / 7.1924)
                - Math.sqrt(0.3156 / 5.3336)
                - Math.sqrt(0.0876 / 4.7256)
                - Math.sqrt(0.26 / 5.21)
                - Math.sqrt(0.0356 / 6.1096))
            / 5;
    // recognition: she took the initiative three times at the clinic, two were acknowledged
    double recognition = 2.0 / 3;
    // identity-safety: the clinic's roles, expert 0.6 (hers 0.2) and partner 0.8 (hers 1.0):
    //   1 − (0.6 × 0.8 + 0.8 × 0) / (0.6 + 0.8) = 1 − 0.48 / 1.4
    double identity = 1 - 0.48 / 1.4;

    // when
    Score k = measure("knowledge-symmetry");
    Score e = measure("emotional");
    Score r = measure("recognition");
    Score i = measure("identity-safety");
    Score all = measure("attunement");

    // then
    assertThat(List.of(k, e, r, i, all)).allSatisfy(s -> assertThat(s.isDefined()).isTrue());
    assertThat(k.value()).isCloseTo(knowledge, EXACT);
    assertThat(e.value()).isCloseTo(emotional, EXACT).isBetween(0.8, 0.9);
    assertThat(r.value()).isCloseTo(recognition, EXACT);
    assertThat(i.value()).isCloseTo(identity, EXACT);
    assertThat(all.value())
        .isCloseTo((knowledge + emotional + recognition + identity) / 4, EXACT)
        .isBetween(0.7, 0.75);
    assertThat(r.explanation()).contains("acknowledged 2 of the customer's 3 initiatives");
    assertThat(i.explanation()).contains("institution expert-role");
  }

  @Test
  void lena_and_the_clinic_are_partners_who_co_produce_little_as_worked_by_hand() {
    // given:
    //   tie T = (R + W) / 2: R = min(0.9, 0.6) / max = 0.6 / 0.9, W = the care plan 0.5
    //   expertise E = (cardiology 1.0 + her own experience 0.8) / 2
    //   co-production K: both monitor, 0.6 and 0.6, of her 1.0 + 0.6 + 0.8 + 0.8 + 0.4 = 3.6
    //   network N: the clinic's partners gp 0.7, rehab 0.8, insurer 0.6: 1 − 0.3·0.2·0.4;
    //     those serving her but the clinic, gp 0.7, nutritionist 0.5, rehab 0.7, pharmacy 0.5,
    //     insurer 0.5: 1 − 0.3·0.5·0.3·0.5·0.5
    double t = (0.6 / 0.9 + 0.5) / 2;
    double e = (1.0 + 0.8) / 2;
    double k = 0.6 / 3.6;
    double n = ((1 - 0.3 * 0.2 * 0.4) + (1 - 0.3 * 0.5 * 0.3 * 0.5 * 0.5)) / 2;

    // when
    Score s = measure("partnership");

    // then
    assertThat(s.value()).isCloseTo((t + e + k + n) / 4, EXACT);
    assertThat(s.explanation()).contains("co-production 17% (1 of 5 activities performed by both)");
  }

  @Test
  void the_ecosystem_satisfies_every_sdl_axiom_and_cdl_foundation() {
    // when
    TheoryReport report = SdlAxioms.all().and(CdlFoundations.all()).check(ECO);

    // then
    assertThat(report.holds()).isTrue();
    assertThat(report.holding()).hasSize(9);
  }

  @Test
  void without_the_clinics_model_of_lena_the_report_names_the_customer_lens() {
    // given
    ServiceEcosystem blind =
        ECO.toBuilder().removePerspective(PatientScenario.CLINIC, PatientScenario.PATIENT).build();

    // when
    TheoryReport report = SdlAxioms.all().and(CdlFoundations.all()).check(blind);

    // then
    assertThat(report.failing()).extracting(r -> r.id()).containsExactly("cdl.customer-lens");
    assertThat(report.render()).contains("[FAILS] cdl.customer-lens");
  }

  @Test
  void lena_conducts_her_value_formation_as_worked_by_hand() {
    // given: |valence| W = customer 0.9 + 0.6 + 0.4 = 1.9, joint 0.7 + 0.6 + 0.5 + 0.3 + 0.1
    //   = 2.2, provider 0.1; W = 4.2. Every joint value-in-use has a provider: her half of it.
    //   D = (1.9 + 2.2 / 2) / 4.2. She carries 0.45 (cooking, with her family) + 0.6 (walks)
    //   + 0.2 (peers, with the association) + (0.7 + 0.6 + 0.5 + 0.3 + 0.1) / 2 = 2.35.
    //   She started 6 of the 9 episodes whose initiative is known.

    // when
    CustomerDominance d = CustomerDominance.of(ECO, PatientScenario.PATIENT);

    // then
    assertThat(d.index().orElseThrow()).isCloseTo(3.0 / 4.2, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CUSTOMER_DOMINANT);
    assertThat(d.controlShare().orElseThrow()).isCloseTo(6.0 / 9, EXACT);
    assertThat(d.arrangement()).contains(Arrangement.CUSTOMER_DOMINANT);
    assertThat(d.ranking())
        .extracting(s -> s.actor().id())
        .containsExactly(
            "lena", "family", "clinic", "rehab-centre", "gp", "heart-association",
            "nutritionist", "pharmacy", "insurer");
    ActorShare lena = d.ranking().get(0);
    assertThat(lena.share()).isCloseTo(2.35 / 4.2, EXACT);
  }

  @Test
  void her_family_bears_most_on_her_and_the_insurer_through_the_clinic() {
    // given: the strongest chain of effect to her, the product of its strengths:
    //   family: she is a member, 1.0          clinic: SERVES 0.9
    //   rehab-centre: its programme SUPPORTS exercising 1.0, she PERFORMS it 0.8 = 0.8 (> SERVES 0.7)
    //   gp: SERVES 0.7 (> through the clinic 0.7 × 0.9 = 0.63)
    //   nutritionist: diet counselling SUPPORTS cooking 0.8 × she cooks 0.8 = 0.64 (> SERVES 0.5)
    //   pharmacy: dispensing SUPPORTS her medication 0.6 × 1.0 = 0.6 (> SERVES 0.5)
    //   insurer: PARTNERS_WITH the clinic 0.6 × the clinic SERVES her 0.9 = 0.54 (> SERVES 0.5)
    //   heart-association: she is a member, 0.5 (> INFLUENCES 0.4)

    // when
    List<Influence> ranking = ECO.influence(PatientScenario.PATIENT);

    // then
    assertThat(ranking)
        .extracting(x -> x.actor().id())
        .containsExactly(
            "family", "clinic", "rehab-centre", "gp", "nutritionist", "pharmacy", "insurer",
            "heart-association");
    assertThat(ranking)
        .extracting(Influence::strength)
        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
        .containsExactly(1.0, 0.9, 0.8, 0.7, 0.8 * 0.8, 0.6, 0.6 * 0.9, 0.5);
    assertThat(ranking.get(6).path())
        .extracting(Element::id)
        .containsExactly("insurer", "clinic", "lena");
    assertThat(PatientScenario.path(ECO, ranking.get(2)))
        .isEqualTo("rehab-centre OFFERS rehab-programme 1.00; rehab-programme SUPPORTS"
            + " exercising 1.00; lena PERFORMS exercising 0.80");
  }

  @Test
  void the_scenario_prints_each_part_under_its_heading() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    PatientScenario.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .containsSubsequence(
            "-- Alignment by level: the clinic and Lena --",
            "-- Attunement: the four conditions of Ashworth, Longmate & Morrison (1992) --",
            "-- Partnership: partners rather than parties (Powell, after Gummesson 2004) --",
            "-- The rules of both logics: SDL axioms and CDL foundations --",
            "-- Who conducts Lena's value formation (customer dominance) --",
            "-- Influence: who bears most on Lena, and through what --")
        .contains("Binding level: meso")
        .contains("  profile-deviation    0.800")
        .contains("recognition        0.667  (contributions taken as worthy)")
        .contains("partnership 0.658")
        .contains("SDL axioms (Vargo & Lusch 2016): 5 of 5 rules hold, 0 violations")
        .contains("CDL foundations (Heinonen & Strandvik 2015): 4 of 4 rules hold, 0 violations")
        .contains("Both logics hold")
        .contains("dominance index 0.714 (customer-dominant)")
        .contains("  lena               customer 0.560")
        .contains("  insurer            0.540  insurer PARTNERS_WITH clinic 0.60; clinic SERVES"
            + " lena 0.90");
  }
}
