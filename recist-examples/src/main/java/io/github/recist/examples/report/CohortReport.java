package io.github.recist.examples.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.recist.cohort.Cohort;
import io.github.recist.cohort.ConfidenceInterval;
import io.github.recist.cohort.KaplanMeier;
import io.github.recist.cohort.MedianSurvival;
import io.github.recist.cohort.Proportion;
import io.github.recist.cohort.SurvivalEstimate;
import io.github.recist.model.Problem;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.rules.TargetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the cohort report into a folder: {@code report.html}, self-contained (tables of the
 * per-subject results and of the cohort endpoints of Rule R13, the pictures embedded as base64 PNG),
 * and each picture as PNG and SVG beside it: {@code waterfall}, {@code spider}, {@code swimmer},
 * {@code km-pfs} (progression-free survival) and {@code km-dor} (duration of response).
 *
 * <pre>{@code
 * List<SubjectAssessment> assessed = subjects.stream().map(s -> Recist11.assess(s, protocol)).toList();
 * CohortReport.write(assessed, protocol, Path.of("out"));   // out/report.html, out/waterfall.png, ...
 * }</pre>
 *
 * <p>The report reads nothing and writes no {@code results.json}: the command line pairs it with the
 * JSON codec. Pictures are drawn off-screen; {@code java.awt.headless} is set to {@code true} unless
 * the caller has set it.
 */
public final class CohortReport {
  private CohortReport() {}

  /** The landmarks of the report, in months: 6 and 12 (182.625 and 365.25 days). */
  static final double[] LANDMARK_MONTHS = {6, 12};

  /**
   * Writes the report of {@code subjects}, assessed under {@code protocol}, into {@code outDir}
   * (created if missing), and returns the files written, {@code report.html} first.
   *
   * @throws IllegalArgumentException if there is no subject, or two share an id
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(List<SubjectAssessment> subjects, Protocol protocol, Path outDir)
      throws IOException {
    checkNotNull(protocol, "protocol");
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Cohort cohort = Cohort.of(subjects);
    Files.createDirectories(outDir);
    List<Picture> pictures = pictures(cohort);
    List<Path> written = new ArrayList<>();
    Path html = outDir.resolve("report.html");
    written.add(html);
    Map<String, byte[]> png = new LinkedHashMap<>();
    for (Picture p : pictures) {
      byte[] bytes = p.png();
      png.put(p.name(), bytes);
      Path pngFile = outDir.resolve(p.name() + ".png");
      Path svgFile = outDir.resolve(p.name() + ".svg");
      Files.write(pngFile, bytes);
      Files.writeString(svgFile, p.svg(), StandardCharsets.UTF_8);
      written.add(pngFile);
      written.add(svgFile);
    }
    Files.writeString(html, html(cohort, protocol, pictures, png), StandardCharsets.UTF_8);
    return ImmutableList.copyOf(written);
  }

  /** The five pictures of {@code cohort}. */
  static List<Picture> pictures(Cohort cohort) {
    List<SubjectAssessment> subjects = cohort.subjects();
    Map<String, KaplanMeier> pfs = new LinkedHashMap<>();
    pfs.put("PFS", cohort.progressionFreeSurvival());
    Map<String, KaplanMeier> dor = new LinkedHashMap<>();
    dor.put("DoR", cohort.durationOfResponse());
    return List.of(WaterfallPlot.of(subjects), SpiderPlot.of(subjects), SwimmerPlot.of(subjects),
        KaplanMeierPlot.of("km-pfs", "Progression-free survival (Kaplan–Meier)",
            "Months since the reference date", "Probability of being progression-free", pfs),
        KaplanMeierPlot.of("km-dor", "Duration of response (Kaplan–Meier, responders)",
            "Months since the first response", "Probability of remaining in response", dor));
  }

