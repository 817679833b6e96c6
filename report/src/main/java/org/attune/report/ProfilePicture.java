package org.attune.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;

/**
 * A profile against another, dimension by dimension: for each dimension a row with two bars side by
 * side, the customer's level and the other profile's, each row as thick as the dimension weighs in
 * the customer's logic. It shows Venkatraman's fit as profile deviation (Venkatraman 1989): how far
 * a provider's offering, or its model of the customer, lies from the customer's own logic on each
 * dimension that matters to the customer.
 *
 * <pre>{@code
 * String svg = ProfilePicture.offering(eco, alice, clinic).svg();
 * }</pre>
 *
 * <p><b>Rows.</b> One {@code g} of class {@code dimension} per dimension, whose {@code
 * data-dimension} is its name: the customer's dimensions in their order, then those only the other
 * profile holds. In it, one {@code rect} of class {@code bar customer} and one of class {@code bar
 * other}, each only where that profile holds the dimension: a level a profile does not hold is
 * never drawn, and the row says "not held". The bar's thickness is 4 + 14 &times; the dimension's
 * relative weight in the customer's profile (or in the other profile, for a dimension the customer
 * does not hold); the weight is written beside the label.
 *
 * <p><b>Scale.</b> From 0 to 1, the range of a level.
 *
 * <p>Immutable and thread-safe; {@link #svg()} is deterministic.
 */
public final class ProfilePicture {

  private static final double LABEL_WIDTH = 190;
  private static final double PLOT_WIDTH = 360;
  private static final double ROW_GAP = 14;
  private static final double TOP = 70;

  private final String title;
  private final String customerLabel;
  private final Profile customer;
  private final String otherLabel;
  private final Profile other;

  private ProfilePicture(
      String title, String customerLabel, Profile customer, String otherLabel, Profile other) {
    this.title = title;
    this.customerLabel = customerLabel;
    this.customer = customer;
    this.otherLabel = otherLabel;
    this.other = other;
  }

  /**
   * {@return the picture of {@code customer} against {@code other}, under the given labels}
   *
   * @param title the picture's title
   * @param customerLabel what the customer's bars are called in the legend
   * @param customer the customer's profile, whose weights set each row's thickness
   * @param otherLabel what the other bars are called in the legend
   * @param other the profile set against it: an offering, a provider's model of the customer
   * @throws NullPointerException if an argument is null
   */
  public static ProfilePicture of(
      String title, String customerLabel, Profile customer, String otherLabel, Profile other) {
    return new ProfilePicture(
        requireNonNull(title, "title"),
        requireNonNull(customerLabel, "customerLabel"),
        requireNonNull(customer, "customer"),
        requireNonNull(otherLabel, "otherLabel"),
        requireNonNull(other, "other"));
  }

