package io.blogsearch.server;

import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code GET /api/search} parameters into a {@link SearchRequest}. Only parameters are validated ({@code q}
 * is never refused: the search layer reads anything typed); an invalid one throws {@link BadParameterException}.
 */
final class SearchParams {

    /** Deepest page served; deep paging over grouped hits is not what a search box needs. */
    static final int MAX_PAGE = 1_000;
    /** Posts one search may be narrowed to, and the longest source path accepted. */
    private static final int MAX_POSTS = 20;
    private static final int MAX_PATH = 1_000;
    private static final Map<String, String> FACET_PARAMS = Map.of(
            "type", FacetDims.TYPE, "conference", FacetDims.CONFERENCE, "speaker", FacetDims.SPEAKER,
            "tag", FacetDims.TAG, "year", FacetDims.YEAR, "author", FacetDims.AUTHOR, "lang", FacetDims.LANG);
    /** A language code as sites name them: {@code en}, {@code zh-cn}, {@code pt-BR}, {@code sr-Latn}. */
    private static final Pattern LANGUAGE_CODE =
            Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private SearchParams() {
    }

    static SearchRequest read(Context ctx) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        FACET_PARAMS.forEach((param, dim) -> {
            List<String> values = ctx.queryParams(param).stream().map(String::trim).filter(v -> !v.isEmpty())
                    .map(v -> validFacetValue(param, v)).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        });
        ctx.queryParamMap().forEach((param, given) -> {
            // A site taxonomy's facet (categories, keywords, series, ...) is filtered by the parameter of its name.
            if (FacetDims.isTaxonomy(param) && !FACET_PARAMS.containsKey(param)) {
                List<String> values = given.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
                if (!values.isEmpty()) {
                    filters.put(param, values);
                }
            }
        });
        List<String> posts = ctx.queryParams(SearchRequest.POST).stream().map(String::trim).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (posts.size() > MAX_POSTS || posts.stream().anyMatch(p -> p.length() > MAX_PATH)) {
            throw new BadParameterException(SearchRequest.POST, "post takes at most " + MAX_POSTS
                    + " source paths of at most " + MAX_PATH + " characters");
        }
        if (!posts.isEmpty()) {
            filters.put(SearchRequest.POST, posts);
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from must not be after to");
        }
        String sortValue = ctx.queryParam("sort");
        SortOrder sort = blank(sortValue) ? null : SortOrder.parse(sortValue).orElseThrow(() ->
                new BadParameterException("sort", "sort must be relevance, newest or oldest"));
        int page = integer(ctx, "page", 1, 1, MAX_PAGE);
        int size = integer(ctx, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
        return new SearchRequest(ctx.queryParam("q"), filters, from, to, sort, page, size);
    }

    private static String validFacetValue(String param, String value) {
        if (param.equals("type")) {
            return DocType.parse(value).map(DocType::value).orElseThrow(() -> new BadParameterException("type",
                    "type must be one of post, page, section, quote, figure, talk"));
        }
        if (param.equals("year") && !value.matches("\\d{4}")) {
            throw new BadParameterException("year", "year must be a four-digit year");
        }
        if (param.equals("lang")) {
            if (!LANGUAGE_CODE.matcher(value).matches()) {
                throw new BadParameterException("lang", "lang must be a language code such as en, de or zh-cn");
            }
            return value.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return value;
    }

    private static LocalDate date(Context ctx, String param) {
        String value = ctx.queryParam(param);
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(param, param + " must be an ISO date (yyyy-MM-dd)");
        }
    }

    private static int integer(Context ctx, String param, int defaultValue, int min, int max) {
        String value = ctx.queryParam(param);
        if (blank(value)) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Falls through to the same message as an out-of-range number.
        }
        throw new BadParameterException(param, param + " must be a whole number from " + min + " to " + max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
