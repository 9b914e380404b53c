package io.blogsearch.api;

/**
 * One value of a facet dimension.
 *
 * @param value    the value as indexed (e.g. "Liz Rice")
 * @param count    matching entities with this value, under the filters of the other dimensions
 * @param selected whether the request filters on this value
 */
public record FacetValue(String value, int count, boolean selected) {
}