  /**
   * {@return the customer's own logic, {@code perspective(customer, customer)}, against the
   * provider's offering, {@code perspective(provider, provider)}}; labelled by id
   *
   * @param ecosystem the ecosystem holding both perspectives
   * @param customer the customer
   * @param provider the provider
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the customer has no own logic or the provider no offering
   *     in {@code ecosystem}
   */
  public static ProfilePicture offering(
      ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    Profile own = ownLogic(ecosystem, customer);
    Profile offering =
        ecosystem
            .perspective(provider, provider)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "provider '"
                            + provider.id()
                            + "' has no offering (perspective of itself) in the ecosystem;"
                            + " expected one to draw against the customer's logic"));
    return of(
        customer.id() + "'s logic against " + provider.id() + "'s offering",
        customer.id() + ": own logic",
        own,
        provider.id() + ": offering",
        offering);
  }

  /**
   * {@return the customer's own logic, {@code perspective(customer, customer)}, against the
   * provider's model of it, {@code perspective(provider, customer)}}; labelled by id
   *
   * @param ecosystem the ecosystem holding both perspectives
   * @param customer the customer
   * @param provider the provider
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the customer has no own logic or the provider no model of
   *     it in {@code ecosystem}
   */
  public static ProfilePicture model(ServiceEcosystem ecosystem, Actor customer, Actor provider) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    requireNonNull(provider, "provider");
    Profile own = ownLogic(ecosystem, customer);
    Profile model =
        ecosystem
            .perspective(provider, customer)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "provider '"
                            + provider.id()
                            + "' has no model of customer '"
                            + customer.id()
                            + "' in the ecosystem; expected a perspective of the provider on the"
                            + " customer"));
    return of(
        customer.id() + "'s logic against " + provider.id() + "'s model of it",
        customer.id() + ": own logic",
        own,
        provider.id() + ": model of " + customer.id(),
        model);
  }

  private static Profile ownLogic(ServiceEcosystem ecosystem, Actor customer) {
    return ecosystem
        .perspective(customer, customer)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "customer '"
                        + customer.id()
                        + "' has no own logic (perspective of itself) in the ecosystem;"
                        + " expected one to draw"));
  }

  /** {@return the customer's profile} */
  public Profile customer() {
    return customer;
  }

  /** {@return the profile set against the customer's} */
  public Profile other() {
    return other;
  }

  /** {@return the dimensions drawn, one row each: the customer's, then the other's own} */
  public List<Dimension> dimensions() {
    Set<Dimension> all = new LinkedHashSet<>(customer.dimensions());
    all.addAll(other.dimensions());
    return List.copyOf(all);
  }

  /** {@return the picture as a standalone SVG document} */
  public String svg() {
    List<Dimension> dimensions = dimensions();
    List<double[]> thickness = new ArrayList<>();
    double height = TOP;
    for (Dimension d : dimensions) {
      double w = relativeWeight(d);
      double t = 4 + 14 * w;
      thickness.add(new double[] {t, w});
      height += 2 * t + 4 + ROW_GAP;
    }
    height += 40;
    double width = LABEL_WIDTH + PLOT_WIDTH + 80;
    double x0 = LABEL_WIDTH;

    Svg svg = new Svg(width, height, title);
    svg.start("text").attr("x", 10).attr("y", 20).attr("font-weight", "bold").text(title).end();
    legendEntry(svg, 10, 40, "#0072b2", customerLabel);
    legendEntry(svg, 10 + width / 2, 40, "#e69f00", otherLabel);

    double y = TOP;
    for (int row = 0; row < dimensions.size(); row++) {
      Dimension d = dimensions.get(row);
      double t = thickness.get(row)[0];
      svg.start("g").attr("class", "dimension").attr("data-dimension", d.name());
      svg.start("text")
          .attr("x", LABEL_WIDTH - 8)
          .attr("y", y + t + 4)
          .attr("text-anchor", "end")
          .text(d.name() + " (weight " + Svg.number(thickness.get(row)[1]) + ")")
          .end();
      bar(svg, "bar customer", "#0072b2", customer.level(d), x0, y, t);
      bar(svg, "bar other", "#e69f00", other.level(d), x0, y + t + 4, t);
      svg.end();
      y += 2 * t + 4 + ROW_GAP;
    }
    // axis
    svg.start("g").attr("class", "axis");
    svg.start("line")
        .attr("x1", x0)
        .attr("y1", y)
        .attr("x2", x0 + PLOT_WIDTH)
        .attr("y2", y)
        .attr("stroke", "#333333")
        .end();
    for (int i = 0; i <= 4; i++) {
      // a level lies in [0, 1]: a tick at each quarter
      double v = i / 4.0;
      double x = x0 + PLOT_WIDTH * i / 4;
      svg.start("line")
          .attr("x1", x)
          .attr("y1", y)
          .attr("x2", x)
          .attr("y2", y + 5)
          .attr("stroke", "#333333")
          .end();
      svg.start("text")
          .attr("x", x)
          .attr("y", y + 18)
          .attr("text-anchor", "middle")
          .text(Svg.number(v))
          .end();
    }
    svg.end();
    return svg.finish();
  }

  /** The relative weight of {@code d} in the customer's profile, or else in the other's. */
  private double relativeWeight(Dimension d) {
    int i = customer.indexOf(d);
    if (i >= 0) {
      return customer.relativeWeightAt(i);
    }
    return other.relativeWeightAt(other.indexOf(d));
  }

  private static void bar(
      Svg svg,
      String cls,
      String colour,
      OptionalDouble level,
      double x0,
      double y,
      double t) {
    if (level.isEmpty()) {
      svg.start("text")
          .attr("class", "missing")
          .attr("x", x0 + 4)
          .attr("y", y + t - 1)
          .attr("fill", "#777777")
          .attr("font-size", 10)
          .text("not held")
          .end();
      return;
    }
    // a level lies in [0, 1], so the bar runs right from x0
    double x = x0 + PLOT_WIDTH * level.getAsDouble();
    svg.start("rect")
        .attr("class", cls)
        .attr("x", x0)
        .attr("y", y)
        .attr("width", x - x0)
        .attr("height", t)
        .attr("fill", colour);
    svg.start("title").text(Svg.number(level.getAsDouble(), 3)).end();
    svg.end();
    svg.start("text")
        .attr("x", x + 4)
        .attr("y", y + t - 1)
        .attr("font-size", 10)
        .text(Svg.number(level.getAsDouble()))
        .end();
  }

  private static void legendEntry(Svg svg, double x, double y, String colour, String label) {
    svg.start("rect")
        .attr("x", x)
        .attr("y", y - 10)
        .attr("width", 14)
        .attr("height", 10)
        .attr("fill", colour)
        .end();
    svg.start("text").attr("x", x + 20).attr("y", y).text(label).end();
  }

  /** {@return the number of dimensions drawn; never a level or a name} */
  @Override
  public String toString() {
    return "ProfilePicture[dimensions=" + dimensions().size() + "]";
  }
}
