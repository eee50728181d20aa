/**
 * Extract stage: reads the facts of a postmortem from its front matter and its prose.
 *
 * <p>Front door: {@link org.x.pmkb.extract.Extractor#extract}. Front matter always overrides
 * what the body says; every fact is a {@link org.x.pmkb.model.Sourced} value naming its line.
 */
package org.x.pmkb.extract;