  private static final Map<String, String> CAPTIONS = Map.of(
      "waterfall", "Best change of the sum of target diameters from baseline, per subject, coloured "
          + "by best overall response; dashed lines at \u2212" + TargetResponse.PARTIAL_RESPONSE_PERCENT
          + " % (partial response) and +" + TargetResponse.PROGRESSION_PERCENT + " % "
          + "(progression, which also needs " + TargetResponse.PROGRESSION_MINIMUM_INCREASE
          + " above the nadir). Subjects without a measured sum "
          + "have no bar.",
      "spider", "Change of the sum of target diameters from baseline over time, per subject, up to "
          + "and including the first progression in the evaluation window.",
      "swimmer", "Time on study per subject (to the later of the last assessment in the window and "
          + "the end of progression-free survival), with the first response, progression, death "
          + "and censoring.",
      "km-pfs", "Progression-free survival from the reference date: progression or death is an "
          + "event; censored (+) at the last evaluable assessment, or at the last one before a new "
          + "anti-cancer therapy.",
      "km-dor", "Duration of response of the responders (CR or PR), from the first visit of the "
          + "response to progression; censored (+) at the last evaluable assessment.");

  static String html(Cohort cohort, Protocol protocol, List<Picture> pictures,
      Map<String, byte[]> png) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<title>RECIST 1.1 cohort report</title>\n<style>\n")
        .raw("body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;"
            + "margin:2em auto;max-width:1100px;color:#222;padding:0 1em}\n")
        .raw("table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;"
            + "padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}\n")
        .raw("td.n{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1.5em 0}"
            + "figcaption{color:#555;font-size:0.9em;max-width:900px}img{max-width:100%;"
            + "border:1px solid #eee}\n")
        .raw(".swatch{display:inline-block;width:0.8em;height:0.8em;margin-right:0.3em;"
            + "vertical-align:baseline}small{color:#666}details{font-size:0.9em}\n")
        .raw("</style>\n</head>\n<body>\n");
    h.tag("h1", "RECIST 1.1 cohort report");
    h.raw("<p>").text(cohort.size() + " subjects. Protocol: " + describe(protocol) + ".")
        .raw("</p>\n");

    h.tag("h2", "Cohort endpoints (Rule R13)");
    endpoints(h, cohort);

    h.tag("h2", "Best overall response (Rules R11, R12)");
    h.raw("<table>\n<tr><th>Best overall response</th><th>n</th><th>%</th></tr>\n");
    cohort.bestResponseCounts().forEach((r, n) -> h.raw("<tr><td>")
        .raw("<span class=\"swatch\" style=\"background:" + ResponseColors.css(r) + "\"></span>")
        .text(r.name() + " (" + r.description() + ")").raw("</td><td class=\"n\">")
        .text(Integer.toString(n)).raw("</td><td class=\"n\">")
        .text(pct(n / (double) cohort.size())).raw("</td></tr>\n"));
    h.raw("<tr><th>Total</th><th class=\"n\">" + cohort.size() + "</th><th class=\"n\">100.0</th>"
        + "</tr>\n</table>\n");

    h.tag("h2", "Pictures");
    for (Picture p : pictures) {
      h.raw("<figure id=\"" + p.name() + "\">\n<img src=\"data:image/png;base64,")
          .raw(Base64.getEncoder().encodeToString(png.get(p.name())))
          .raw("\" alt=\"" + p.name() + "\" width=\"" + p.width() + "\">\n<figcaption>")
          .text(CAPTIONS.get(p.name())).raw(" <a href=\"" + p.name() + ".svg\">SVG</a> · <a href=\""
              + p.name() + ".png\">PNG</a></figcaption>\n</figure>\n");
    }

    h.tag("h2", "Progression-free survival: life table");
    lifeTable(h, cohort.progressionFreeSurvival());
    h.tag("h2", "Duration of response: life table");
    lifeTable(h, cohort.durationOfResponse());

    h.tag("h2", "Per-subject results");
    subjects(h, cohort);

