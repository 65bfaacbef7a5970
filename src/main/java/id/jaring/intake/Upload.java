package id.jaring.intake;

/** The batch an upload made, or the existing one when the agency had sent the same content before. */
public record Upload(BatchView batch, boolean existing) {
}
