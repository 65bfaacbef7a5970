/**
 * Record linkage: one person across every agency's list. The engine is plain Java without any
 * framework (it may later run on a distributed engine unchanged): standardisation of Indonesian
 * person data, blocking, graded comparisons, a Fellegi-Sunter model fitted by EM without labels,
 * guarded clustering. Entry points: {@link id.jaring.linkage.Linker} with
 * {@link id.jaring.linkage.LinkageModel} and {@link id.jaring.linkage.engine.RecordSet}, and the
 * {@code link} subcommand ({@link id.jaring.linkage.LinkCommand}).
 */
package id.jaring.linkage;
