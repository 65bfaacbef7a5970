package id.jaring.platform;

/**
 * The thing asked for does not exist, or lies outside the caller's scope: both answer the same,
 * so that guessing ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
