package io.github.recist.examples.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.recist.model.Diameter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a reproducible synthetic {@code recist-case/1} file of plausible subjects, one subject a
 * line, streaming: memory does not grow with the number of subjects.
 *
 * <p>Each subject is drawn from its own random stream, seeded from the file's seed and the
 * subject's number, so the same seed gives the same bytes on every run and every machine (the only
 * floating point is {@link StrictMath}). About 15 % of subjects carry recorded visit responses
 * instead of measurements. The others follow one of several courses — complete response, durable
 * or relapsing partial response, stable disease, progression (by growth, by a new lesion, or by
 * non-target progression), a pseudo-progression-like flare then response, non-target disease only,
 * frequent unevaluable visits — with 1 to 5 targets (at most 2 per organ; lymph nodes on their
 * short axis), measurement noise, lesions too small to measure, the odd split or merged lesion,
 * equivocal new lesions, tumour markers, missed visits, drop-outs and visits beyond one year.
 * Visits follow a CAR-T trial's schedule: baseline within 28 days before the infusion (rarely
 * later), then about weeks 4, 8 and 12, then every 8 to 12 weeks. So every best overall response
 * category occurs: CR, PR, SD, NON_CR_NON_PD, PD, NE, ND and MISSING.
 */
public final class CaseGenerator {

  private static final LocalDate FIRST_INFUSION = LocalDate.of(2018, 1, 1);
  private static final String[] ORGANS = {"LUNG", "LUNG", "LUNG", "BONE", "BONE", "SOFT_TISSUE",
      "SOFT_TISSUE", "PLEURA", "LIVER", "MUSCLE", "PERITONEUM", "KIDNEY", "ADRENAL"};
  private static final String[] NEW_LESION_SITES = {"LUNG", "BONE", "LIVER", "SOFT_TISSUE",
      "PLEURA", "BRAIN", "LYMPH_NODE"};

  /** The course a synthetic subject follows. */
  enum Course {
    COMPLETE, PARTIAL_DURABLE, PARTIAL_RELAPSE, STABLE, PROGRESSION, NEW_LESION,
    NON_TARGET_PROGRESSION, PSEUDO_PROGRESSION, NON_TARGET_ONLY, UNEVALUABLE
  }

  private final long seed;

