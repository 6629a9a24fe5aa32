/**
 * A deterministic synthetic corpus for load benchmarks and large-input tests. {@link
 * org.reegraph.synthetic.SyntheticCorpus} writes news articles about the rare-earth supply chain in the
 * two layouts the loader reads (the bundled corpus's digest and plain text / Markdown with {@code Title:} headers),
 * built from the reference catalog of {@code graph-model} and from sentence templates that state every relationship
 * type of the graph contract, mixed with filler sentences that state none. The same seed gives byte-identical files;
 * articles are generated one at a time and streamed to disk, so 100,000 articles take no more memory than ten.
 */
package org.reegraph.synthetic;
