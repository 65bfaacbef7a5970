package id.jaring.enrollment;

/** The steps the current user may take on an exit now (the service checks again). */
public record ExitActions(boolean verify, boolean approve, boolean reject) {

    public boolean any() {
        return verify || approve || reject;
    }
}
