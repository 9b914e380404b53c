/** The HTTP server: {@link io.blogsearch.server.SearchApp} wires routes, error mapping, CORS, CSP and metrics. */
package io.blogsearch.server;
