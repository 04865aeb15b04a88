package io.github.recist.examples.adam;

import com.google.common.collect.ImmutableList;
import io.github.recist.examples.sdtm.Dataset;
import io.github.recist.examples.sdtm.Dataset.Column;
import io.github.recist.examples.sdtm.Dataset.Type;
import io.github.recist.examples.sdtm.SdtmOptions;
import io.github.recist.examples.sdtm.StudySubject;
import io.github.recist.examples.sdtm.OverallResponseRecord;
import io.github.recist.model.Assessment;
import io.github.recist.model.Diameter;
import io.github.recist.model.Lesion;
import io.github.recist.model.Subject;
import io.github.recist.model.TargetValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * ADTR-style sums of the target lesions, one {@code SDIAM} record per visit, as admiralonco's
 * {@code ad_adtr.R} derives them: the sum of the lesions assessed at the visit (LDIAM for non-nodal,
 * LPERP for nodal lesions; too small counts 5 mm, fragments their sum, a merged lesion 0), with
 * {@code BASE}, {@code CHG}, {@code PCHG}, {@code NADIR} (the least complete sum of the earlier visits),
 * {@code CHGNAD}, {@code PCHGNAD}, the lesions expected ({@code LSEXP}) and assessed ({@code
 * LSASS}), and {@code ANL01FL} when every baseline target was assessed. Percentages carry 15
 * significant digits, as R prints a double.
 */
public final class Adtr {

  static final ImmutableList<String> COLUMNS = ImmutableList.of("STUDYID", "USUBJID", "ASEQ",
      "ADT", "ADTF", "AVISIT", "AVISITN", "PARAM", "PARAMCD", "PARCAT1", "AVAL", "BASE", "CHG",
      "PCHG", "NADIR", "CHGNAD", "PCHGNAD", "ABLFL", "ANL01FL", "LSEXP", "LSASS");

  private static final MathContext R_DOUBLE = new MathContext(15);

  private Adtr() {}

  /**
   * The SDIAM records of the subjects built from measurements, in their order. Under {@link
   * AdamProfile#ADMIRALONCO} a partial date is imputed to the first of the month, as
   * pharmaverseadam's ADTR has it (without ADTF); otherwise ADT is the assessment's date, with its
   * flag.
   */
  public static Dataset derive(List<StudySubject> subjects, String evaluatorLabel,
      AdamProfile profile) {
    List<Column> columns = new ArrayList<>();
    for (String n : COLUMNS) {
      Type t = n.equals("ASEQ") || n.equals("AVISITN") ? Type.INTEGER
          : List.of("AVAL", "BASE", "CHG", "PCHG", "NADIR", "CHGNAD", "PCHGNAD").contains(n)
              ? Type.FLOAT : n.equals("ADT") ? Type.DATE : Type.STRING;
      columns.add(Column.of(n, null, n.equals("AVISITN") ? Type.FLOAT : t));
    }
    Dataset.Builder adtr = Dataset.builder("ADTR", columns);
    for (StudySubject ss : subjects) {
      if (ss.subject().isEmpty() || ss.subject().get().isRecorded()) {
        continue;
      }
      Subject s = ss.subject().get();
      List<String> expected = new ArrayList<>();
      for (Lesion l : s.targets()) {
        expected.add(l.id());
      }
      BigDecimal base = null;
      BigDecimal nadir = null;
      int aseq = 0;
      List<Assessment> ordered = new ArrayList<>();
      ordered.add(s.baseline());
      ordered.addAll(s.followUps());
      for (Assessment a : ordered) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> assessed = new ArrayList<>();
        for (String id : expected) {
          TargetValue v = a.targets().get(id);
          BigDecimal mm = millimetres(v);
          if (mm != null) {
            sum = sum.add(mm);
            assessed.add(id);
          }
        }
        if (assessed.isEmpty()) {
          continue;
        }
        OverallResponseRecord visit = ss.visits().get(a.date());
        Dataset.Builder.Row row = adtr.row();
        row.set("STUDYID", ss.adsl().get("STUDYID")).set("USUBJID", ss.id()).set("ASEQ", ++aseq)
            .set("ADT", visit != null && profile == AdamProfile.ADMIRALONCO
                ? visit.dateImputed(SdtmOptions.PartialDates.FIRST_DAY) : a.date())
            .set("ADTF", visit == null || profile == AdamProfile.ADMIRALONCO ? null : visit.dateFlag())
            .set("PARAM", "Target Lesions Sum of Diameters by " + evaluatorLabel)
            .set("PARAMCD", "SDIAM").set("PARCAT1", "Target Lesion(s)")
            .set("AVAL", plain(sum)).set("LSEXP", String.join(", ", expected))
            .set("LSASS", String.join(", ", assessed))
            .set("ANL01FL", assessed.size() == expected.size() ? "Y" : null);
        if (a.baseline()) {
          base = sum;
          row.set("AVISIT", "BASELINE").set("AVISITN", 0).set("ABLFL", "Y");
        } else {
          row.set("AVISIT", visit == null ? null : visit.visit())
              .set("AVISITN", visit == null ? null : visit.visitNumber());
        }
        if (base != null) {
          row.set("BASE", plain(base)).set("CHG", plain(sum.subtract(base)))
              .set("PCHG", percent(sum.subtract(base), base));
        }
        if (!a.baseline() && nadir != null) {
          row.set("NADIR", plain(nadir)).set("CHGNAD", plain(sum.subtract(nadir)))
              .set("PCHGNAD", percent(sum.subtract(nadir), nadir));
        }
        if (assessed.size() == expected.size()) { // a partial sum is no nadir
          nadir = nadir == null || sum.compareTo(nadir) < 0 ? sum : nadir;
        }
      }
    }
    return adtr.build();
  }

  private static BigDecimal millimetres(TargetValue v) {
    if (v == null) {
      return null;
    }
    switch (v.kind()) {
      case MEASURED:
        return v.diameter().millimetres();
      case TOO_SMALL:
        return BigDecimal.valueOf(5);
      case FRAGMENTS:
        return v.fragmentDiameters().stream().map(Diameter::millimetres)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
      case MERGED:
        return BigDecimal.ZERO;
      default:
        return null;
    }
  }

  private static String percent(BigDecimal change, BigDecimal of) {
    if (of.signum() == 0) {
      return null;
    }
    // as R computes and prints it: a double, (change / of) * 100, to 15 significant digits
    double pct = change.doubleValue() / of.doubleValue() * 100;
    return plain(new BigDecimal(pct).round(R_DOUBLE));
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
