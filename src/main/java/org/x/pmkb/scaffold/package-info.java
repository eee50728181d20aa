/**
 * Creating files for authors: {@link org.x.pmkb.scaffold.NewPostmortem} ({@code pmkb new}) and
 * {@link org.x.pmkb.scaffold.KnowledgeBaseInit} ({@code pmkb init}). Both refuse to overwrite; this
 * is the only package that ever writes under {@code content/}.
 */
package org.x.pmkb.scaffold;
