/** The JSON records of the HTTP API, serialised by Jackson exactly as named here (the web page depends on them). */
package io.blogsearch.api;
