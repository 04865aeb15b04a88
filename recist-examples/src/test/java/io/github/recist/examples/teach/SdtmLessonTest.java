package io.github.recist.examples.teach;

import static io.github.recist.examples.teach.LessonsTest.assertHasLine;

import io.github.recist.examples.teach.LessonsTest.Medium;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Lesson 6, "from SDTM to the BOR table", as a script and as a notebook (issue 13). */
class SdtmLessonTest {

  @ParameterizedTest
  @EnumSource(Medium.class)
  void lesson06_R12_theBorTableOfTheSmallPharmaverseSet(Medium medium) {
    String out = medium.output("06-sdtm-bor-table");
    assertHasLine(out, "306 ADSL subjects, 8 with RS records; ok = true");
    assertHasLine(out, "01-701-1015 2014-02-28: RS line 7, VISIT WEEK 6, RSDTC: partial date 2014-02 "
        + "imputed to 2014-02-28 (LAST_DAY)");
    assertHasLine(out, "01-701-1015   CR             SD             N     SD");
    assertHasLine(out, "01-701-1118   PR             PR             Y     PR");
    assertHasLine(out, "01-701-1097   NE             NE             N     NE");
    assertHasLine(out, "01-701-1133   CR             SD             N     SD");
    assertHasLine(out, "22 of 22 visit responses agree");
  }
}
