/**
 * Extract stage: reads the facts of a postmortem from its front matter and its prose.
 *
 * <p>Front door: {@link io.github.pmkb.extract.Extractor#extract}. Front matter always overrides
 * what the body says; every fact is a {@link io.github.pmkb.model.Sourced} value naming its line and
 * origin, and problems become diagnostics ({@code EX000}-{@code EX008}, {@code FM013}; {@code EX008} is a template placeholder left unfilled).
 *
 * <p>Read in this order: {@code IncidentExtractor} assembles the {@link io.github.pmkb.model.Incident};
 * {@code SectionFinder} finds sections in every heading style; {@code StatedTimes} reads the
 * incident date, range, labels and stated duration outside the timeline; {@code
 * TimelineExtractor} reads timelines (using {@code Stamps}, {@code Zones} and {@code Markers});
 * {@code DurationParser}, {@code ImpactExtractor}, {@code SeverityNormalizer}, {@code BodyFacts}
 * (severity and service labels), {@code ActionItemExtractor};
 * {@code RootCauseClassifier} over a {@link io.github.pmkb.extract.Taxonomy}. Front matter
 * aliases are in {@code FrontMatterFacts}.
 *
 * <p>All rules are general (POSTMORTEMS.md §3-§5), none names a file: the same code runs on
 * postmortems pmkb has never seen. The package never sees flexmark; it reads {@code ParsedDoc}'s
 * body text and {@code Outline}.
 */
package io.github.pmkb.extract;
