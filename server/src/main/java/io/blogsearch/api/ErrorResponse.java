package io.blogsearch.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every error answer of the API.
 *
 * @param error     what went wrong, for a person
 * @param parameter the request parameter at fault, or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorResponse(String error, String parameter) {
}
