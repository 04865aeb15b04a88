package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import io.github.recist.model.ResponseCode;
import io.github.recist.model.VisitResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A time point's overall response is set as a visit code, {@link ResponseCode}, and read back as
 * its RECIST 1.1 category (issue 12): the builder has no {@code overall(Response)}, so MISSING and
 * NA cannot be put there (the compiler refuses it; {@code LevelsTest} pins the types).
 */
class TimepointResultTest {

  private static final LocalDate DATE = LocalDate.of(2018, 3, 7);

  private static TimepointResult.Builder visit() {
    return TimepointResult.builder().date(DATE).target(Response.NA).nonTarget(Response.NA)
        .newLesions(NewLesionFinding.NONE);
  }

  @Test
  void theOverallResponseIsTheCategoryOfItsCode() {
    TimepointResult t = visit().overallCode(IrecistResponse.IUPD).build();
    assertEquals(IrecistResponse.IUPD, t.overallCode());
    assertEquals(Response.PD, t.overall());
    assertEquals("2018-03-07 target NA, non-target NA, new NONE: iUPD", t.toString());
    assertEquals(Response.NON_CR_NON_PD,
        visit().overallCode(VisitResponse.NON_CR_NON_PD).build().overall());
  }

  @Test
  void everyVisitCodeGivesARecordableCategory() {
    List<ResponseCode> all = Stream.concat(Stream.of(VisitResponse.values()),
        Stream.of(IrecistResponse.values())).map(c -> (ResponseCode) c).toList();
    for (ResponseCode c : all) {
      TimepointResult t = visit().overallCode(c).build();
      assertEquals(c.category(), t.overall(), c::code);
      assertFalse(t.overall() == Response.MISSING || t.overall() == Response.NA, c::code);
    }
  }

  @Test
  void anotherOverallResponseKeepsCodeAndCategoryTogether() {
    TimepointResult t = visit().overallCode(VisitResponse.SD).build()
        .withOverall(VisitResponse.PD, Reason.of(Reason.Kind.RECORDED, VisitResponse.PD));
    assertEquals(VisitResponse.PD, t.overallCode());
    assertEquals(Response.PD, t.overall());
  }
}
