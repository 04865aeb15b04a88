package io.github.recist.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
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
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import io.github.recist.model.BestResponseCode;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimeToEvent;
import io.github.recist.result.TimepointResult;
import io.github.recist.rules.TargetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

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
   * <p>The subjects may be assessed under one criteria, or under RECIST 1.1 and iRECIST both (Rule
   * R14; each subject once per criteria, {@code Recist11.assessUnder}): then the endpoints, the best
   * responses, the Kaplan–Meier curves and the visits of both stand side by side, the waterfall and
   * spider from the sums (the same under both), the swimmer under iRECIST with its marks.
   *
   * @throws IllegalArgumentException if there is no subject, two share an id under one criteria,
   *     or the criteria do not hold the same subjects in the same order
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(List<SubjectAssessment> subjects, Protocol protocol, Path outDir)
      throws IOException {
    checkNotNull(protocol, "protocol");
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<Cohort> cohorts = List.copyOf(Cohort.byCriteria(subjects).values());
    for (Cohort c : cohorts) {
      List<String> ids = c.subjects().stream().map(SubjectAssessment::subjectId).toList();
      checkArgument(ids.equals(cohorts.get(0).subjects().stream()
          .map(SubjectAssessment::subjectId).toList()), "the subjects under %s are not those under "
          + "%s, in the same order", c.criteria(), cohorts.get(0).criteria());
    }
    Cohort cohort = cohorts.get(0);
    Files.createDirectories(outDir);
    List<Picture> pictures = pictures(cohorts);
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
    Files.writeString(html, html(cohorts, protocol, pictures, png), StandardCharsets.UTF_8);
    return ImmutableList.copyOf(written);
  }

  /** The five pictures of {@code cohort}. */
  static List<Picture> pictures(Cohort cohort) {
    return pictures(List.of(cohort));
  }

  /**
   * The five pictures of the same subjects under each criteria of {@code cohorts}: the waterfall and
   * spider of the first (the sums are the same under both), the swimmer of the iRECIST one if any
   * (its marks show pseudo-progression), a curve per criteria in the Kaplan–Meier pictures (PFS and
   * iPFS, DoR and iDoR).
   */
  static List<Picture> pictures(List<Cohort> cohorts) {
    Cohort cohort = cohorts.get(0);
    List<SubjectAssessment> subjects = cohort.subjects();
    Map<String, KaplanMeier> pfs = new LinkedHashMap<>();
    Map<String, KaplanMeier> dor = new LinkedHashMap<>();
    Cohort swimmer = cohort;
    for (Cohort c : cohorts) {
      pfs.put(prefix(c) + "PFS", c.progressionFreeSurvival());
      dor.put(prefix(c) + "DoR", c.durationOfResponse());
      if (c.criteria() == Criteria.IRECIST) {
        swimmer = c;
      }
    }
    return List.of(WaterfallPlot.of(subjects), SpiderPlot.of(subjects),
        SwimmerPlot.of(swimmer.subjects()),
        KaplanMeierPlot.of("km-pfs", "Progression-free survival (Kaplan–Meier)",
            "Months since the reference date", "Probability of being progression-free", pfs),
        KaplanMeierPlot.of("km-dor", "Duration of response (Kaplan–Meier, responders)",
            "Months since the first response", "Probability of remaining in response", dor));
  }

  private static final Map<String, String> CAPTIONS = Map.of(
      "waterfall", "Best change of the sum of target diameters from baseline, per subject, coloured "
          + "by best overall response; dashed lines at \u2212" + TargetResponse.PARTIAL_RESPONSE_PERCENT
          + " % (partial response) and +" + TargetResponse.PROGRESSION_PERCENT + " % "
          + "(progression, which is measured from the nadir and also needs "
          + TargetResponse.PROGRESSION_MINIMUM_INCREASE + "). A bar at or below \u2212"
          + TargetResponse.PARTIAL_RESPONSE_PERCENT + " % that is not CR or PR is an unconfirmed "
          + "PR (or one before the SD minimum). Subjects without a measured sum have no bar.",
      "spider", "Change of the sum of target diameters from baseline over time, per subject, up to "
          + "and including the first progression in the evaluation window; for a large cohort, "
          + "faint lines under the median and quartiles by 4-week bins.",
      "swimmer", "Time on study per subject, to progression (◆), death (×) or the last assessment "
          + "in the window, with the first response (▲) and an arrow where the response is ongoing; "
          + "for a large cohort, 50 responders spread over their duration of response.",
      "km-pfs", "Progression-free survival from the reference date: progression or death is an "
          + "event; censored (+) at the last evaluable assessment, or at the last one before a new "
          + "anti-cancer therapy.",
      "km-dor", "Duration of response of the responders (CR or PR), from the first visit of the "
          + "response to progression; censored (+) at the last evaluable assessment.");

  /** {@code i} under iRECIST, the prefix of its endpoints' names (iORR, iPFS); else nothing. */
  static String prefix(Cohort c) {
    return c.criteria() == Criteria.IRECIST ? "i" : "";
  }

  /** The criteria as people write them: {@code RECIST 1.1}, {@code iRECIST}. */
  static String name(Criteria c) {
    return c == Criteria.RECIST_1_1 ? "RECIST 1.1" : "iRECIST";
  }

  /** What the pictures add under iRECIST (Rule R14), after their caption. */
  private static final Map<String, String> IRECIST_CAPTIONS = Map.of(
      "swimmer", " Under iRECIST the lanes are coloured by iBOR, ◇ marks an iUPD, ○ a reset (a "
          + "pseudo-progression: the lane goes on), and ◆ the iCPD that confirmed the progression "
          + "(progression is dated at the iUPD before it, R14.12).",
      "km-pfs", " iPFS has its event at the iUPD that a later iCPD confirmed, or at death "
          + "(R14.12); a reset iUPD is no event.",
      "km-dor", " iDoR starts at the first iCR or iPR of the best response; a reset iUPD does "
          + "not end it (R14.12).");

  static String html(Cohort cohort, Protocol protocol, List<Picture> pictures,
      Map<String, byte[]> png) {
    return html(List.of(cohort), protocol, pictures, png);
  }

  static String html(List<Cohort> cohorts, Protocol protocol, List<Picture> pictures,
      Map<String, byte[]> png) {
    Cohort cohort = cohorts.get(0);
    Cohort irecist = cohorts.stream().filter(c -> c.criteria() == Criteria.IRECIST).findFirst()
        .orElse(null);
    String title = cohorts.stream().map(c -> name(c.criteria()))
        .collect(java.util.stream.Collectors.joining(" and ")) + " cohort report";
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<title>").text(title).raw("</title>\n<style>\n")
        .raw("body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;"
            + "margin:2em auto;max-width:1180px;color:#222;padding:0 1em}\n")
        .raw(".wide{overflow-x:auto;max-width:100%}td.id,td.d{white-space:nowrap}"
            + "a{color:#1f4e8c}section.subject{border-top:1px solid #ddd;margin-top:1.5em}"
            + "table{font-size:0.92em}table.visits{font-size:0.88em}table.visits td,table.visits th{padding:2px 6px}"
            + "td.why{min-width:16em}\n")
        .raw("table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;"
            + "padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}\n")
        .raw("td.n{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1.5em 0}"
            + "figcaption{color:#555;font-size:0.9em;max-width:900px}img{max-width:100%;"
            + "border:1px solid #eee}\n")
        .raw(".swatch{display:inline-block;width:0.8em;height:0.8em;margin-right:0.3em;"
            + "vertical-align:baseline}small{color:#666}details{font-size:0.9em}\n")
        .raw("</style>\n</head>\n<body>\n");
    h.tag("h1", title);
    h.raw("<p>").text(Charts.count(cohort.size(), "subject") + ". Protocol: "
        + describe(protocol, cohorts) + ".").raw(" <a href=\"#subjects\">Per-subject results</a> · <a href=\"#visits\">Visit "
        + "by visit</a> · <a href=\"#methods\">Methods</a></p>\n");

    h.tag("h2", irecist == null ? "Cohort endpoints (Rule R13)"
        : "Cohort endpoints (Rules R13, R14.11, R14.12)");
    endpoints(h, cohorts);

    for (Cohort c : cohorts) {
      h.tag("h2", c.criteria() == Criteria.IRECIST ? "Best overall response under iRECIST, iBOR "
          + "(Rule R14.11)" : "Best overall response (Rules R11, R12)");
      h.raw("<table>\n<tr><th>Best overall response</th><th>n</th><th>%</th></tr>\n");
      c.bestResponseCodeCounts().forEach((r, n) -> h.raw("<tr><td>")
          .raw("<span class=\"swatch\" style=\"background:" + ResponseColors.css(r) + "\"></span>")
          .text(r.code() + " (" + r.description() + ")").raw("</td><td class=\"n\">")
          .text(Integer.toString(n)).raw("</td><td class=\"n\">")
          .text(pct(n / (double) c.size())).raw("</td></tr>\n"));
      h.raw("<tr><th>Total</th><th class=\"n\">" + c.size() + "</th><th class=\"n\">100.0</th>"
          + "</tr>\n</table>\n");
    }
    if (irecist != null) {
      marksLegend(h);
    }

    h.tag("h2", "Pictures");
    for (Picture p : pictures) {
      h.raw("<figure id=\"" + p.name() + "\">\n<img src=\"data:image/png;base64,")
          .raw(Base64.getEncoder().encodeToString(png.get(p.name())))
          .raw("\" alt=\"" + p.name() + "\" width=\"" + p.width() + "\">\n<figcaption>")
          .text(CAPTIONS.get(p.name()) + (irecist == null ? ""
              : IRECIST_CAPTIONS.getOrDefault(p.name(), ""))).raw(" <a href=\"" + p.name() + ".svg\">SVG</a> · <a href=\""
              + p.name() + ".png\">PNG</a></figcaption>\n</figure>\n");
    }

    for (Cohort c : cohorts) {
      String under = cohorts.size() > 1 ? " (" + name(c.criteria()) + ")" : "";
      h.tag("h2", (c.criteria() == Criteria.IRECIST ? "iRECIST progression-free survival, iPFS"
          : "Progression-free survival") + under + ": life table");
      lifeTable(h, c.progressionFreeSurvival());
    }
    for (Cohort c : cohorts) {
      String under = cohorts.size() > 1 ? " (" + name(c.criteria()) + ")" : "";
      h.tag("h2", (c.criteria() == Criteria.IRECIST ? "iRECIST duration of response, iDoR"
          : "Duration of response") + under + ": life table");
      lifeTable(h, c.durationOfResponse());
    }

    h.raw("<h2 id=\"subjects\">Per-subject results</h2>\n");
    subjects(h, cohort, irecist == cohort ? null : irecist);

    h.raw("<h2 id=\"visits\">Visit by visit</h2>\n");
    visits(h, cohorts);

    h.raw("<h2 id=\"methods\">Methods</h2>\n");
    h.raw("<ul>\n");
    h.raw("<li>").text("Each time point is classified by RECIST 1.1 as specified in RECIST-RULES.md: "
        + "the target response from the sum of diameters (R4, R5; PR at least "
        + TargetResponse.PARTIAL_RESPONSE_PERCENT + " % below baseline, R6.4; PD at least "
        + TargetResponse.PROGRESSION_PERCENT + " % and " + TargetResponse.PROGRESSION_MINIMUM_INCREASE
        + " above the nadir, R6.3), the non-target response (R7), new lesions (R8) and the overall "
        + "response of RECIST 1.1 Tables 1 and 2 (R9). Only time points within the evaluation "
        + "window, up to the first progression, count (R10).").raw("</li>\n");
    h.raw("<li>").text("Best overall response " + (protocol.confirmationRequired()
        ? "with confirmation (R12): a CR or PR counts when a later visit at least "
            + protocol.minConfirmationDays() + " days after it confirms it"
        : "without confirmation (R11)") + "; SD needs a visit at least "
        + protocol.minStableDiseaseDays() + " days after the reference date.").raw("</li>\n");
    h.raw("<li>").text("Objective response rate: CR or PR as best overall response; disease "
        + "control rate: CR, PR, SD or NON-CR/NON-PD; over every subject (NE, ND and MISSING "
        + "included). Exact Clopper–Pearson intervals.").raw("</li>\n");
    if (irecist != null) {
      h.raw("<li>").text("iRECIST (R14): each visit is classified as RECIST 1.1 progression opens "
          + "a run of unconfirmed progression (iUPD, R14.4), which a later counted visit confirms "
          + "(iCPD, R14.6) or resets (R14.7.3); visits less than "
          + protocol.minProgressionConfirmationDays() + " days after the iUPD are disregarded "
          + "(R14.5). iORR counts iCR and iPR, iDCR also iSD and NON-iCR/NON-iUPD (never iUPD or "
          + "iCPD); iPFS has its event at the iUPD a later iCPD confirmed, or at death (R14.12"
          + (protocol.unconfirmedProgressionAsEvent() ? "; with unconfirmedProgressionAsEvent, "
              + "also at an iUPD still open at the last visit" : "") + ").").raw("</li>\n");
    }
    h.raw("<li>").text("Kaplan–Meier estimates with Greenwood standard errors; confidence bands on "
        + "the " + cohort.transform().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + " scale; the median's interval by Brookmeyer and Crowley from the same bands. NR: not "
        + "reached.").raw("</li>\n");
    h.raw("<li>").text("Time in days from the reference date (PFS) or from the first visit of the "
        + "response (DoR); a month is 30.4375 days (365.25 / 12), so 6 months are 182.625 days and "
        + "12 months 365.25 days. A landmark rate past the last observed time is not estimable.")
        .raw("</li>\n");
    h.raw("<li>").text("Pictures: drawn from the same results; their layout adapts to the cohort's "
        + "size (a dense waterfall, faint spider lines with median and quartiles, at most 50 swimmer "
        + "lanes), as each picture says.").raw("</li>\n");
    h.raw("</ul>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void endpoints(Html h, List<Cohort> cohorts) {
    h.raw("<table>\n<tr><th>Endpoint</th><th>Estimate</th><th>")
        .text(percent(cohorts.get(0).confidenceLevel()) + " CI").raw("</th><th>Notes</th></tr>\n");
    for (Cohort cohort : cohorts) {
      if (cohort.criteria() == Criteria.IRECIST) {
        irecistEndpoints(h, cohort);
        continue;
      }
      rate(h, "Objective response rate (CR + PR)", cohort.objectiveResponseRate());
      rate(h, "Disease control rate (CR + PR + SD + NON-CR/NON-PD)", cohort.diseaseControlRate());
      KaplanMeier pfs = cohort.progressionFreeSurvival();
      survival(h, "Progression-free survival", pfs, Charts.count(pfs.eventCount(), "event")
          + " (progression or death), " + Charts.count(pfs.censoredCount()) + " censored");
      KaplanMeier dor = cohort.durationOfResponse();
      survival(h, "Duration of response", dor, Charts.count(dor.size(), "responder") + ", "
          + Charts.count(dor.eventCount()) + " progressed");
    }
    h.raw("</table>\n");
  }

  /** The iRECIST endpoints (Rules R14.11, R14.12): iORR, iDCR, iPFS, iDoR, and pseudo-progression. */
  private static void irecistEndpoints(Html h, Cohort cohort) {
    rate(h, "iRECIST objective response rate, iORR (iCR + iPR)", cohort.objectiveResponseRate());
    rate(h, "iRECIST disease control rate, iDCR (iCR + iPR + iSD + NON-iCR/NON-iUPD)",
        cohort.diseaseControlRate());
    int pseudo = cohort.pseudoProgressions().size();
    h.raw("<tr><td>").text("Pseudo-progression (an iUPD reset, R14.7.3)")
        .raw("</td><td class=\"n\">").text(pseudo + "/" + cohort.size() + " = "
            + pct(pseudo / (double) cohort.size()) + "%").raw("</td><td class=\"n\">–</td><td>")
        .text("subjects with a run of unconfirmed progression closed unconfirmed in the window; "
            + Charts.count(cohort.count(IrecistResponse.IUPD), "subject") + " with iBOR iUPD, "
            + cohort.count(IrecistResponse.ICPD) + " with iCPD").raw("</td></tr>\n");
    KaplanMeier pfs = cohort.progressionFreeSurvival();
    survival(h, "iPFS (iRECIST progression-free survival)", pfs, Charts.count(pfs.eventCount(),
        "event") + " (confirmed progression, dated at its iUPD, or death), "
        + Charts.count(pfs.censoredCount()) + " censored");
    KaplanMeier dor = cohort.durationOfResponse();
    survival(h, "iDoR (iRECIST duration of response)", dor, Charts.count(dor.size(), "responder")
        + ", " + Charts.count(dor.eventCount()) + " progressed (a reset iUPD does not end it)");
  }

  /** What the marks of the visit tables and the swimmer picture mean under iRECIST ({@link RunMark}). */
  private static void marksLegend(Html h) {
    h.tag("h2", "iRECIST marks (Rules R14.4–R14.10)");
    h.raw("<p>").text("A pseudo-progression is an iUPD followed by a reset: the swimmer picture "
        + "draws a hollow diamond (◇) at the iUPD and a circle (○) at the reset, and the lane goes "
        + "on; a confirmed progression ends the lane with a filled diamond (◆) at the iCPD. The "
        + "visit tables mark each visit of a run:").raw("</p>\n<ul>\n");
    for (RunMark m : RunMark.values()) {
      h.raw("<li><span class=\"mark\">").text(symbol(m)).raw("</span> ").text(m.legend())
          .raw("</li>\n");
    }
    h.raw("</ul>\n");
  }

  /** The symbol of a mark in the visit tables. */
  static String symbol(RunMark m) {
    switch (m) {
      case IUPD:
        return "◇";
      case IUPD_CONTINUES:
        return "◇…";
      case DISREGARDED:
        return "·";
      case RESET:
        return "○";
      case ICPD:
        return "◆";
      default:
        return "◆…";
    }
  }

  private static void rate(Html h, String name, Proportion p) {
    h.raw("<tr><td>").text(name).raw("</td><td class=\"n\">")
        .text(p.successes() + "/" + p.trials() + " = " + pct(p.estimate()) + "%")
        .raw("</td><td class=\"n\">").text(pct(p.interval().lower()) + "–"
            + pct(p.interval().upper()) + "%").raw("</td><td>exact (Clopper–Pearson)</td></tr>\n");
  }

  private static void survival(Html h, String name, KaplanMeier km, String notes) {
    MedianSurvival m = km.median();
    // lower case as in a sentence, keeping iRECIST, iPFS: "Median progression-free survival"
    String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    h.raw("<tr><td>").text("Median " + lower + ", days (months)")
        .raw("</td><td class=\"n\">").text(days(m.estimate())).raw("</td><td class=\"n\">")
        .text(days(m.lower()) + " – " + days(m.upper())).raw("</td><td>").text(notes)
        .raw("</td></tr>\n");
    for (double months : LANDMARK_MONTHS) {
      double t = Cohort.monthsToDays(months);
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
      h.raw("<p>").text(km.size() == 0 ? "No observation." : "No event: "
          + Charts.count(km.size(), "observation") + ", all censored.").raw("</p>\n");
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

  /**
   * The table of subjects: the best response, progression and endpoints of {@code cohort}; with an
   * iRECIST cohort ({@code irecist} may be {@code cohort} itself), its iUPD and iCPD dates, and,
   * when it is another, its iBOR and iPFS beside them.
   */
  private static void subjects(Html h, Cohort cohort, Cohort irecist) {
    boolean iAlone = cohort.criteria() == Criteria.IRECIST;
    boolean iBeside = irecist != null && irecist != cohort;
    h.raw("<div class=\"wide\"><table>\n<tr><th>Subject</th><th>Reference date</th><th>Best overall response</th>"
        + "<th>Dated</th><th>Confirmed on</th><th>Best change (%)</th><th>Progression</th>"
        + (iAlone ? "<th>iUPD</th><th>iCPD</th>" : "")
        + "<th>PFS, days</th><th>DoR, days</th>"
        + (iBeside ? "<th>iBOR</th><th>iUPD</th><th>iCPD</th><th>iPFS, days</th>" : "")
        + "<th>Why</th></tr>\n");
    List<SubjectAssessment> all = cohort.subjects();
    for (int i = 0; i < all.size(); i++) {
      SubjectAssessment s = all.get(i);
      BestResponseCode r = s.bestOverallResponseCode();
      h.raw("<tr><td class=\"id\">");
      if (i < MAX_VISIT_TABLES) {
        h.raw("<a href=\"#s" + (i + 1) + "\">").text(s.subjectId()).raw("</a>");
      } else {
        h.text(s.subjectId());
      }
      h.raw("</td><td class=\"d\">").text(s.referenceDate().toString())
          .raw("</td><td><span class=\"swatch\" style=\"background:" + ResponseColors.css(r)
              + "\"></span>").text(r.code()).raw("</td><td>")
          .text(s.bestOverallResponseDate().map(Object::toString).orElse("–"))
          .raw("</td><td class=\"d\">")
          .text(s.confirmedBy().map(Object::toString).orElse("–")).raw("</td><td class=\"n\">")
          .text(s.bestChangeFromBaselinePct().map(b -> (b.signum() > 0 ? "+" : "")
              + b.toPlainString()).orElse("–")).raw("</td><td class=\"d\">")
          .text(s.progressionDate().map(Object::toString).orElse("–"));
      if (iAlone) {
        runDates(h, s);
      }
      h.raw("</td><td class=\"n\">")
          .text(tte(s.progressionFreeSurvival())).raw("</td><td class=\"n\">")
          .text(s.durationOfResponse().map(CohortReport::tte).orElse("–"));
      if (iBeside) {
        SubjectAssessment is = irecist.subjects().get(i);
        BestResponseCode ir = is.bestOverallResponseCode();
        h.raw("</td><td><span class=\"swatch\" style=\"background:" + ResponseColors.css(ir)
            + "\"></span>").text(ir.code());
        runDates(h, is);
        h.raw("</td><td class=\"n\">").text(tte(is.progressionFreeSurvival()));
      }
      h.raw("</td><td>");
      h.raw("<details><summary>").text(Charts.count(s.reasons().size(), "reason") + ", "
          + Charts.count(s.warnings().size(), "warning")).raw("</summary>");
      s.reasons().forEach(reason -> h.text(reason.text()).raw("<br>"));
      for (Problem w : s.warnings()) {
        h.text("warning: " + w).raw("<br>");
      }
      h.raw("</details></td></tr>\n");
    }
    h.raw("</table></div>\n<p><small>").text("PFS and DoR: days, with + when censored. "
        + "A subject's id leads to its visits.").raw("</small></p>\n");
  }

  /** The iUPD and iCPD cells of an iRECIST subject (Rule R14.12), after the cell before them. */
  private static void runDates(Html h, SubjectAssessment s) {
    h.raw("</td><td class=\"d\">").text(s.iupdDate().map(Object::toString).orElse("–"))
        .raw("</td><td class=\"d\">").text(s.icpdDate().map(Object::toString).orElse("–"));
  }

  /** The most subjects whose visits get a table of their own; results.json has every one. */
  static final int MAX_VISIT_TABLES = 1000;

  /**
   * Each subject's visits: date, sums, changes, the four responses and the reasons (R4–R10); with an
   * iRECIST cohort, the new-lesion target sum and nadir (R14.2) and each visit's run mark ({@link
   * RunMark}); under two criteria an overall-response column for each.
   */
  private static void visits(Html h, List<Cohort> cohorts) {
    Cohort cohort = cohorts.get(0);
    int irecist = -1;
    for (int c = 0; c < cohorts.size(); c++) {
      if (cohorts.get(c).criteria() == Criteria.IRECIST) {
        irecist = c;
      }
    }
    List<SubjectAssessment> all = cohort.subjects();
    if (all.size() > MAX_VISIT_TABLES) {
      h.raw("<p>").text("The visits of the first " + Charts.count(MAX_VISIT_TABLES) + " of "
          + Charts.count(all.size(), "subject") + "; results.json, beside this report, has every "
          + "subject's visits.").raw("</p>\n");
    }
    for (int i = 0; i < Math.min(all.size(), MAX_VISIT_TABLES); i++) {
      List<SubjectAssessment> each = new ArrayList<>();
      for (Cohort c : cohorts) {
        each.add(c.subjects().get(i));
      }
      SubjectAssessment s = each.get(0);
      h.raw("<section class=\"subject\" id=\"s" + (i + 1) + "\">\n<h3>").text(s.subjectId())
          .raw("</h3>\n");
      for (SubjectAssessment a : each) {
        BestResponseCode r = a.bestOverallResponseCode();
        h.raw("<p><span class=\"swatch\" style=\"background:" + ResponseColors.css(r)
            + "\"></span>").text((each.size() > 1 ? name(a.criteria()) + ": b" : "B")
            + "est overall response " + r.code() + " (" + r.description() + ")"
            + a.bestOverallResponseDate().map(d -> " on " + d).orElse("")
            + a.confirmedBy().map(d -> ", confirmed on " + d).orElse("")
            + "; reference date " + a.referenceDate()
            + a.progressionDate().map(d -> "; progression on " + d).orElse("; no progression")
            + (a.criteria() == Criteria.IRECIST ? a.iupdDate().map(d -> "; iUPD " + d).orElse("")
                + a.icpdDate().map(d -> "; iCPD " + d).orElse("") : "")
            + "; PFS " + tte(a.progressionFreeSurvival()) + " days"
            + a.durationOfResponse().map(d -> "; DoR " + tte(d) + " days").orElse("") + ".")
            .raw("</p>\n");
      }
      h.raw("<div class=\"wide\"><table class=\"visits\">\n<tr><th>Date</th><th>Day</th><th>Sum</th>"
          + "<th>Baseline</th><th>Nadir</th><th>vs baseline</th><th>vs nadir</th><th>Target</th>"
          + "<th>Non-target</th><th>New lesions</th>"
          + (irecist >= 0 ? "<th>NLT sum</th><th>NLT nadir</th>" : ""));
      for (SubjectAssessment a : each) {
        h.raw("<th>").text(each.size() > 1 ? name(a.criteria()) : "Overall").raw("</th>");
      }
      h.raw("<th>Why</th></tr>\n");
      for (int v = 0; v < s.timepoints().size(); v++) {
        TimepointResult t = s.timepoints().get(v);
        h.raw("<tr><td class=\"d\">").text(t.date().toString()).raw("</td><td class=\"n\">")
            .text(Long.toString(java.time.temporal.ChronoUnit.DAYS.between(s.referenceDate(),
                t.date()))).raw("</td><td class=\"n d\">")
            .text(t.targetSum().map(Object::toString).orElse("–")).raw("</td><td class=\"n d\">")
            .text(t.baselineSum().map(Object::toString).orElse("–")).raw("</td><td class=\"n d\">")
            .text(t.nadir().map(Object::toString).orElse("–")).raw("</td><td class=\"n d\">")
            .text(t.changeFromBaselinePct().map(CohortReport::signed).orElse("–"))
            .raw("</td><td class=\"n d\">")
            .text(t.changeFromNadirPct().map(CohortReport::signed).orElse("–"))
            .raw("</td><td>").text(t.recorded() ? "–" : t.target().name())
            .raw("</td><td>").text(t.recorded() ? "–" : t.nonTarget().name())
            .raw("</td><td>").text(t.recorded() ? "–" : t.newLesions().name());
        if (irecist >= 0) {
          TimepointResult it = each.get(irecist).timepoints().get(v);
          h.raw("</td><td class=\"n d\">")
              .text(it.newLesionTargetSum().map(Object::toString).orElse("–"))
              .raw("</td><td class=\"n d\">")
              .text(it.newLesionTargetNadir().map(Object::toString).orElse("–"));
        }
        for (SubjectAssessment a : each) {
          TimepointResult at = a.timepoints().get(v);
          h.raw("</td><td><span class=\"swatch\" style=\"background:"
              + ResponseColors.css(at.overallCode()) + "\"></span>").text(at.overallCode().code()
              + (at.withinWindow() ? "" : " (outside the window)"));
          Optional<RunMark> mark = RunMark.of(a.timepoints(), v);
          if (mark.isPresent()) {
            h.raw("<br><small title=\"").text(mark.get().legend()).raw("\">")
                .text(symbol(mark.get()) + " " + mark.get().note(at)).raw("</small>");
          }
        }
        h.raw("</td><td class=\"why\">");
        for (SubjectAssessment a : each) {
          if (each.size() > 1) {
            h.raw("<b>").text(name(a.criteria()) + ":").raw("</b><br>");
          }
          a.timepoints().get(v).reasons().forEach(reason -> h.text(reason.text()).raw("<br>"));
        }
        h.raw("</td></tr>\n");
      }
      h.raw("</table></div>\n<p>");
      for (SubjectAssessment a : each) {
        a.reasons().forEach(reason -> h.text(reason.text()).raw("<br>"));
      }
      Set<String> told = new HashSet<>();
      for (SubjectAssessment a : each) {
        for (Problem w : a.warnings()) {
          if (told.add(w.toString())) {
            h.text("warning: " + w).raw("<br>");
          }
        }
      }
      h.raw("<a href=\"#subjects\">Back to the subjects</a></p>\n</section>\n");
    }
  }

  private static String signed(java.math.BigDecimal b) {
    return (b.signum() > 0 ? "+" : "") + b.toPlainString() + " %";
  }

  private static String tte(TimeToEvent t) {
    return t.days() + (t.censored() ? "+" : "");
  }

  private static String describe(Protocol p, List<Cohort> cohorts) {
    String criteria = cohorts.stream().map(c -> c.criteria().toString())
        .collect(java.util.stream.Collectors.joining(" and "));
    boolean irecist = cohorts.stream().anyMatch(c -> c.criteria() == Criteria.IRECIST);
    return criteria + ", confirmation " + (p.confirmationRequired()
        ? "required (at least " + p.minConfirmationDays() + " days later, at most "
            + p.maxNotEvaluableBetween() + " NE between)" : "not required")
        + ", SD at least " + p.minStableDiseaseDays() + " days after the reference date"
        + ", evaluation window " + p.followUpDays() + " days"
        + (irecist ? "; iRECIST: visits less than " + p.minProgressionConfirmationDays() + " days "
            + "after an iUPD disregarded, a first counted visit later than "
            + p.maxProgressionConfirmationDays() + " days still confirms or resets, "
            + "unconfirmedProgressionAsEvent " + p.unconfirmedProgressionAsEvent() : "");
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
