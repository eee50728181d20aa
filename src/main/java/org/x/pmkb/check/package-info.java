/**
 * Checks on a built site (links, assets, titles) and, later, lints on content. Reads the output
 * with jsoup; depends on no other stage.
 */
package org.x.pmkb.check;
