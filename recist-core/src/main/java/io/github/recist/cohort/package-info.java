/**
 * Cohort endpoints (Rule R13) over many subject assessments: the objective response rate and the
 * disease control rate with exact Clopper–Pearson intervals ({@link
 * io.github.recist.cohort.Proportion}), the count of each best overall response, and Kaplan–Meier
 * estimates of progression-free survival and duration of response ({@link
 * io.github.recist.cohort.KaplanMeier}) with Greenwood standard errors, transformed confidence
 * bands, the median with its Brookmeyer–Crowley interval, landmark rates and the number at risk.
 *
 * <p>Entry point: {@link io.github.recist.cohort.Cohort#of(Iterable)}. {@code KaplanMeier} works on
 * any right-censored data ({@link io.github.recist.cohort.KaplanMeier#of(double[], boolean[])}), in
 * whatever unit its times are given.
 *
 * <p>Data flow one way: this package reads {@code io.github.recist.result} and {@code
 * io.github.recist.model}, and nothing there reads this package. Every type is an immutable value,
 * safe to share between threads. Parameters and return values are non-null unless a method says
 * otherwise.
 */
package io.github.recist.cohort;
