package org.attune.metric.alignment;

import java.util.List;
import java.util.Optional;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.ProfileKernel;
import org.attune.metric.internal.Aligner;
import org.attune.metric.internal.Batches;
import org.attune.metric.internal.ProfileRow;
import org.attune.model.Actor;
import org.attune.model.Profile;

/**
 * The batch path of the metrics comparing the customer's own logic {@code (c, c)} with the
 * provider's {@code (p, p)}: the provider's profile is fetched and lined up once, and each customer
 * costs one lookup ({@link ServiceEcosystem#ownLogic(Actor)}, which also checks membership) and one
 * pass over its dimensions through a reused view, allocating nothing.
 */
final class ProfileBatch {

  private ProfileBatch() {}

  static double[] measureAll(
      ServiceEcosystem ecosystem,
      Actor provider,
      List<? extends Actor> customers,
      boolean parallel,
      ProfileKernel kernel) {
    Batches.requireProvider(ecosystem, provider);
    List<? extends Actor> list = Batches.randomAccess(customers);
    Optional<Profile> offering = ecosystem.ownLogic(provider);
    if (offering.isEmpty()) {
      return Batches.run(
          list.size(),
          parallel,
          () -> (from, to, out) -> {
            for (int i = from; i < to; i++) {
              Batches.customer(list, i, ecosystem);
              out[i] = Double.NaN;
            }
          });
    }
    Profile offered = offering.get();
    return Batches.run(
        list.size(),
        parallel,
        () -> {
          Aligner aligner = new Aligner(offered);
          ProfileRow row = new ProfileRow();
          return (from, to, out) -> {
            for (int i = from; i < to; i++) {
              Optional<Profile> own = ownLogic(ecosystem, list, i);
              if (own.isEmpty()) {
                out[i] = Double.NaN;
                continue;
              }
              Profile c = own.get();
              out[i] = kernel.value(row.load(c, aligner.align(c)));
            }
          };
        });
  }

  private static Optional<Profile> ownLogic(
      ServiceEcosystem ecosystem, List<? extends Actor> customers, int i) {
    Actor customer = customers.get(i);
    if (customer == null) {
      throw new NullPointerException("customers[" + i + "]");
    }
    try {
      return ecosystem.ownLogic(customer);
    } catch (IllegalArgumentException e) {
      throw Batches.notMember(i, customer);
    }
  }
}
