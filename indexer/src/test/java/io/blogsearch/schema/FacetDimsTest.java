package io.blogsearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacetDimsTest {

    @Test
    void aTaxonomyIsAFacetByItsPluralName() {
        assertThat(FacetDims.taxonomy("categories")).isEqualTo("categories");
        assertThat(FacetDims.taxonomy("Keywords")).isEqualTo("keywords");
        assertThat(FacetDims.taxonomy("series")).isEqualTo("series");
        assertThat(FacetDims.taxonomy("moods")).isEqualTo("moods");
    }

    @Test
    void tagsAuthorsAndNamesTheApiUsesAreNoTaxonomyFacets() {
        assertThat(FacetDims.taxonomy("tags")).isNull();
        assertThat(FacetDims.taxonomy("authors")).isNull();
        assertThat(FacetDims.taxonomy("type")).isNull();
        assertThat(FacetDims.taxonomy("q")).isNull();
        assertThat(FacetDims.taxonomy("page")).isNull();
        assertThat(FacetDims.taxonomy("a b")).isNull();
        assertThat(FacetDims.taxonomy("")).isNull();
    }

    @Test
    void everyDimensionHoldsSeveralValues() {
        assertThat(FacetDims.config().getDimConfig("keywords").multiValued).isTrue();
        assertThat(FacetDims.config().getDimConfig(FacetDims.TAG).multiValued).isTrue();
    }
}