    h.tag("h2", "Methods");
    h.raw("<ul>\n");
    h.raw("<li>").text("Objective response rate: CR or PR as best overall response; disease "
        + "control rate: CR, PR, SD or NON-CR/NON-PD; over every subject (NE, ND and MISSING "
        + "included). Exact Clopper–Pearson intervals.").raw("</li>\n");
    h.raw("<li>").text("Kaplan–Meier estimates with Greenwood standard errors; confidence bands on "
        + "the " + cohort.transform().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + " scale; the median's interval by Brookmeyer and Crowley from the same bands. NR: not "
        + "reached.").raw("</li>\n");
    h.raw("<li>").text("Time in days from the reference date (PFS) or from the first visit of the "
        + "response (DoR); a month is 30.4375 days (365.25 / 12), so 6 months are 182.625 days and "
        + "12 months 365.25 days. A landmark rate past the last observed time is not estimable.")
        .raw("</li>\n");
    h.raw("</ul>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void endpoints(Html h, Cohort cohort) {
    h.raw("<table>\n<tr><th>Endpoint</th><th>Estimate</th><th>")
        .text(percent(cohort.confidenceLevel()) + " CI").raw("</th><th>Notes</th></tr>\n");
    rate(h, "Objective response rate (CR + PR)", cohort.objectiveResponseRate());
    rate(h, "Disease control rate (CR + PR + SD + NON-CR/NON-PD)", cohort.diseaseControlRate());
    KaplanMeier pfs = cohort.progressionFreeSurvival();
    survival(h, "Progression-free survival", pfs, pfs.eventCount() + " events (progression or "
        + "death), " + pfs.censoredCount() + " censored");
    KaplanMeier dor = cohort.durationOfResponse();
    survival(h, "Duration of response", dor, dor.size() + " responders, " + dor.eventCount()
        + " progressed");
    h.raw("</table>\n");
  }

  private static void rate(Html h, String name, Proportion p) {
    h.raw("<tr><td>").text(name).raw("</td><td class=\"n\">")
        .text(p.successes() + "/" + p.trials() + " = " + pct(p.estimate()) + "%")
        .raw("</td><td class=\"n\">").text(pct(p.interval().lower()) + "–"
            + pct(p.interval().upper()) + "%").raw("</td><td>exact (Clopper–Pearson)</td></tr>\n");
  }

  private static void survival(Html h, String name, KaplanMeier km, String notes) {
    MedianSurvival m = km.median();
    h.raw("<tr><td>").text("Median " + name.toLowerCase(Locale.ROOT) + ", days (months)")
        .raw("</td><td class=\"n\">").text(days(m.estimate())).raw("</td><td class=\"n\">")
        .text(days(m.lower()) + " – " + days(m.upper())).raw("</td><td>").text(notes)
        .raw("</td></tr>\n");
    for (double months : LANDMARK_MONTHS) {
      double t = Cohort.days(months);
      Optional<SurvivalEstimate> at = km.size() == 0 ? Optional.empty() : km.at(t);
      h.raw("<tr><td>").text(name + " rate at " + (int) months + " months (day "
          + num(t) + ")").raw("</td><td class=\"n\">");
      if (at.isPresent()) {
        SurvivalEstimate e = at.get();
        h.text(pct(e.survival()) + "%").raw("</td><td class=\"n\">")
            .text(e.interval().map(i -> pct(i.lower()) + "–" + pct(i.upper()) + "%").orElse("–"))
            .raw("</td><td>").text(e.atRisk() + " at risk; SE " + pct(e.standardError()) + "%");
      } else {
        h.text("not estimable").raw("</td><td></td><td>").text(km.lastTime().isPresent()
            ? "follow-up ends at day " + num(km.lastTime().getAsDouble()) : "no observation");
      }
      h.raw("</td></tr>\n");
    }
  }

  private static void lifeTable(Html h, KaplanMeier km) {
    if (km.eventRows().isEmpty()) {
      h.raw("<p>").text(km.size() == 0 ? "No observation." : "No event: " + km.size()
          + " observations, all censored.").raw("</p>\n");
      return;
    }
    h.raw("<table>\n<tr><th>Day</th><th>Month</th><th>At risk</th><th>Events</th>"
        + "<th>Censored</th><th>Survival</th><th>SE</th><th>")
        .text(percent(km.confidenceLevel()) + " CI").raw("</th></tr>\n");
    for (KaplanMeier.Row r : km.rows()) {
      h.raw("<tr><td class=\"n\">").text(num(r.time())).raw("</td><td class=\"n\">")
          .text(String.format(Locale.ROOT, "%.1f", r.time() / Cohort.DAYS_PER_MONTH))
          .raw("</td><td class=\"n\">").text(Integer.toString(r.atRisk()))
          .raw("</td><td class=\"n\">").text(Integer.toString(r.events()))
          .raw("</td><td class=\"n\">").text(Integer.toString(r.censored()))
          .raw("</td><td class=\"n\">").text(String.format(Locale.ROOT, "%.3f", r.survival()))
          .raw("</td><td class=\"n\">").text(Double.isNaN(r.standardError()) ? "–"
              : String.format(Locale.ROOT, "%.3f", r.standardError()))
          .raw("</td><td class=\"n\">").text(r.interval().map(CohortReport::band).orElse("–"))
          .raw("</td></tr>\n");
    }
    h.raw("</table>\n");
  }

