/** The command line: {@code blogsearch index}, {@code serve} and {@code search}, built with picocli. */
package io.blogsearch.cli;
