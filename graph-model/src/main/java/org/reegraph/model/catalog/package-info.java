/**
 * The reference catalog shipped as JSON resources: every ISO 3166-1 country and the EU, the 17 rare-earth
 * elements and the other critical minerals, materials, and a seed list of organizations, companies,
 * programmes and mines. The loader's gazetteer is built from it; the {@link org.reegraph.model.catalog.Catalog}
 * class is the entry point.
 */
package org.reegraph.model.catalog;
