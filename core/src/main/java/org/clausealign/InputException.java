package org.clausealign;

/**
 * Input that clausealign cannot use: a file that is empty, binary, too large, in an unknown
 * encoding or in no language it recognises, or an option that does not fit the input.
 *
 * <p>The message is one sentence a user understands and names the file; callers such as the
 * command line print it as it is, without a stack trace.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file or source name the problem is about. */
    private final String source;

    /**
     * An error about one source, without an underlying cause.
     *
     * @param source the file or source name the problem is about, shown before the reason
     * @param reason what is wrong, as one sentence without the source name
     */
    public InputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    /**
     * An error about one source, caused by another.
     *
     * @param source the file or source name the problem is about
     * @param reason what is wrong, as one sentence without the source name
     * @param cause the underlying error, kept for debugging
     */
    public InputException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    /** {@return the file or source name the problem is about} */
    public String source() {
        return source;
    }
}
