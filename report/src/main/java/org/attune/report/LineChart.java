package org.attune.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.attune.dynamics.Trajectory;

/**
 * Series over time as a line chart: one line per series, axes with ticks, and a legend. Where a
 * value is undefined the line breaks: no value is ever invented to bridge a gap.
 *
 * <pre>{@code
 * String svg = LineChart.of("Fit over time", List.of(LineChart.Line.of(trajectory))).svg();
 * }</pre>
 *
 * <p><b>Lines.</b> One {@code g} of class {@code line} per series, whose {@code data-label} is its
 * label; in it, one {@code polyline} per run of defined values between gaps, and one {@code circle}
 * of class {@code point} per defined value (so that a lone value between two gaps shows too).
 *
 * <p><b>Scales.</b> Time from the earliest instant to the latest, the value from the smaller of 0
 * and the lowest value to the larger of 1 and the highest; five ticks on each axis, dates in UTC.
 *
 * <p>Immutable and thread-safe; {@link #svg()} is deterministic.
 */
public final class LineChart {

  private static final String[] PALETTE = {
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#000000"
  };
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final double LEFT = 60;
  private static final double TOP = 40;
  private static final double PLOT_WIDTH = 520;
  private static final double PLOT_HEIGHT = 260;
  private static final double LEGEND_WIDTH = 200;

  private final String title;
  private final List<Line> lines;

  private LineChart(String title, List<Line> lines) {
    this.title = title;
    this.lines = lines;
  }

  /**
   * {@return a chart of {@code lines} under {@code title}}
   *
   * @param title the chart's title
   * @param lines the series, at least one, drawn in this order
   * @throws NullPointerException if an argument or a line is null
   * @throws IllegalArgumentException if {@code lines} is empty
   */
  public static LineChart of(String title, List<Line> lines) {
    requireNonNull(title, "title");
    List<Line> copy = List.copyOf(requireNonNull(lines, "lines"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("lines must hold at least one line, but was empty");
    }
    return new LineChart(title, copy);
  }

  /** {@return the lines, in the order drawn} */
  public List<Line> lines() {
    return lines;
  }

  /** {@return the chart as a standalone SVG document} */
  public String svg() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    double low = 0;
    double high = 1;
    for (Line line : lines) {
      for (int i = 0; i < line.instants().size(); i++) {
        long t = line.instants().get(i).getEpochSecond();
        first = Math.min(first, t);
        last = Math.max(last, t);
        OptionalDouble v = line.values().get(i);
        if (v.isPresent()) {
          low = Math.min(low, v.getAsDouble());
          high = Math.max(high, v.getAsDouble());
        }
      }
    }
    if (first == Long.MAX_VALUE) {
      first = 0;
      last = 1;
    } else if (first == last) {
      first -= 43_200;
      last += 43_200;
    }
    double width = LEFT + PLOT_WIDTH + 30 + LEGEND_WIDTH;
    double height = TOP + PLOT_HEIGHT + 50;
    double bottom = TOP + PLOT_HEIGHT;
    Svg svg = new Svg(width, height, title);
    svg.start("text").attr("x", LEFT).attr("y", 20).attr("font-weight", "bold").text(title).end();

    svg.start("g").attr("class", "axes");
    axisLine(svg, LEFT, bottom, LEFT + PLOT_WIDTH, bottom);
    axisLine(svg, LEFT, TOP, LEFT, bottom);
    for (int i = 0; i <= 4; i++) {
      double x = LEFT + PLOT_WIDTH * i / 4;
      long t = first + Math.round((double) (last - first) * i / 4);
      axisLine(svg, x, bottom, x, bottom + 5);
      svg.start("text")
          .attr("class", "tick x")
          .attr("x", x)
          .attr("y", bottom + 20)
          .attr("text-anchor", "middle")
          .attr("font-size", 10)
          .text(DAY.format(Instant.ofEpochSecond(t)))
          .end();
      double y = bottom - PLOT_HEIGHT * i / 4;
      // in quarters, so that the ends of the double range do not overflow
      double v = low / 4 * (4 - i) + high / 4 * i;
      axisLine(svg, LEFT - 5, y, LEFT, y);
      svg.start("line")
          .attr("x1", LEFT)
          .attr("y1", y)
          .attr("x2", LEFT + PLOT_WIDTH)
          .attr("y2", y)
          .attr("stroke", "#eeeeee")
          .end();
      svg.start("text")
          .attr("class", "tick y")
          .attr("x", LEFT - 8)
          .attr("y", y + 4)
          .attr("text-anchor", "end")
          .attr("font-size", 10)
          .text(Math.abs(v) < 1e6 ? Svg.number(v) : String.format(Locale.ROOT, "%.2e", v))
          .end();
    }
    svg.end();

    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      String colour = PALETTE[l % PALETTE.length];
      svg.start("g").attr("class", "line").attr("data-label", line.label());
      List<String> run = new ArrayList<>();
      List<double[]> points = new ArrayList<>();
      for (int i = 0; i < line.instants().size(); i++) {
        OptionalDouble v = line.values().get(i);
        if (v.isEmpty()) {
          polyline(svg, run, colour);
          continue;
        }
        double x =
            LEFT
                + PLOT_WIDTH
                    * (line.instants().get(i).getEpochSecond() - first)
                    / (double) (last - first);
        // halved, so that the span of values at the ends of the double range does not overflow
        double y = bottom - PLOT_HEIGHT * ((v.getAsDouble() / 2 - low / 2) / (high / 2 - low / 2));
        run.add(Svg.number(x) + "," + Svg.number(y));
        points.add(new double[] {x, y});
      }
      polyline(svg, run, colour);
      for (double[] p : points) {
        svg.start("circle")
            .attr("class", "point")
            .attr("cx", p[0])
            .attr("cy", p[1])
            .attr("r", 3)
            .attr("fill", colour)
            .end();
      }
      svg.end();
    }