  private static String band(ConfidenceInterval i) {
    return String.format(Locale.ROOT, "%.3f–%.3f", i.lower(), i.upper());
  }

  private static void subjects(Html h, Cohort cohort) {
    h.raw("<table>\n<tr><th>Subject</th><th>Reference date</th><th>Best overall response</th>"
        + "<th>Dated</th><th>Confirmed on</th><th>Best change (%)</th><th>Progression</th>"
        + "<th>PFS, days</th><th>DoR, days</th><th>Why</th></tr>\n");
    for (SubjectAssessment s : cohort.subjects()) {
      Response r = s.bestOverallResponse();
      h.raw("<tr><td>").text(s.subjectId()).raw("</td><td>").text(s.referenceDate().toString())
          .raw("</td><td><span class=\"swatch\" style=\"background:" + ResponseColors.css(r)
              + "\"></span>").text(r.name()).raw("</td><td>")
          .text(s.bestOverallResponseDate().map(Object::toString).orElse("–")).raw("</td><td>")
          .text(s.confirmedBy().map(Object::toString).orElse("–")).raw("</td><td class=\"n\">")
          .text(s.bestChangeFromBaselinePct().map(b -> (b.signum() > 0 ? "+" : "")
              + b.toPlainString()).orElse("–")).raw("</td><td>")
          .text(s.progressionDate().map(Object::toString).orElse("–")).raw("</td><td class=\"n\">")
          .text(tte(s.progressionFreeSurvival())).raw("</td><td class=\"n\">")
          .text(s.durationOfResponse().map(CohortReport::tte).orElse("–")).raw("</td><td>");
      h.raw("<details><summary>").text(s.reasons().size() + " reasons, "
          + s.warnings().size() + " warnings").raw("</summary>");
      s.reasons().forEach(reason -> h.text(reason.text()).raw("<br>"));
      for (Problem w : s.warnings()) {
        h.text("warning: " + w).raw("<br>");
      }
      h.raw("</details></td></tr>\n");
    }
    h.raw("</table>\n<p><small>").text("PFS and DoR: days, with + when censored.")
        .raw("</small></p>\n");
  }

  private static String tte(TimeToEvent t) {
    return t.days() + (t.censored() ? "+" : "");
  }

  private static String describe(Protocol p) {
    return p.criteria() + ", confirmation " + (p.confirmationRequired()
        ? "required (at least " + p.minConfirmationDays() + " days later, at most "
            + p.maxNotEvaluableBetween() + " NE between)" : "not required")
        + ", SD at least " + p.minStableDiseaseDays() + " days after the reference date"
        + ", evaluation window " + p.followUpDays() + " days";
  }

  private static String days(OptionalDouble d) {
    if (d.isEmpty()) {
      return "NR";
    }
    return num(d.getAsDouble()) + " (" + String.format(Locale.ROOT, "%.1f",
        d.getAsDouble() / Cohort.DAYS_PER_MONTH) + ")";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v)
        .replaceAll("0+$", "");
  }

  private static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f", 100 * p);
  }

  private static String percent(double level) {
    return java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  /** A tiny HTML builder that escapes text. */
  private static final class Html {
    private final StringBuilder s = new StringBuilder(64 * 1024);

    Html raw(String html) {
      s.append(html);
      return this;
    }

    Html text(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '<':
            s.append("&lt;");
            break;
          case '>':
            s.append("&gt;");
            break;
          case '&':
            s.append("&amp;");
            break;
          case '"':
            s.append("&quot;");
            break;
          default:
            s.append(c);
        }
      }
      return this;
    }

    Html tag(String tag, String text) {
      return raw("<" + tag + ">").text(text).raw("</" + tag + ">\n");
    }

    @Override
    public String toString() {
      return s.toString();
    }
  }
}
