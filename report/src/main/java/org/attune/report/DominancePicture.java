package org.attune.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.attune.dominance.CustomerDominance;
import org.attune.model.Initiative;
import org.attune.model.Sphere;

/**
 * Who conducts value formation, side by side: one row per reading of {@link CustomerDominance}, each
 * a bar of the customer's value-in-use split into the spheres where it forms (provider, joint,
 * customer: Grönroos &amp; Voima 2013), with the dominance index, its reading, and who took the
 * initiative in the customer's episodes beside it. It draws Heinonen's orchestra (in the
 * customer-dominance essay): the customer in the audience, on stage, or conducting.
 *
 * <pre>{@code
 * String svg = DominancePicture.of(List.of(
 *     DominancePicture.Row.of("provider-dominant", CustomerDominance.of(a, pat)),
 *     DominancePicture.Row.of("customer-dominant", CustomerDominance.of(b, pat)))).svg();
 * }</pre>
 *
 * <p><b>Rows.</b> One {@code g} of class {@code row} per row, whose {@code data-label} is its label;
 * in it, one {@code rect} of class {@code share} per sphere whose share is above zero, with {@code
 * data-sphere} and {@code data-share} (four decimals), from left to right provider, joint, customer,
 * each as wide as its share of 480 px. A reading with no value-in-use draws a grey bar that says why
 * it is undefined.
 *
 * <p>Immutable and thread-safe; {@link #svg()} is deterministic.
 */
public final class DominancePicture {

  private static final double LABEL_WIDTH = 170;
  private static final double BAR_WIDTH = 480;
  private static final double ROW_HEIGHT = 74;
  private static final double TOP = 56;
  private static final List<Sphere> ORDER = List.of(Sphere.PROVIDER, Sphere.JOINT, Sphere.CUSTOMER);

  private final List<Row> rows;

  private DominancePicture(List<Row> rows) {
    this.rows = rows;
  }

  /**
   * {@return a picture of the rows, in order}
   *
   * @param rows the labelled readings
   * @throws NullPointerException if {@code rows} or a row is null
   * @throws IllegalArgumentException if there is no row
   */
  public static DominancePicture of(List<Row> rows) {
    List<Row> copy = List.copyOf(requireNonNull(rows, "rows"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("rows must hold at least one row, but was empty");
    }
    return new DominancePicture(copy);
  }

  /** {@return the rows, in order} */
  public List<Row> rows() {
    return rows;
  }

  /** {@return the picture as a standalone SVG document} */
  public String svg() {
    double width = LABEL_WIDTH + BAR_WIDTH + 250;
    double height = TOP + rows.size() * ROW_HEIGHT + 50;
    String title = "Where value forms, and who conducts";
    Svg svg = new Svg(width, height, title);
    svg.start("text").attr("x", 10).attr("y", 22).attr("font-weight", "bold").text(title).end();
    svg.start("text").attr("x", 10).attr("y", 40).attr("fill", "#555555")
        .text("Share of the customer's value-in-use by sphere; the customer's share of initiative")
        .end();
    double y = TOP;
    for (Row row : rows) {
      row(svg, row, y);
      y += ROW_HEIGHT;
    }
    legend(svg, LABEL_WIDTH, y + 14);
    return svg.finish();
  }

  private static void row(Svg svg, Row row, double y) {
    CustomerDominance d = row.dominance();
    svg.start("g").attr("class", "row").attr("data-label", row.label());
    svg.start("text").attr("x", LABEL_WIDTH - 10).attr("y", y + 21).attr("text-anchor", "end")
        .attr("font-weight", "bold").text(row.label()).end();
    if (!d.isDefined()) {
      svg.start("rect").attr("class", "undefined").attr("x", LABEL_WIDTH).attr("y", y + 6)
          .attr("width", BAR_WIDTH).attr("height", 24).attr("fill", "#dddddd").end();
      svg.start("text").attr("x", LABEL_WIDTH + 8).attr("y", y + 22)
          .text("undefined: " + d.undefinedReason().orElse("")).end();
    } else {
      double x = LABEL_WIDTH;
      for (Sphere s : ORDER) {
        double share = d.share(s).orElse(0);
        if (share <= 0) {
          continue;
        }
        double w = BAR_WIDTH * share;
        svg.start("rect").attr("class", "share").attr("data-sphere", s.name())
            .attr("data-share", Svg.number(share, 4))
            .attr("x", x).attr("y", y + 6).attr("width", w).attr("height", 24)
            .attr("fill", colour(s)).attr("stroke", "#ffffff");
        svg.start("title").text(words(s) + " sphere " + percent(share)).end();
        svg.end();
        if (w >= 40) {
          svg.start("text").attr("x", x + w / 2).attr("y", y + 22).attr("text-anchor", "middle")
              .attr("fill", "#ffffff").attr("font-weight", "bold").text(percent(share)).end();
        }
        x += w;
      }
      svg.start("text").attr("x", LABEL_WIDTH + BAR_WIDTH + 12).attr("y", y + 22)
          .text(String.format(Locale.ROOT, "index %.2f, %s", d.index().orElse(0),
              d.reading().map(DominancePicture::words).orElse("")))
          .end();
    }
    String control;
    if (d.isControlDefined()) {
      int c = d.initiated(Initiative.CUSTOMER);
      int p = d.initiated(Initiative.PROVIDER);
      control = "customer initiated " + c + " of " + (c + p) + " episodes; "
          + d.conductor().map(s -> words(s) + " side conducts")
              .orElse("neither side conducts alone")
          + d.arrangement().map(a -> "; arrangement " + words(a)).orElse("");
    } else {
      control = "who conducts is unknown: " + d.controlUndefinedReason().orElse("");
    }
    svg.start("text").attr("class", "control").attr("x", LABEL_WIDTH).attr("y", y + 48)
        .attr("fill", "#333333").text(control).end();
    svg.end();
  }

  private static void legend(Svg svg, double x, double y) {
    svg.start("g").attr("class", "legend");
    double at = x;
    for (Sphere s : ORDER) {
      svg.start("rect").attr("x", at).attr("y", y).attr("width", 14).attr("height", 14)
          .attr("fill", colour(s)).end();
      svg.start("text").attr("x", at + 20).attr("y", y + 12).text(words(s) + " sphere").end();
      at += 150;
    }
    svg.end();
  }

  private static String colour(Sphere s) {
    return switch (s) {
      case PROVIDER -> "#d55e00";
      case JOINT -> "#009e73";
      case CUSTOMER -> "#0072b2";
    };
  }

  /** {@return a constant's name in lower case, words joined by hyphens: {@code co-creation}} */
  private static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  @Override
  public String toString() {
    return "DominancePicture" + rows.stream().map(Row::label).toList();
  }

  /**
   * One row of the picture: a label and the reading it draws.
   *
   * @param label what the row is called, such as the arrangement it shows
   * @param dominance the reading
   */
  public record Row(String label, CustomerDominance dominance) {

    /**
     * Checks the parts.
     *
     * @param label what the row is called
     * @param dominance the reading
     * @throws NullPointerException if a part is null
     */
    public Row {
      requireNonNull(label, "label");
      requireNonNull(dominance, "dominance");
    }

    /**
     * {@return a row}
     *
     * @param label what the row is called
     * @param dominance the reading
     */
    public static Row of(String label, CustomerDominance dominance) {
      return new Row(label, dominance);
    }
  }
}