    svg.start("g").attr("class", "legend");
    double lx = LEFT + PLOT_WIDTH + 30;
    for (int l = 0; l < lines.size(); l++) {
      double y = TOP + 10 + 20 * l;
      svg.start("line")
          .attr("x1", lx)
          .attr("y1", y - 4)
          .attr("x2", lx + 20)
          .attr("y2", y - 4)
          .attr("stroke", PALETTE[l % PALETTE.length])
          .attr("stroke-width", 2)
          .end();
      svg.start("text").attr("x", lx + 26).attr("y", y).text(lines.get(l).label()).end();
    }
    svg.end();
    return svg.finish();
  }

  private static void polyline(Svg svg, List<String> run, String colour) {
    if (run.size() >= 2) {
      svg.start("polyline")
          .attr("points", String.join(" ", run))
          .attr("fill", "none")
          .attr("stroke", colour)
          .attr("stroke-width", 2)
          .end();
    }
    run.clear();
  }

  private static void axisLine(Svg svg, double x1, double y1, double x2, double y2) {
    svg.start("line")
        .attr("x1", x1)
        .attr("y1", y1)
        .attr("x2", x2)
        .attr("y2", y2)
        .attr("stroke", "#333333")
        .end();
  }

  /** {@return the number of lines; never a label} */
  @Override
  public String toString() {
    return "LineChart[lines=" + lines.size() + "]";
  }

  /**
   * One series: a label and values at instants, a value empty where it is undefined.
   *
   * @param label what the legend calls the series
   * @param instants the instants, in order (not decreasing)
   * @param values one per instant; empty where undefined
   */
  public record Line(String label, List<Instant> instants, List<OptionalDouble> values) {

    /**
     * Validates and copies the components.
     *
     * @param label what the legend calls the series
     * @param instants the instants, in order (not decreasing)
     * @param values one per instant; empty where undefined, else finite
     * @throws NullPointerException if a component or an entry is null
     * @throws IllegalArgumentException if the sizes differ, an instant comes before the one before
     *     it, or a value is not finite
     */
    public Line {
      requireNonNull(label, "label");
      instants = List.copyOf(requireNonNull(instants, "instants"));
      values = List.copyOf(requireNonNull(values, "values"));
      if (instants.size() != values.size()) {
        throw new IllegalArgumentException(
            "instants and values must have the same size, but were "
                + instants.size()
                + " and "
                + values.size());
      }
      for (int i = 1; i < instants.size(); i++) {
        if (instants.get(i).isBefore(instants.get(i - 1))) {
          throw new IllegalArgumentException(
              "instants["
                  + i
                  + "] must not come before instants["
                  + (i - 1)
                  + "], but was "
                  + instants.get(i)
                  + " after "
                  + instants.get(i - 1));
        }
      }
      for (int i = 0; i < values.size(); i++) {
        OptionalDouble v = values.get(i);
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
          throw new IllegalArgumentException(
              "values[" + i + "] must be finite or empty, but was " + v.getAsDouble());
        }
      }
    }

    /**
     * {@return the line of {@code trajectory}: its metric's name with the customer's and the
     * provider's ids as label, its undefined scores as gaps}
     *
     * @param trajectory the trajectory
     * @throws NullPointerException if {@code trajectory} is null
     */
    public static Line of(Trajectory trajectory) {
      requireNonNull(trajectory, "trajectory");
      return of(
          trajectory.metric()
              + " ("
              + trajectory.customer().id()
              + ", "
              + trajectory.provider().id()
              + ")",
          trajectory);
    }

    /**
     * {@return the line of {@code trajectory} under a label of one's own, its undefined scores as
     * gaps}
     *
     * @param label what the legend calls the line
     * @param trajectory the trajectory
     * @throws NullPointerException if an argument is null
     */
    public static Line of(String label, Trajectory trajectory) {
      requireNonNull(label, "label");
      requireNonNull(trajectory, "trajectory");
      List<Instant> instants = new ArrayList<>();
      List<OptionalDouble> values = new ArrayList<>();
      for (Trajectory.Point p : trajectory.points()) {
        instants.add(p.instant());
        values.add(p.score().valueOrEmpty());
      }
      return new Line(label, instants, values);
    }
  }
}
