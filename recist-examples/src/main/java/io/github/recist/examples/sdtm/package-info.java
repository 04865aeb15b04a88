/**
 * CDISC SDTM in: the domains TU (lesions), TR (measurements), RS (responses) with ADSL or DM (dates),
 * read from CSV (Apache Commons CSV) or CDISC Dataset-JSON v1.1 (Jackson) into subjects for the
 * engine, as {@code shared/spec/sdtm-mapping.md} maps them. {@link
 * io.github.recist.examples.sdtm.SdtmReader} builds the subjects from the recorded overall responses
 * or from the measurements, for one evaluator, with the mapping choices of {@link
 * io.github.recist.examples.sdtm.SdtmOptions}; {@link io.github.recist.examples.sdtm.SdtmSubjects}
 * is the study as a {@link io.github.recist.examples.source.SubjectSource}, the same pipeline as a
 * case file's. Every problem is a {@link io.github.recist.model.Problem} naming the USUBJID, the date
 * and the lesion, and in its message the domain, the line and the visit. Parameters and return
 * values are non-null unless a method says otherwise.
 */
package io.github.recist.examples.sdtm;
