package io.blogsearch.server;

/** A request parameter that cannot be understood; answered with 400 and the parameter's name. */
public final class BadParameterException extends RuntimeException {

    private final String parameter;

    /** The named parameter is invalid for the given reason. */
    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
