/**
 * The sources of subjects and the pipeline they share: {@link
 * io.github.recist.examples.source.SubjectSource} is what the recist-case/1 reader and the SDTM
 * reader both are; {@link io.github.recist.examples.source.SubjectPipeline} parses, checks (the
 * protocol deviations of Rules R1–R3, strict mode) and works on each subject, on one thread or
 * several, delivering in input order. Parameters and return values are non-null unless a method
 * says otherwise.
 */
package io.github.recist.examples.source;
