package io.github.recist.rules;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.UNCONFIRMED;
import static io.github.recist.Fixtures.day;
import static io.github.recist.model.IrecistResponse.ICPD;
import static io.github.recist.model.IrecistResponse.ICR;
import static io.github.recist.model.IrecistResponse.IPR;
import static io.github.recist.model.IrecistResponse.ISD;
import static io.github.recist.model.IrecistResponse.IUPD;
import static io.github.recist.model.VisitResponse.NE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.Recist11;
import io.github.recist.model.Criteria;
import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.Subject;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.testing.Pins;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight examples of iRECIST Table 3 (Seymour et al., Lancet Oncol 2017) as recorded
 * i-responses, every choice the table allows at each time point, give the table's iBOR (Rules
 * R14.11, R14.13; confirmation not required, as the table assumes). Visits are 42 days apart from
 * day 42, so that iSD counts (R11).
 */
class IrecistTableThreeTest {

  private static final Protocol IRECIST = UNCONFIRMED.withCriteria(Criteria.IRECIST);
  private static final List<ResponseCode> ANY = List.of(ICR, IPR, ISD, IUPD, ICPD, NE);

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    add(all, 1, ICR, List.of(ICR), List.of(ICR, IPR, IUPD, NE), List.of(ICR, IPR, IUPD, NE),
        List.of(IUPD), List.of(ICPD));
    add(all, 2, ICR, List.of(IUPD), List.of(IPR, ISD, NE), List.of(ICR), List.of(ICR, IUPD, NE),
        List.of(ICR, IPR, ISD, IUPD, ICPD, NE));
    add(all, 3, IPR, List.of(IUPD), List.of(IPR), List.of(IPR, ISD, IUPD, NE),
        List.of(IPR, ISD, IUPD, NE, ICPD), List.of(IPR, ISD, IUPD, NE, ICPD));
    add(all, 4, IPR, List.of(IUPD), List.of(ISD, NE), List.of(IPR), List.of(IPR, ISD, IUPD, NE),
        List.of(IPR, ISD, IUPD, ICPD, NE));
    add(all, 5, ISD, List.of(IUPD), List.of(ISD), List.of(ISD, IUPD, NE), List.of(ISD, IUPD, ICPD, NE),
        List.of(ISD, IUPD, ICPD, NE));
    add(all, 6, ICPD, List.of(IUPD), List.of(ICPD), ANY, ANY, ANY);
    add(all, 7, ICPD, List.of(IUPD), List.of(IUPD), List.of(ICPD), ANY, ANY);
    add(all, 8, IUPD, List.of(IUPD), List.of(NE), List.of(NE), List.of(NE), List.of(NE));
    return all.stream();
  }

  @SafeVarargs
  private static void add(List<Arguments> all, int example, IrecistResponse ibor,
      List<ResponseCode>... choices) {
    List<List<ResponseCode>> sequences = new ArrayList<>();
    sequences.add(List.of());
    for (List<ResponseCode> choice : choices) {
      List<List<ResponseCode>> longer = new ArrayList<>();
      for (List<ResponseCode> s : sequences) {
        for (ResponseCode c : choice) {
          List<ResponseCode> l = new ArrayList<>(s);
          l.add(c);
          longer.add(l);
        }
      }
      sequences = longer;
    }
    for (List<ResponseCode> s : sequences) {
      all.add(Arguments.of(example, s, ibor));
    }
  }

  @Pins({"R14.11", "R14.13"})
  @ParameterizedTest(name = "example {0}: {1} gives {2}")
  @MethodSource("examples")
  void R14_11_theTableThreeExamplesGiveTheirIbor(int example, List<ResponseCode> visits,
      IrecistResponse ibor) {
    Subject.Builder b = Subject.builder("T3-" + example).referenceDate(REF);
    for (int i = 0; i < visits.size(); i++) {
      b.recorded(day(42 * (i + 1)), visits.get(i));
    }
    SubjectAssessment a = Recist11.assess(b.build(), IRECIST);
    assertEquals(ibor, a.bestOverallResponseCode(), a::explain);
  }
}