  /** A generator of the files of {@code seed}. */
  public CaseGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Writes a file of {@code subjects} subjects to {@code out} (UTF-8), leaving it open.
   *
   * @throws IllegalArgumentException if {@code subjects} is negative
   */
  public void write(long subjects, OutputStream out) throws IOException {
    if (subjects < 0) {
      throw new IllegalArgumentException("the number of subjects must not be negative: " + subjects);
    }
    int width = Math.max(6, Long.toString(subjects).length());
    try (JsonGenerator g = new JsonFactory().createGenerator(out)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeStringField("format", "recist-case/1");
      g.writeObjectFieldStart("protocol");
      g.writeStringField("criteria", "RECIST_1_1");
      g.writeStringField("confirmation", "REQUIRED");
      g.writeNumberField("minConfirmationDays", 28);
      g.writeNumberField("minStableDiseaseDays", 42);
      g.writeNumberField("followUpDays", 365);
      g.writeEndObject();
      g.writeArrayFieldStart("subjects");
      for (long i = 0; i < subjects; i++) {
        g.writeRaw('\n');
        SplittableRandom r = new SplittableRandom(mix(seed, i));
        String id = "SYN-" + pad(i + 1, width);
        new SubjectWriter(g, r, id).write();
      }
      g.writeRaw('\n');
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static String pad(long n, int width) {
    String s = Long.toString(n);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  /** A well-spread 64-bit seed for subject {@code i} of the file of {@code seed}. */
  private static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + (i + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One target lesion of a synthetic subject. */
  private static final class Target {
    final String id;
    final String organ;
    final boolean nodal;
    final double baseline;
    final double normal;
    final double wobble;

    Target(String id, String organ, boolean nodal, double baseline, double normal, double wobble) {
      this.id = id;
      this.organ = organ;
      this.nodal = nodal;
      this.baseline = baseline;
      this.normal = normal;
      this.wobble = wobble;
    }
  }

  /** Writes one subject from its own random stream. */
  private static final class SubjectWriter {
    private final JsonGenerator g;
    private final SplittableRandom r;
    private final String id;

    SubjectWriter(JsonGenerator g, SplittableRandom r, String id) {
      this.g = g;
      this.r = r;
      this.id = id;
    }

    void write() throws IOException {
      LocalDate reference = FIRST_INFUSION.plusDays(r.nextInt(4 * 365));
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("referenceDate", reference.toString());
      List<Integer> days = schedule();
      if (r.nextDouble() < 0.15) {
        recorded(reference, days);
      } else {
        measured(reference, days);
      }
      g.writeEndObject();
    }

    /**
     * Visit days after the infusion: about weeks 4, 8, 12, then every 8 to 12 weeks to a year,
     * sometimes one beyond; with missed visits and drop-outs; sometimes none at all.
     */
    private List<Integer> schedule() {
      List<Integer> days = new ArrayList<>();
      if (r.nextDouble() < 0.02) {
        return days;
      }
      List<Integer> planned = new ArrayList<>(List.of(28, 56, 84));
      int day = 84;
      while (true) {
        day += 56 + r.nextInt(29);
        if (day > 365) {
          break;
        }
        planned.add(day);
      }
      if (r.nextDouble() < 0.15) {
        planned.add(365 + 14 + r.nextInt(60));
      }
      int last = r.nextDouble() < 0.12 ? 1 + r.nextInt(planned.size()) : planned.size();
      int previous = 0;
      for (int i = 0; i < last; i++) {
        if (i > 0 && r.nextDouble() < 0.06) {
          continue;
        }
        int d = planned.get(i) + r.nextInt(7) - 3;
        if (d <= previous) {
          d = previous + 1;
        }
        days.add(d);
        previous = d;
      }
      return days;
    }

    private void recorded(LocalDate reference, List<Integer> days) throws IOException {
      g.writeArrayFieldStart("assessments");
      double u = r.nextDouble();
      boolean allNotDone = u < 0.02;
      // 0 CR path, 1 PR, 2 SD, 3 PD, 4 non-CR/non-PD
      int course = u < 0.12 ? 0 : u < 0.32 ? 1 : u < 0.62 ? 2 : u < 0.90 ? 3 : 4;
      int onset = 1 + r.nextInt(Math.max(1, days.size()));
      for (int i = 0; i < days.size(); i++) {
        String response;
        double noise = r.nextDouble();
        if (allNotDone || noise < 0.02) {
          response = "ND";
        } else if (noise < 0.07) {
          response = "NE";
        } else {
          switch (course) {
            case 0:
              response = i == 0 ? "PR" : i < onset ? "PR" : "CR";
              break;
            case 1:
              response = i == 0 ? "SD" : "PR";
              break;
            case 2:
              response = "SD";
              break;
            case 3:
              response = i + 1 >= onset ? "PD" : "SD";
              break;
            default:
              response = "NON_CR_NON_PD";
              break;
          }
        }
        g.writeStartObject();
        g.writeStringField("date", reference.plusDays(days.get(i)).toString());
        g.writeStringField("response", response);
        g.writeEndObject();
        if ("PD".equals(response) && r.nextDouble() < 0.7) {
          break;
        }
      }
      g.writeEndArray();
    }

    private Course course() {
      double u = r.nextDouble();
      if (u < 0.09) {
        return Course.COMPLETE;
      } else if (u < 0.21) {
        return Course.PARTIAL_DURABLE;
      } else if (u < 0.31) {
        return Course.PARTIAL_RELAPSE;
      } else if (u < 0.55) {
        return Course.STABLE;
      } else if (u < 0.70) {
        return Course.PROGRESSION;
      } else if (u < 0.78) {
        return Course.NEW_LESION;
      } else if (u < 0.83) {
        return Course.NON_TARGET_PROGRESSION;
      } else if (u < 0.87) {
        return Course.PSEUDO_PROGRESSION;
      } else if (u < 0.95) {
        return Course.NON_TARGET_ONLY;
      }
      return Course.UNEVALUABLE;
    }

    private void measured(LocalDate reference, List<Integer> days) throws IOException {
      Course course = course();
      boolean decimals = r.nextDouble() < 0.3;
      boolean markers = r.nextDouble() < 0.15;
      List<Target> targets = course == Course.NON_TARGET_ONLY ? List.of() : targets();
      int nonTargets = course == Course.NON_TARGET_ONLY ? 1 + r.nextInt(3) : r.nextInt(4);
      if (targets.isEmpty() && nonTargets == 0) {
        nonTargets = 1;
      }
      // Course parameters, in days and fractions of the baseline size.
      double responseDay = 50 + r.nextInt(150);
      double level = 0.35 + 0.3 * r.nextDouble();
      double relapseDay = 150 + r.nextInt(150);
      double growth = 0.1 + 0.2 * r.nextDouble();
      double drift = -0.25 + 0.4 * r.nextDouble();
      double onsetDay = 28 + r.nextInt(260);
      boolean nonTargetOnlyResponds = r.nextDouble() < 0.3;
      boolean nonTargetOnlyProgresses = !nonTargetOnlyResponds && r.nextDouble() < 0.35;
      boolean equivocal = r.nextDouble() < 0.05;
      boolean equivocalConfirmed = r.nextDouble() < 0.5;
      boolean split = r.nextDouble() < 0.02;
      boolean merge = r.nextDouble() < 0.02 && targets.size() >= 2 && !targets.get(0).nodal
          && !targets.get(1).nodal;

      g.writeArrayFieldStart("lesions");
      for (Target t : targets) {
        g.writeStartObject();
        g.writeStringField("id", t.id);
        g.writeStringField("role", "TARGET");
        g.writeStringField("site", t.organ);
        if (t.nodal) {
          g.writeBooleanField("nodal", true);
        }
        g.writeEndObject();
      }
      String[] nonTargetSites = new String[nonTargets];
      for (int k = 0; k < nonTargets; k++) {
        nonTargetSites[k] = r.nextDouble() < 0.2 ? "LYMPH_NODE" : ORGANS[r.nextInt(ORGANS.length)];
        g.writeStartObject();
        g.writeStringField("id", "NT" + (k + 1));
        g.writeStringField("role", "NON_TARGET");
        g.writeStringField("site", nonTargetSites[k]);
        if ("LYMPH_NODE".equals(nonTargetSites[k])) {
          g.writeBooleanField("nodal", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("assessments");
      int before = r.nextDouble() < 0.03 ? 29 + r.nextInt(12) : 1 + r.nextInt(27);
      g.writeStartObject();
      g.writeStringField("date", reference.minusDays(before).toString());
      g.writeBooleanField("baseline", true);
      if (!targets.isEmpty()) {
        g.writeObjectFieldStart("targets");
        for (Target t : targets) {
          g.writeFieldName(t.id);
          g.writeNumber(millimetres(t.baseline, decimals));
        }
        g.writeEndObject();
      }
      if (nonTargets > 0) {
        g.writeObjectFieldStart("nonTargets");
        for (int k = 0; k < nonTargets; k++) {
          g.writeStringField("NT" + (k + 1), "PRESENT");
        }
        g.writeEndObject();
      }
      g.writeEndObject();

      String newSite = NEW_LESION_SITES[r.nextInt(NEW_LESION_SITES.length)];
      int equivocalVisit = days.isEmpty() ? -1 : r.nextInt(days.size());
      for (int i = 0; i < days.size(); i++) {
        int day = days.get(i);
        double f = factor(course, day, responseDay, level, relapseDay, growth, drift, onsetDay);
        boolean progressed = day >= onsetDay;
        g.writeStartObject();
        g.writeStringField("date", reference.plusDays(day).toString());
        boolean pd = false;
        if (!targets.isEmpty()) {
          g.writeObjectFieldStart("targets");
          boolean unevaluable = course == Course.UNEVALUABLE ? r.nextDouble() < 0.4
              : r.nextDouble() < 0.03;
          int missing = unevaluable ? r.nextInt(targets.size()) : -1;
          for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            g.writeFieldName(t.id);
            if (k == missing) {
              g.writeString("NE");
              continue;
            }
            if (merge && k == 1 && day > 120) {
              g.writeStartObject();
              g.writeStringField("mergedInto", targets.get(0).id);
              g.writeEndObject();
              continue;
            }
            double size = size(t, f);
            if (merge && k == 0 && day > 120) {
              size += size(targets.get(1), f);
            }
            if (split && k == 0 && !t.nodal && day > 100 && size > 12) {
              double part = size * (0.3 + 0.4 * r.nextDouble());
              g.writeStartObject();
              g.writeArrayFieldStart("fragments");
              g.writeNumber(millimetres(part, decimals));
              g.writeNumber(millimetres(size - part, decimals));
              g.writeEndArray();
              g.writeEndObject();
              continue;
            }
            writeTarget(t, size, decimals);
          }
          g.writeEndObject();
        }
        if (nonTargets > 0) {
          g.writeObjectFieldStart("nonTargets");
          for (int k = 0; k < nonTargets; k++) {
            String status;
            if (r.nextDouble() < 0.02) {
              status = "NE";
            } else if (course == Course.NON_TARGET_PROGRESSION && progressed && k == 0) {
              status = "UNEQUIVOCAL_PROGRESSION";
            } else if (course == Course.NON_TARGET_ONLY && nonTargetOnlyProgresses && progressed
                && k == 0) {
              status = "UNEQUIVOCAL_PROGRESSION";
            } else if (course == Course.NON_TARGET_ONLY && nonTargetOnlyResponds
                && day >= responseDay) {
              status = "ABSENT";
            } else if (course == Course.COMPLETE && f == 0) {
              status = "ABSENT";
            } else {
              status = "PRESENT";
            }
            pd |= status.equals("UNEQUIVOCAL_PROGRESSION");
            g.writeStringField("NT" + (k + 1), status);
          }
          g.writeEndObject();
        }
        if (markers) {
          g.writeBooleanField("tumorMarkersNormal",
              course == Course.COMPLETE ? f < 0.3 || r.nextDouble() < 0.3 : r.nextDouble() < 0.6);
        }
        boolean newUnequivocal = course == Course.NEW_LESION && progressed;
        boolean showEquivocal = equivocal && i == equivocalVisit;
        boolean confirmEquivocal = equivocal && equivocalConfirmed && i == equivocalVisit + 1;
        if (newUnequivocal || showEquivocal || confirmEquivocal) {
          g.writeArrayFieldStart("newLesions");
          if (showEquivocal || confirmEquivocal) {
            g.writeStartObject();
            g.writeStringField("id", "NL-E1");
            g.writeStringField("site", newSite);
            g.writeStringField("status", showEquivocal ? "EQUIVOCAL" : "UNEQUIVOCAL");
            g.writeEndObject();
          }
          if (newUnequivocal) {
            g.writeStartObject();
            g.writeStringField("id", "NL1");
            g.writeStringField("site", newSite);
            g.writeStringField("status", "UNEQUIVOCAL");
            g.writeEndObject();
          }
          g.writeEndArray();
          pd |= newUnequivocal || confirmEquivocal;
        }
        g.writeEndObject();
        pd |= (course == Course.PROGRESSION || course == Course.PARTIAL_RELAPSE) && f >= 1.25;
        if (pd && r.nextDouble() < 0.7) {
          break;
        }
      }
      g.writeEndArray();
    }

    /** 1 to 5 targets, at most 2 per organ; about one in six a lymph node. */
    private List<Target> targets() {
      int n = 1 + (r.nextDouble() < 0.2 ? 0 : r.nextDouble() < 0.4 ? 1
          : r.nextDouble() < 0.55 ? 2 : r.nextDouble() < 0.6 ? 3 : 4);
      List<Target> targets = new ArrayList<>(n);
      List<String> organs = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        boolean nodal = r.nextDouble() < 0.17;
        String organ = nodal ? "LYMPH_NODE" : ORGANS[r.nextInt(ORGANS.length)];
        if (countOf(organs, organ) >= 2) {
          continue;
        }
        organs.add(organ);
        double baseline = nodal ? 15 + 20 * r.nextDouble()
            : r.nextDouble() < 0.01 ? 8 + r.nextDouble() // rarely not measurable: an R1 warning
            : 10 + StrictMath.exp(StrictMath.log(60) * r.nextDouble());
        double normal = 4 + 5 * r.nextDouble();
        double wobble = StrictMath.exp(0.15 * gaussian());
        targets.add(new Target("T" + (targets.size() + 1), organ, nodal, baseline, normal, wobble));
      }
      return targets;
    }

    private static int countOf(List<String> organs, String organ) {
      int c = 0;
      for (String o : organs) {
        c += o.equals(organ) ? 1 : 0;
      }
      return c;
    }

    /** The true size of every lesion, as a fraction of its baseline, on {@code day}. */
    private static double factor(Course course, int day, double responseDay, double level,
        double relapseDay, double growth, double drift, double onsetDay) {
      switch (course) {
        case COMPLETE:
          return Math.max(0, 1 - day / responseDay);
        case PARTIAL_DURABLE:
          return 1 - (1 - level) * Math.min(1, day / (responseDay * 0.6));
        case PARTIAL_RELAPSE: {
          double f = 1 - (1 - level) * Math.min(1, day / (responseDay * 0.6));
          return day > relapseDay ? f + growth * (day - relapseDay) / 30 : f;
        }
        case PSEUDO_PROGRESSION:
          return day <= 35 ? 1.12 : Math.max(level, 1.12 - (1.12 - level) * (day - 35) / 90);
        case PROGRESSION:
          return day < onsetDay ? 1 + 0.05 * day / 365 : 1.05 + growth * (day - onsetDay + 28) / 28;
        case STABLE:
        case NEW_LESION:
        case NON_TARGET_PROGRESSION:
        case UNEVALUABLE:
        default:
          return 1 + drift * Math.min(1, day / 180.0);
      }
    }

    /** The measured size of {@code t} when its course is at {@code factor}, with noise. */
    private double size(Target t, double factor) {
      double truth = t.baseline * factor * (factor == 0 ? 0 : t.wobble);
      if (t.nodal) {
        truth = Math.max(t.normal, truth);
      }
      if (truth == 0) {
        return 0;
      }
      double measured = truth + gaussian() * (0.8 + 0.04 * truth);
      return Math.max(t.nodal ? 3 : 1, measured);
    }

    private void writeTarget(Target t, double size, boolean decimals) throws IOException {
      if (size == 0) {
        g.writeNumber(0);
      } else if (!t.nodal && size < 5 && r.nextDouble() < 0.5) {
        g.writeString("TOO_SMALL");
      } else {
        g.writeNumber(millimetres(size, decimals));
      }
    }

    /** A size as recorded: whole millimetres, or tenths for a reader who writes decimals. */
    private static BigDecimal millimetres(double size, boolean decimals) {
      long tenths = decimals ? Math.round(size * 10) : Math.round(size) * 10;
      tenths = Math.min(Math.max(tenths, 0), 5_000);
      return Diameter.ofTenths(tenths).millimetres();
    }

    /** A standard normal deviate (Box–Muller, {@link StrictMath}: the same on every machine). */
    private double gaussian() {
      double u = 1 - r.nextDouble();
      double v = r.nextDouble();
      return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }
  }
}
