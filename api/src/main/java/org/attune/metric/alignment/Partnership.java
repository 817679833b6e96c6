package org.attune.metric.alignment;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.Level;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.AlignmentMetric;
import org.attune.metric.BaseMetric;
import org.attune.metric.BatchMetric;
import org.attune.metric.Cohort;
import org.attune.metric.CohortScorer;
import org.attune.metric.CustomerScorer;
import org.attune.metric.Dyad;
import org.attune.metric.Score;
import org.attune.metric.ScoreSink;
import org.attune.metric.internal.RelationBuffer;
import org.attune.metric.internal.Texts;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.ResourceNature;
import org.jspecify.annotations.Nullable;

/**
 * {@code partnership}: whether customer and provider meet as partners rather than parties
 * (Gummesson 2004, "Service provision calls for partners instead of parties", <i>Journal of
 * Marketing</i> 68(1), as Powell's essay on the centrality of partnership presents him; service is
 * exchanged for service, Vargo &amp; Lusch 2016, axiom 1; operant resources, Vargo &amp; Lusch 2004,
 * FP4). The doctor brings expertise in therapies and the patient the expertise of their own
 * experience; the patient does not only consume the therapy but produces it too; and the outcome
 * rests on both and on a network of partners supporting both sides. Four conditions, equally
 * weighted, each in [0, 1]:
 *
 * <pre>
 *   tie           T = (R + W) / 2      R = min(s_pc, s_cp) / max(s_pc, s_cp)   reciprocity of SERVES
 *                                      W = max(w_pc, w_cp)                     PARTNERS_WITH between them
 *   expertise     E = (X_p + X_c) / 2  X_a = 1 − Π_r (1 − x_ar) over the OPERANT resources r that
 *                                            actor a ACCESSES with strength x_ar
 *   co-production K = Σ_k min(c_k, p_k) / Σ_k max(c_k, p_k) over the activities k either PERFORMS
 *   network       N = (S_p + S_c) / 2  S_a = 1 − Π_j (1 − t_aj) over the partners j of side a
 *   score         = (T + E + K + N) / 4
 * </pre>
 *
 * <p>s_pc and s_cp are the strengths of the provider's SERVES to the customer and back, w_pc and
 * w_cp of their PARTNERS_WITH either way (0 when absent; one-way service gives R = 0). Operand
 * resources are no expertise (FP4: operant resources act on them). c_k and p_k are the strengths
 * with which the customer and the provider perform activity k: an activity only one of them
 * performs is not co-produced. The provider's partners are the actors joined to it by PARTNERS_WITH
 * either way; the customer's are the actors joined to it by PARTNERS_WITH either way or that SERVE
 * it (a family, a gym, a coach). Neither side counts the other party. Service to the provider
 * does not make a partner of its side: under axiom 1 every customer serves its provider back, and
 * would pass for one. The tie t_aj to a partner j is the strongest of those relations between a and
 * j. A side's support 1 − Π (1 − t) grows with
 * every partner and with every tie's strength, is 0 without partners and 1 with a tie of full
 * strength; so adding a supporter never lowers the score. The same holds of expertise.
 *
 * <p>PERFORMS has no customer: an activity the provider performs counts for each of its
 * customers, so model as the provider's activities those it performs with its customers (the
 * therapy), and leave out those it performs alone.
 *
 * <p>Meso level. <b>Undefined</b> when the two have no tie at all: neither SERVES the other and
 * neither PARTNERS_WITH the other.
 *
 * <p><b>Contributions</b>, in this order: {@code "reciprocity"} (1 − R) / 8, {@code "partnership
 * tie"} (1 − W) / 8, {@code "provider's expertise"} (1 − X_p) / 8, {@code "customer's expertise"}
 * (1 − X_c) / 8, {@code "co-production of <activity id>"} (max − min) / (4 Σ max) for each activity
 * in the order of the ids (or {@code "co-production"} 1 / 4 when neither performs any), {@code
 * "provider's partners"} (1 − S_p) / 8 and {@code "customer's partners"} (1 − S_c) / 8; normalised to
 * shares.
 *
 * <p>Worked example (the essay's partners, see {@code DoctorAndPatient}): the doctor SERVES the
 * patient 0.8 and PARTNERS_WITH it 0.9; the doctor ACCESSES medical knowledge 1.0, the patient
 * knowledge of their own life 0.8; both PERFORM the therapy, the doctor 1.0, the patient 0.5; no
 * other partner. T = (0 + 0.9) / 2 = 0.45; E = (1 + 0.8) / 2 = 0.9; K = 0.5 / 1 = 0.5; N = 0; score =
 * (0.45 + 0.9 + 0.5 + 0) / 4 = 0.4625. As parties (the service alone) they score 0.
 *
 * <p>Products and sums run in the order of the ids at the relations' other ends, so that equal
 * ecosystems built in different orders give the same bits.
 *
 * <p>{@link #measure(Dyad)} and the batch path run the same code: the provider's expertise,
 * partners and activities are found once per provider, then each customer is scored against them.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Partnership extends BaseMetric implements AlignmentMetric, BatchMetric {

  /** The name of this metric: {@value}. */
  public static final String NAME = "partnership";

  /** The factor of one-way service. */
  static final String RECIPROCITY = "reciprocity";
  /** The factor of a missing or weak PARTNERS_WITH between the two. */
  static final String TIE = "partnership tie";
  /** The factor of the provider's missing operant resources. */
  static final String PROVIDER_EXPERTISE = "provider's expertise";
  /** The factor of the customer's missing operant resources. */
  static final String CUSTOMER_EXPERTISE = "customer's expertise";
  /** The factor of co-production when neither performs an activity. */
  static final String CO_PRODUCTION = "co-production";
  /** The prefix of the factor of one activity not co-produced. */
  static final String CO_PRODUCTION_OF = "co-production of ";
  /** The factor of the provider's missing partners. */
  static final String PROVIDER_PARTNERS = "provider's partners";
  /** The factor of the customer's missing partners. */
  static final String CUSTOMER_PARTNERS = "customer's partners";

  private static final String NO_TIE =
      "Neither party SERVES the other and neither PARTNERS_WITH the other, so there is no"
          + " relationship whose partnership could be judged.";

  /** Creates the metric. */
  public Partnership() {
    super(NAME, Level.MESO);
  }

  @Override
  public Score measure(Dyad dyad) {
    requireNonNull(dyad, "dyad");
    Customer one = new Side(dyad.ecosystem(), dyad.provider()).customer();
    ScoreSink sink = ScoreSink.single(NAME);
    one.score(dyad.customer(), 0, sink);
    return sink.toScore(
        0,
        (value, contributions) ->
            "As partners rather than parties: their tie reads "
                + Texts.percent((one.reciprocity + one.tie) / 2)
                + " (service "
                + Texts.percent(one.reciprocity)
                + " reciprocal, partnership tie "
                + Texts.number(one.tie)
                + "), their expertise "
                + Texts.percent((one.providerExpertise + one.customerExpertise) / 2)
                + " (the provider's "
                + Texts.number(one.providerExpertise)
                + ", the customer's "
                + Texts.number(one.customerExpertise)
                + "), co-production "
                + Texts.percent(one.coProduction)
                + " ("
                + one.shared
                + " of "
                + Texts.count(one.activities, "activity", "activities")
                + " performed by both), the support of their partners "
                + Texts.percent((one.providerSupport + one.customerSupport) / 2)
                + " (the provider's "
                + Texts.number(one.providerSupport)
                + " from "
                + Texts.count(one.providerPartners, "partner", "partners")
                + ", the customer's "
                + Texts.number(one.customerSupport)
                + " from "
                + one.customerPartners
                + ")"
                + Texts.costliest(contributions)
                + ".");
  }

  @Override
  public CohortScorer prepare(Cohort cohort, Actor provider) {
    requireNonNull(cohort, "cohort");
    Side side = new Side(cohort.ecosystem(), requireNonNull(provider, "provider"));
    return CustomerScorer.each(cohort, side::customer);
  }

  private static double strength(Optional<Relation> relation) {
    return relation.map(Relation::strength).orElse(0.0);
  }

  /** {@return 1 − Π (1 − x) over the ACCESSES of {@code actor} to operant resources, in id order} */
  private static double expertise(ServiceEcosystem eco, Actor actor, RelationBuffer buffer) {
    buffer.byTarget(eco.relations(actor, RelationType.ACCESSES, Direction.OUTGOING));
    double lacking = 1;
    for (int k = 0, n = buffer.size(); k < n; k++) {
      Relation r = buffer.get(k);
      if (r.target() instanceof Resource resource
          && resource.nature() == ResourceNature.OPERANT) {
        lacking *= 1 - r.strength();
      }
    }
    return 1 - lacking;
  }

  /**
   * The provider's side, found once: its expertise, its partners (by id, with their ties) and its
   * activities (by id).
   */
  private static final class Side {
    private final ServiceEcosystem eco;
    private final Actor provider;
    private final double expertise;
    private final Ties partners = new Ties();
    private final String[] activities;
    private final double[] performing;
    private final String[] factors;

    Side(ServiceEcosystem eco, Actor provider) {
      this.eco = eco;
      this.provider = provider;
      RelationBuffer buffer = new RelationBuffer();
      this.expertise = expertise(eco, provider, buffer);
      partners.clear();
      partners.addOtherEnds(
          provider, eco.relations(provider, RelationType.PARTNERS_WITH, Direction.BOTH));
      partners.close();
      buffer.byTarget(eco.relations(provider, RelationType.PERFORMS, Direction.OUTGOING));
      int n = buffer.size();
      activities = new String[n];
      performing = new double[n];
      factors = new String[n];
      for (int k = 0; k < n; k++) {
        Relation r = buffer.get(k);
        activities[k] = r.target().id();
        performing[k] = r.strength();
        factors[k] = CO_PRODUCTION_OF + activities[k];
      }
    }

    /** {@return a scorer of one customer after another, with its own scratch space} */
    Customer customer() {
      return new Customer(this);
    }
  }

  /**
   * Scores one customer after another against a {@link Side}, keeping the parts of the last
   * customer for the explanation. Mutable and not thread-safe.
   */
  private static final class Customer implements CustomerScorer {
    private final Side side;
    private final RelationBuffer buffer = new RelationBuffer();
    private final Ties supporters = new Ties();
    // the parts of the last customer
    double reciprocity;
    double tie;
    double providerExpertise;
    double customerExpertise;
    double coProduction;
    int shared;
    int activities;
    double providerSupport;
    int providerPartners;
    double customerSupport;
    int customerPartners;

    Customer(Side side) {
      this.side = side;
    }

    /** Writes the score of {@code customer}, at index {@code i}, to {@code sink}. */
    @Override
    public void score(Actor customer, int i, ScoreSink sink) {
      ServiceEcosystem eco = side.eco;
      Actor provider = side.provider;
      double toCustomer = strength(eco.relation(provider, RelationType.SERVES, customer));
      double toProvider = strength(eco.relation(customer, RelationType.SERVES, provider));
      tie =
          Math.max(
              strength(eco.relation(provider, RelationType.PARTNERS_WITH, customer)),
              strength(eco.relation(customer, RelationType.PARTNERS_WITH, provider)));
      if (toCustomer == 0 && toProvider == 0 && tie == 0) {
        sink.undefined(i, NO_TIE);
        return;
      }
      reciprocity =
          toCustomer == 0 && toProvider == 0
              ? 0
              : Math.min(toCustomer, toProvider) / Math.max(toCustomer, toProvider);
      providerExpertise = side.expertise;
      customerExpertise = expertise(eco, customer, buffer);
      providerSupport = side.partners.support(customer);
      providerPartners = side.partners.size() - (side.partners.contains(customer) ? 1 : 0);
      supporters.clear();
      supporters.addOtherEnds(
          customer, eco.relations(customer, RelationType.PARTNERS_WITH, Direction.BOTH));
      supporters.addOtherEnds(
          customer, eco.relations(customer, RelationType.SERVES, Direction.INCOMING));
      supporters.close();
      customerSupport = supporters.support(provider);
      customerPartners = supporters.size() - (supporters.contains(provider) ? 1 : 0);
      boolean factors = sink.wantsFactors();
      if (factors) {
        sink.misfit(RECIPROCITY, (1 - reciprocity) / 8);
        sink.misfit(TIE, (1 - tie) / 8);
        sink.misfit(PROVIDER_EXPERTISE, (1 - providerExpertise) / 8);
        sink.misfit(CUSTOMER_EXPERTISE, (1 - customerExpertise) / 8);
      }
      coProduction = coProduction(customer, sink, factors);
      if (factors) {
        sink.misfit(PROVIDER_PARTNERS, (1 - providerSupport) / 8);
        sink.misfit(CUSTOMER_PARTNERS, (1 - customerSupport) / 8);
      }
      double value =
          ((reciprocity + tie) / 2
                  + (providerExpertise + customerExpertise) / 2
                  + coProduction
                  + (providerSupport + customerSupport) / 2)
              / 4;
      sink.defined(i, value);
    }

    /**
     * {@return K, the weighted Jaccard of the two's PERFORMS strengths}, writing each activity's
     * part of the misfit to {@code sink} if {@code factors}: the customer's and the provider's
     * activities merged in the order of their ids
     */
    private double coProduction(Actor customer, ScoreSink sink, boolean factors) {
      buffer.byTarget(side.eco.relations(customer, RelationType.PERFORMS, Direction.OUTGOING));
      int nc = buffer.size();
      int np = side.activities.length;
      shared = 0;
      activities = 0;
      if (nc == 0 && np == 0) {
        if (factors) {
          sink.misfit(CO_PRODUCTION, 0.25);
        }
        return 0;
      }
      double both = 0;
      double either = 0;
      for (int pass = 0; pass < (factors ? 2 : 1); pass++) {
        int a = 0;
        int b = 0;
        while (a < nc || b < np) {
          int order =
              a == nc ? 1 : b == np ? -1 : buffer.get(a).target().id().compareTo(side.activities[b]);
          double ck = order <= 0 ? buffer.get(a).strength() : 0.0;
          double pk = order >= 0 ? side.performing[b] : 0.0;
          if (pass == 0) {
            both += Math.min(ck, pk);
            either += Math.max(ck, pk);
            if (ck > 0 && pk > 0) {
              shared++;
            }
            activities++;
          } else {
            sink.misfit(
                order >= 0 ? side.factors[b] : CO_PRODUCTION_OF + buffer.get(a).target().id(),
                (Math.max(ck, pk) - Math.min(ck, pk)) / (4 * either));
          }
          if (order <= 0) {
            a++;
          }
          if (order >= 0) {
            b++;
          }
        }
      }
      return both / either;
    }
  }

  /**
   * The partners of one side, each once, in the order of their ids, with the strongest of the
   * relations that tie them to it. Mutable and not thread-safe: scratch space, reused.
   */
  private static final class Ties {
    /** One end of a relation and its strength; reused from one customer to the next. */
    private static final class End {
      @Nullable Element element;
      double strength;
    }

    private static final Comparator<End> BY_ID =
        (x, y) -> requireNonNull(x.element).id().compareTo(requireNonNull(y.element).id());

    private End[] ends = new End[0];
    private int size;
    /** How many distinct partners lead {@link #ends} after {@link #close()}. */
    private int count;

    void clear() {
      size = 0;
      count = 0;
    }

    /** Adds the other end of each of {@code relations} of {@code party}, but not {@code party}. */
    void addOtherEnds(Actor party, List<Relation> relations) {
      for (int k = 0, n = relations.size(); k < n; k++) {
        Relation r = relations.get(k);
        Element other = r.source().equals(party) ? r.target() : r.source();
        if (other.equals(party)) {
          continue; // a relation of the party to itself is no partner
        }
        if (size == ends.length) {
          ends = Arrays.copyOf(ends, Math.max(8, size * 2));
          for (int j = size; j < ends.length; j++) {
            ends[j] = new End();
          }
        }
        ends[size].element = other;
        ends[size].strength = r.strength();
        size++;
      }
    }

    /** Sorts the ends by id and keeps each once, first, with its strongest tie. */
    void close() {
      Arrays.sort(ends, 0, size, BY_ID);
      count = 0;
      for (int k = 0; k < size; k++) {
        End end = ends[k];
        if (count > 0 && requireNonNull(ends[count - 1].element).equals(end.element)) {
          ends[count - 1].strength = Math.max(ends[count - 1].strength, end.strength);
        } else {
          ends[count].element = end.element;
          ends[count].strength = end.strength;
          count++;
        }
      }
      for (int k = count; k < size; k++) {
        ends[k].element = null; // no element kept alive by the scratch space
      }
    }

    /** {@return how many distinct partners} */
    int size() {
      return count;
    }

    /** {@return whether {@code element} is one of the partners} */
    boolean contains(Element element) {
      for (int k = 0; k < count; k++) {
        if (element.equals(ends[k].element)) {
          return true;
        }
      }
      return false;
    }

    /** {@return 1 − Π (1 − t) over the partners other than {@code left}, in the order of the ids} */
    double support(Element left) {
      double lacking = 1;
      for (int k = 0; k < count; k++) {
        if (!left.equals(ends[k].element)) {
          lacking *= 1 - ends[k].strength;
        }
      }
      return 1 - lacking;
    }
  }
}
