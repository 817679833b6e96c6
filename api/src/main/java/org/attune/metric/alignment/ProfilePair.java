package org.attune.metric.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.model.Actor;
import org.attune.model.Profile;

/**
 * The two profiles a profile metric compares: C, the customer's own logic {@code (c, c)}, and the
 * other profile P, lined up with C's dimensions ({@code other[i]} is P's level of C's i-th dimension,
 * 0 if P lacks it).
 */
// package-private and never compared: the array is a scratch line-up, not a value
@SuppressWarnings("ArrayRecordComponent")
record ProfilePair(Profile customer, Profile other, double[] aligned) {

  /** Which profile P is. */
  enum Other {
    /** The provider's own logic {@code (p, p)}: its offering. */
    OFFERING("the provider's own logic, its offering, perspective (provider, provider)"),
    /** The customer's image of the provider {@code (c, p)}. */
    IMAGE("the customer's image of the provider, perspective (customer, provider)");

    private final String description;

    Other(String description) {
      this.description = description;
    }

    Optional<Profile> of(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
      return this == OFFERING
          ? ecosystem.perspective(provider, provider)
          : ecosystem.perspective(customer, provider);
    }
  }

  /** {@return C and P of {@code dyad}, or empty if either is missing} */
  static Optional<ProfilePair> of(Dyad dyad, Other which) {
    ServiceEcosystem eco = dyad.ecosystem();
    Optional<Profile> c = eco.perspective(dyad.customer(), dyad.customer());
    Optional<Profile> p = which.of(eco, dyad.customer(), dyad.provider());
    if (c.isEmpty() || p.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProfilePair(c.get(), p.get(), Aligner.alignOnce(c.get(), p.get())));
  }

  /** {@return the sentence saying which of C and P {@code dyad} lacks} */
  static String missing(Dyad dyad, Other which) {
    ServiceEcosystem eco = dyad.ecosystem();
    return missing(
        eco.perspective(dyad.customer(), dyad.customer()).isEmpty(),
        which.of(eco, dyad.customer(), dyad.provider()).isEmpty(),
        which);
  }

  /** {@return the sentence saying that C, P or both are missing} */
  static String missing(boolean noCustomerLogic, boolean noOther, Other which) {
    List<String> missing = new ArrayList<>(2);
    if (noCustomerLogic) {
      missing.add("the customer's own logic, perspective (customer, customer)");
    }
    if (noOther) {
      missing.add(which.description);
    }
    return "Cannot compare profiles: " + String.join(" and ", missing) + " "
        + (missing.size() == 1 ? "is" : "are") + " missing.";
  }
}
