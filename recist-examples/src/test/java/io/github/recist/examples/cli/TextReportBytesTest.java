package io.github.recist.examples.cli;

import static io.github.recist.examples.json.SubjectsWithIds.subjectWithIds;
import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.recist.Recist11;
import io.github.recist.examples.json.ResultWriter;
import io.github.recist.model.Criteria;
import io.github.recist.model.Protocol;
import io.github.recist.model.Subject;
import io.github.recist.result.Reason;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Generators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bytes of the text report of {@code recist assess --format text}, written as the JSON is
 * (issue 14): text of any script in UTF-8 as Java encodes a string, each reason's line its
 * sentence ({@link Reason#text()}, Rules R4-R14) or its code, and the subjects that a worker renders
 * into shared runs of bytes unchanged until the reading thread writes them.
 */
class TextReportBytesTest {

  private static final String NL = System.lineSeparator();

  private static byte[] report(Set<Criteria> criteria, ResultWriter.Reasons reasons,
      List<Subject> subjects) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    TextReport report = new TextReport(out, Protocol.defaults(), criteria).withReasons(reasons);
    for (Subject s : subjects) {
      report.write(s, assessed(s, criteria));
    }
    report.finish();
    return bytes.toByteArray();
  }

  private static List<SubjectAssessment> assessed(Subject s, Set<Criteria> criteria) {
    return criteria.size() == 1
        ? List.of(Recist11.assess(s, Protocol.defaults().withCriteria(criteria.iterator().next())))
        : Recist11.assessUnder(s, Protocol.defaults(), criteria, List.of()).all();
  }

  private static boolean contains(byte[] all, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= all.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (all[i + k] != part[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void idsOfAnyScriptAndEachReasonAreTheirTextInUtf8() {
    String id = "\u0000\u0007\u00e9\u6f22\ud83d\ude00\ud800x\udc00\u202e";
    String lesion = "\u0001\t\u00e9\ud83d\ude00\ud800";
    Subject s = subjectWithIds(id, lesion);
    for (Set<Criteria> criteria : List.of(Set.of(Criteria.RECIST_1_1), Set.of(Criteria.IRECIST),
        EnumSet.allOf(Criteria.class))) {
      byte[] report = report(criteria, ResultWriter.Reasons.TEXT, List.of(s));
      // a lone surrogate as String.getBytes writes it: '?'
      assertTrue(contains(report, (NL + id + "  (reference date 2018-01-10)" + NL)
          .getBytes(StandardCharsets.UTF_8)), criteria::toString);
      assertTrue(new String(report, StandardCharsets.UTF_8).contains(
          NL + "\u0000\u0007\u00e9\u6f22\ud83d\ude00?x?\u202e  (reference date"));
      int reasons = 0;
      for (SubjectAssessment a : assessed(s, criteria)) {
        List<Reason> all = new ArrayList<>(a.reasons());
        a.timepoints().forEach(t -> all.addAll(t.reasons()));
        for (Reason r : all) {
          assertTrue(contains(report, ("  " + r.text() + NL).getBytes(StandardCharsets.UTF_8)),
              r::text);
          reasons += r.text().contains(lesion) ? 1 : 0;
        }
      }
      assertTrue(reasons > 0, "a reason names the lesion");
    }
  }

  @Test
  void reasonsAsCodesAreTheRuleAndKindOfEach() {
    Subject s = subjectWithIds("S-1", "T1");
    String report = new String(report(Set.of(Criteria.RECIST_1_1), ResultWriter.Reasons.CODES,
        List.of(s)), StandardCharsets.UTF_8);
    SubjectAssessment a = Recist11.assess(s, Protocol.defaults());
    TimepointResult last = a.timepoints().get(a.timepoints().size() - 1);
    Reason first = last.reasons().get(0);
    assertTrue(report.contains(NL + "    " + last.date() + "  " + first.rule() + " "
        + first.kind().name() + NL), report);
    assertFalse(report.contains(first.text()), report);
    String none = new String(report(Set.of(Criteria.RECIST_1_1), ResultWriter.Reasons.NONE,
        List.of(s)), StandardCharsets.UTF_8);
    assertFalse(none.contains("reasons:"), none);
  }

  /**
   * Subjects rendered one after another into a worker's shared runs of bytes and written up to a
   * number of subjects later, as the reading thread writes them, keep their lines until they are
   * written, those of a subject larger than a whole run included; the report is the one that
   * writing each at once gives, and no line of it ends in a blank.
   */
  @Test
  void subjectsRenderedIntoSharedRunsKeepTheirLinesUntilWritten() {
    Subject huge = subjectWithIds("S-" + "\u00e9".repeat(150_000), "T1");
    Set<Criteria> both = EnumSet.allOf(Criteria.class);
    qt(20).forAll(lists().of(Generators.builtSubjects()).ofSizeBetween(1, 60),
        integers().between(0, 60), integers().between(0, 60)).checkAssert((list, at, behind) -> {
          List<Subject> all = new ArrayList<>(list);
          all.add(Math.min(at, all.size()), huge);
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
          TextReport report = new TextReport(out, Protocol.defaults(), both);
          TextReport.Renderer worker = report.renderer();
          ArrayDeque<TextReport.Lines> unwritten = new ArrayDeque<>();
          for (int i = 0; i < all.size(); i++) {
            unwritten.add(worker.render(all.get(i), assessed(all.get(i), both)));
            while (unwritten.size() > behind || i == all.size() - 1 && !unwritten.isEmpty()) {
              TextReport.Lines lines = unwritten.remove();
              report.write(lines);
              assertThrows(IllegalStateException.class, () -> report.write(lines));
            }
          }
          report.finish();
          byte[] expected = report(both, ResultWriter.Reasons.TEXT, all);
          assertArrayEquals(expected, bytes.toByteArray());
          String text = new String(expected, StandardCharsets.UTF_8);
          assertTrue(text.lines().noneMatch(l -> l.endsWith(" ")));
          assertEquals(all.size(), text.lines()
              .filter(l -> !l.startsWith(" ") && l.contains("  (reference date ")).count());
        });
  }
}
