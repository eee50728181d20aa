package io.github.pmkb.content;

import java.nio.file.Path;

/**
 * One content file as decoded text.
 *
 * @param relPath path relative to the knowledge base root, with {@code /} separators; used in
 *     every diagnostic
 * @param text the decoded text: no BOM, {@code \n} line endings
 * @param sha256 hex digest of the raw bytes, the key for incremental rebuilds
 */
public record SourceFile(String relPath, Path absPath, String text, String sha256) {}
